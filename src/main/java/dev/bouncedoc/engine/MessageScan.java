package dev.bouncedoc.engine;

import dev.bouncedoc.message.MboxReader;
import dev.bouncedoc.message.MessageBytes;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy walk over message files, mbox files, Maildir folders and directories, giving a result or an error
 * record for every message and every path that could not be read, in the order the walk reaches them.
 * Links are followed, but each file and directory is read once, by its file key (device and inode), so a
 * link to a file already read, or a loop of links, repeats nothing and ends. Only regular files are opened:
 * a FIFO, a device or a socket gets an error record.
 *
 * <p>With one thread, one message is in memory at a time. With more, the walk (on the caller's thread)
 * keeps a window of messages being read by the other threads: at most two per thread, and at most
 * {@code maxMessageBytes} of message bytes in all unless the window is empty, so that memory stays bounded
 * as with one thread.
 */
public final class MessageScan<T> implements Iterator<T> {
    /**
     * One message of a batch: where it came from and its reading, or why it could not be read.
     *
     * @param source  a path, plus {@code #N} for the N-th message of an mbox
     * @param reading the reading; null exactly when {@code error} is not
     * @param error   why the message could not be read
     */
    public record Scanned(String source, Reading reading, String error) {
    }

    /** A message the walk found, not read yet, or the error record of what could not be found. */
    private record Found(String source, byte[] bytes, boolean inMbox, boolean cut, String error) {
        long size() {
            return bytes == null ? 0 : bytes.length;
        }
    }

    /** A message in the window: being read by another thread. */
    private record Pending<T>(Future<T> result, long size) {
    }

    private final BounceReader reader;
    private final int maxMessageBytes;
    private final Function<Scanned, T> then;
    private final ThreadPoolExecutor workers; // null: one thread, the caller's
    private final int window;
    private final Deque<Path> pending = new ArrayDeque<>();
    private final Deque<Found> found = new ArrayDeque<>();
    private final Deque<Pending<T>> reading = new ArrayDeque<>();
    private long readingBytes;
    /** The file keys (device and inode, or real paths) of the files and directories reached so far. */
    private final Set<Object> seen = new HashSet<>();
    private MboxReader mbox;
    private String mboxSource;
    private int mboxIndex;
    private int mboxFailures;

    private MessageScan(BounceReader reader, int maxMessageBytes, List<Path> paths, int threads,
                        Function<Scanned, T> then) {
        this.reader = reader;
        this.maxMessageBytes = maxMessageBytes;
        this.then = then;
        pending.addAll(paths);
        if (threads > 1) {
            AtomicInteger count = new AtomicInteger();
            workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "bouncedoc-scan-" + count.incrementAndGet());
                t.setDaemon(true); // a stream left open never keeps the JVM alive
                return t;
            });
            workers.allowCoreThreadTimeOut(true);
            window = 2 * threads;
        } else {
            workers = null;
            window = 1;
        }
    }

    /** A lazy stream over the messages under {@code paths}, one at a time; close it to release open files. */
    public static Stream<Scanned> stream(BounceReader reader, int maxMessageBytes, List<Path> paths) {
        return stream(reader, maxMessageBytes, paths, 1, Function.identity());
    }

    /**
     * A lazy stream over the messages under {@code paths}, in the walk's order: each message is read, then
     * given to {@code then}, on one of {@code threads} threads (the caller's when 1). Close it to release
     * open files and threads.
     */
    public static <T> Stream<T> stream(BounceReader reader, int maxMessageBytes, List<Path> paths, int threads,
                                       Function<Scanned, T> then) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        MessageScan<T> scan = new MessageScan<>(reader, maxMessageBytes, paths, threads, then);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(scan, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(scan::close);
    }

    @Override
    public boolean hasNext() {
        if (workers == null) {
            return peek() != null;
        }
        fillWindow();
        return !reading.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (workers == null) {
            return then.apply(read(found.poll()));
        }
        Pending<T> head = reading.poll();
        readingBytes -= head.size();
        try {
            return head.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while reading messages", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            fillWindow();
        }
    }

    /**
     * Hands found messages to the threads while the window has room. The next message is read from its
     * file only while the messages being read hold at most half the limit: a large message is not read
     * beside another large one still in the threads (which ran a 64 MB heap out of memory with two 16 MiB
     * messages of an mbox in a row), so the bytes held stay within about twice the limit.
     */
    private void fillWindow() {
        while (reading.size() < window) {
            if (found.isEmpty() && !reading.isEmpty() && readingBytes > maxMessageBytes / 2) {
                return;
            }
            Found f = peek();
            if (f == null || !reading.isEmpty() && readingBytes + f.size() > maxMessageBytes) {
                return;
            }
            found.poll();
            readingBytes += f.size();
            reading.add(new Pending<>(workers.submit(() -> then.apply(read(f))), f.size()));
        }
    }

    /** The next message the walk finds, left in {@link #found}; null at the end. */
    private Found peek() {
        while (found.isEmpty()) {
            if (mbox != null) {
                nextFromMbox();
                continue;
            }
            Path path = pending.poll();
            if (path == null) {
                return null;
            }
            visit(path);
        }
        return found.peek();
    }

    private void close() {
        closeMbox();
        if (workers != null) {
            for (Pending<T> p : reading) {
                p.result().cancel(false);
            }
            reading.clear();
            workers.shutdown();
        }
    }

    private void visit(Path path) {
        String source = path.toString();
        try {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class); // links followed
            } catch (NoSuchFileException e) {
                found.add(error(source, Files.isSymbolicLink(path) ? "a link to nothing" : "no such file"));
                return;
            }
            if (!attributes.isDirectory() && !attributes.isRegularFile()) {
                // a FIFO waits for a writer and a device may never end: neither is opened
                found.add(error(source, "not a regular file (a FIFO, device or socket is not opened)"));
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
            // a buffer no larger than the file needs (its size, plus one byte to meet its end), up to 64 KiB:
            // one of 64 KiB for every message file of a few KiB made 1.6 GB of garbage over 24,900 messages
            int buffer = (int) Math.max(64, Math.min(1 << 16, attributes.size() + 1));
            InputStream in = new BufferedInputStream(Files.newInputStream(path), buffer);
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
                byte[] bytes = MessageBytes.read(in, attributes.size(), maxMessageBytes + 1);
                found.add(new Found(source, bytes, false, false, null));
            } finally {
                if (!handedOver) {
                    in.close();
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            found.add(error(source, "could not be read: " + why(e)));
        } catch (OutOfMemoryError | StackOverflowError e) {
            // one message too large or too deep for this JVM: its record says so and the batch goes on
            found.add(error(source, "could not be read: " + e.getClass().getSimpleName()));
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

    /**
     * At most {@code max} bytes of a message stream expected to hold {@code size} bytes (a file's size),
     * read into one array of the right length ({@link MessageBytes}).
     *
     * @throws IOException when the stream cannot be read
     */
    public static byte[] bytes(InputStream in, long size, int max) throws IOException {
        return MessageBytes.read(in, size, max);
    }

    private static Found error(String source, String error) {
        return new Found(source, null, false, false, error);
    }

    private void nextFromMbox() {
        byte[] message;
        try {
            message = mbox.next();
            mboxFailures = 0;
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            mboxIndex++;
            found.add(error(mboxSource + "#" + mboxIndex, "could not be read: "
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
        found.add(new Found(mboxSource + "#" + mboxIndex, message, true, mbox.lastCut(), null));
    }

    /** Reads one found message; never throws. */
    private Scanned read(Found f) {
        if (f.error() != null) {
            return new Scanned(f.source(), null, f.error());
        }
        try {
            Reading report = reader.read(f.bytes());
            if (f.cut()) {
                report = report.withProblemFirst("message longer than " + maxMessageBytes + " bytes: the rest was cut");
            }
            return new Scanned(f.source(), report, null);
        } catch (UncheckedIOException | SecurityException e) {
            return new Scanned(f.source(), null, "could not be read: "
                    + (f.inMbox() ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // one message too large or too deep for this JVM: its record says so and the batch goes on
            return new Scanned(f.source(), null, "could not be read: " + e.getClass().getSimpleName());
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
