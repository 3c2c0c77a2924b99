package dev.bouncedoc.engine;

import dev.bouncedoc.message.MboxReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy walk over message files, mbox files, Maildir folders and directories, one message in memory at a
 * time, giving a result or an error record for every message and every path that could not be read.
 * Links are followed, but each file and directory is read once, by its file key (device and inode), so a
 * link to a file already read, or a loop of links, repeats nothing and ends. Only regular files are opened:
 * a FIFO, a device or a socket gets an error record.
 */
public final class MessageScan implements Iterator<MessageScan.Scanned> {
    /**
     * One message of a batch: where it came from and its reading, or why it could not be read.
     *
     * @param source  a path, plus {@code #N} for the N-th message of an mbox
     * @param reading the reading; null exactly when {@code error} is not
     * @param error   why the message could not be read
     */
    public record Scanned(String source, Reading reading, String error) {
    }

    private final BounceReader reader;
    private final int maxMessageBytes;
    private final Deque<Path> pending = new ArrayDeque<>();
    private final Deque<Scanned> ready = new ArrayDeque<>();
    /** The file keys (device and inode, or real paths) of the files and directories reached so far. */
    private final Set<Object> seen = new HashSet<>();
    private MboxReader mbox;
    private String mboxSource;
    private int mboxIndex;
    private int mboxFailures;

    private MessageScan(BounceReader reader, int maxMessageBytes, List<Path> paths) {
        this.reader = reader;
        this.maxMessageBytes = maxMessageBytes;
        pending.addAll(paths);
    }

    /** A lazy stream over the messages under {@code paths}; close it to release open files. */
    public static Stream<Scanned> stream(BounceReader reader, int maxMessageBytes, List<Path> paths) {
        MessageScan scan = new MessageScan(reader, maxMessageBytes, paths);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(scan, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(scan::closeMbox);
    }

    @Override
    public boolean hasNext() {
        fill();
        return !ready.isEmpty();
    }

    @Override
    public Scanned next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void fill() {
        while (ready.isEmpty()) {
            if (mbox != null) {
                nextFromMbox();
                continue;
            }
            Path path = pending.poll();
            if (path == null) {
                return;
            }
            visit(path);
        }
    }

    private void visit(Path path) {
        String source = path.toString();
        try {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class); // links followed
            } catch (NoSuchFileException e) {
                ready.add(new Scanned(source, null, Files.isSymbolicLink(path) ? "a link to nothing" : "no such file"));
                return;
            }
            if (!attributes.isDirectory() && !attributes.isRegularFile()) {
                // a FIFO waits for a writer and a device may never end: neither is opened
                ready.add(new Scanned(source, null, "not a regular file (a FIFO, device or socket is not opened)"));
                return;
            }
            Object key = attributes.fileKey() != null ? attributes.fileKey() : path.toRealPath();
            if (!seen.add(key)) {
                return; // reached before by another path (a link, a loop of links): its messages have their records
            }
            if (attributes.isDirectory()) {
                List<Path> children = new ArrayList<>();
                boolean maildir = Files.isDirectory(path.resolve("cur")) && Files.isDirectory(path.resolve("new"));
                if (maildir) {
                    children.addAll(sorted(path.resolve("new")));
                    children.addAll(sorted(path.resolve("cur")));
                } else {
                    children.addAll(sorted(path));
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.addFirst(children.get(i));
                }
                return;
            }
            InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            boolean handedOver = false;
            try {
                in.mark(5);
                byte[] head = in.readNBytes(5);
                in.reset();
                if (MboxReader.isMbox(head)) {
                    mbox = new MboxReader(in, maxMessageBytes);
                    mboxSource = source;
                    mboxIndex = 0;
                    mboxFailures = 0;
                    handedOver = true;
                    return;
                }
                byte[] bytes = in.readNBytes(maxMessageBytes + 1);
                ready.add(new Scanned(source, reader.read(bytes), null));
            } finally {
                if (!handedOver) {
                    in.close();
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            ready.add(new Scanned(source, null, "could not be read: " + why(e)));
        } catch (OutOfMemoryError | StackOverflowError e) {
            // one message too large or too deep for this JVM: its record says so and the batch goes on
            ready.add(new Scanned(source, null, "could not be read: " + e.getClass().getSimpleName()));
        }
    }

    /** Why a path could not be read, in words that do not repeat the path. */
    private static String why(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof AccessDeniedException || cause instanceof SecurityException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof FileSystemException && ((FileSystemException) cause).getReason() != null) {
            return ((FileSystemException) cause).getReason();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private void nextFromMbox() {
        byte[] message;
        try {
            message = mbox.next();
            mboxFailures = 0;
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            mboxIndex++;
            ready.add(new Scanned(mboxSource + "#" + mboxIndex, null, "could not be read: "
                    + (e instanceof Error ? e.getClass().getSimpleName() : e.getMessage())));
            // memory that ran out for one message: the reader skips the rest of it and goes on with the next;
            // a stream that fails (or fails again at once) ends the mbox
            if (e instanceof IOException || ++mboxFailures > 1) {
                closeMbox();
            }
            return;
        }
        if (message == null) {
            closeMbox();
            return;
        }
        mboxIndex++;
        String source = mboxSource + "#" + mboxIndex;
        try {
            Reading report = reader.read(message);
            if (mbox.lastCut()) {
                report = report.withProblemFirst("message longer than " + maxMessageBytes + " bytes: the rest was cut");
            }
            ready.add(new Scanned(source, report, null));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // one message too large or too deep for this JVM: its record says so and the mbox goes on
            ready.add(new Scanned(source, null, "could not be read: " + e.getClass().getSimpleName()));
        }
    }

    private void closeMbox() {
        if (mbox != null) {
            try {
                mbox.close();
            } catch (IOException ignored) {
                // reading is over; nothing to report
            }
            mbox = null;
        }
    }

    private static List<Path> sorted(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }
}
