package dev.bouncedoc.spark;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.ScannedMessage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Row;

/**
 * The rows of a run of files, made on an executor one message at a time: an mbox archive of any size is
 * read as a stream, and the next file is opened only when the rows of the one before have been taken.
 *
 * <p>A plain local file is handed to {@link BounceDoc#scan} as it is, so its rows are exactly what
 * {@code scan --format jsonl} says of it. A file on another file system (HDFS, S3, ...) or compressed
 * ({@code .gz}, {@code .bz2}, and the other codecs Hadoop knows by their extension) is read through
 * Hadoop: a single message into memory (up to {@link dev.bouncedoc.vocabulary.Limits#maxMessageBytes()}),
 * an mbox archive (it starts with {@code "From "}, the same test as {@code scan}'s) copied to a local
 * temporary file that {@code scan} then reads, and that is deleted when it is done.
 *
 * <p>Nothing a file holds fails the task: a file or message that cannot be read becomes a row with its
 * {@code error}, as {@code scan} makes an error record.
 */
final class FileRows implements Iterator<Row>, AutoCloseable {
    /** Hands a message's bytes to the library; a seam for the test that proves a throwing reader is contained. */
    interface MessageReader {
        dev.bouncedoc.BounceReport read(BounceDoc doc, byte[] message);
    }

    private final Iterator<MessageFiles.Entry> entries;
    private final Configuration conf;
    private final BounceDoc doc;
    private final String catalogVersion;
    private final MessageReader reader;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private CompressionCodecFactory codecs;
    private MessageFiles.Entry entry;
    private Stream<ScannedMessage> scan;
    private Iterator<ScannedMessage> scanned;
    private String scannedPrefix;
    private java.nio.file.Path spooled;

    FileRows(Iterator<MessageFiles.Entry> entries, Configuration conf, BounceDoc doc, MessageReader reader) {
        this.entries = entries;
        this.conf = conf;
        this.doc = doc;
        this.catalogVersion = doc.catalog().version();
        this.reader = reader;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !ready.isEmpty();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void fill() {
        while (ready.isEmpty()) {
            if (scanned != null) {
                nextScanned();
            } else if (entries.hasNext()) {
                open(entries.next());
            } else {
                return;
            }
        }
    }

    private void nextScanned() {
        ScannedMessage m;
        try {
            if (!scanned.hasNext()) {
                close();
                return;
            }
            m = scanned.next();
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            error(entry.source(), e);
            close();
            return;
        }
        // scan names messages after the file it was given: put the user's path in its place
        String source = entry.source() + m.source().substring(scannedPrefix.length());
        ready.addAll(BounceRows.of(new ScannedMessage(source, m.report(), m.error()), catalogVersion));
    }

    private void open(MessageFiles.Entry e) {
        entry = e;
        if (e.error() != null) {
            ready.addAll(BounceRows.of(new ScannedMessage(e.source(), null, e.error()), catalogVersion));
            return;
        }
        try {
            Path path = new Path(new URI(e.uri()));
            FileSystem fs = path.getFileSystem(conf);
            if (codecs == null) {
                codecs = new CompressionCodecFactory(conf);
            }
            CompressionCodec codec = codecs.getCodec(path);
            if (codec == null && (fs instanceof LocalFileSystem || "file".equals(fs.getScheme()))) {
                scan(java.nio.file.Path.of(path.toUri()));
                return;
            }
            try (InputStream raw = fs.open(path);
                 InputStream in = new BufferedInputStream(codec == null ? raw : codec.createInputStream(raw))) {
                in.mark(5);
                byte[] head = in.readNBytes(5);
                in.reset();
                if (head.length == 5 && head[0] == 'F' && head[1] == 'r' && head[2] == 'o' && head[3] == 'm'
                        && head[4] == ' ') {
                    spooled = Files.createTempFile("bouncedoc-", ".mbox");
                    try (OutputStream out = Files.newOutputStream(spooled)) {
                        in.transferTo(out);
                    }
                    scan(spooled);
                    return;
                }
                byte[] message = in.readNBytes(doc.limits().maxMessageBytes() + 1);
                ready.addAll(BounceRows.of(new ScannedMessage(e.source(), reader.read(doc, message), null),
                        catalogVersion));
            }
        } catch (Exception | OutOfMemoryError | StackOverflowError ex) {
            // IOException, a damaged compressed file, a URI that does not parse, a reader's RuntimeException
            close();
            error(e.source(), ex);
        }
    }

    private void scan(java.nio.file.Path file) {
        scan = doc.scan(List.of(file));
        scanned = scan.iterator();
        scannedPrefix = file.toString();
    }

    private void error(String source, Throwable e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        ready.addAll(BounceRows.of(new ScannedMessage(source, null, "could not be read: " + why), catalogVersion));
    }

    /** Closes the open scan and deletes its temporary copy; the next call to {@link #hasNext()} goes on. */
    @Override
    public void close() {
        if (scan != null) {
            scan.close();
        }
        scan = null;
        scanned = null;
        if (spooled != null) {
            try {
                Files.deleteIfExists(spooled);
            } catch (IOException e) {
                spooled.toFile().deleteOnExit(); // a stuck temporary file must not fail the task
            }
            spooled = null;
        }
    }
}
