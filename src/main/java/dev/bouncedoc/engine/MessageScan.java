package dev.bouncedoc.engine;

import dev.bouncedoc.message.MboxReader;
import dev.bouncedoc.message.MessageBytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy walk over message files, mbox files, Maildir folders and directories, one message in memory at a
 * time, giving a result or an error record for every message and every path that could not be read.
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
    private MboxReader mbox;
    private String mboxSource;
    private int mboxIndex;

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
            if (Files.isDirectory(path)) {
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
            if (!Files.isRegularFile(path)) {
                ready.add(new Scanned(source, null, Files.exists(path) ? "not a regular file" : "no such file"));
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(5);
            }
            if (MboxReader.isMbox(head)) {
                mbox = new MboxReader(Files.newInputStream(path), maxMessageBytes);
                mboxSource = source;
                mboxIndex = 0;
                return;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = MessageBytes.read(in, Files.size(path), maxMessageBytes + 1);
            }
            ready.add(new Scanned(source, reader.read(bytes), null));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            ready.add(new Scanned(source, null, "could not be read: " + e.getMessage()));
        } catch (OutOfMemoryError | StackOverflowError e) {
            // one message too large or too deep for this JVM: its record says so and the batch goes on
            ready.add(new Scanned(source, null, "could not be read: " + e.getClass().getSimpleName()));
        }
    }

    private void nextFromMbox() {
        byte[] message;
        try {
            message = mbox.next();
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            ready.add(new Scanned(mboxSource + "#" + (mboxIndex + 1), null, "could not be read: " + e.getMessage()));
            closeMbox();
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
