package dev.bouncedoc.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files under the job's input paths, listed on the driver in the order {@code scan} goes through them
 * (README.md, "Command line"): a directory's entries sorted by name, recursively; of a Maildir folder (one
 * with {@code cur/} and {@code new/}) first {@code new/}, then {@code cur/}; each file as given. Paths are
 * read through Hadoop's file systems, so {@code hdfs://}, {@code s3a://} and the other schemes a cluster
 * has work as local paths do. A source is the path as the user wrote it, joined with the names below it,
 * as {@code scan} prints it.
 */
public final class MessageFiles {
    /**
     * One file to read on an executor.
     *
     * @param source the path as reached from the user's input
     * @param uri    the file's qualified URI; null when {@code error} is set
     * @param length its length in bytes
     * @param error  why it cannot be read (it does not exist, it is not a regular file); null otherwise
     */
    public record Entry(String source, String uri, long length, String error) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private MessageFiles() {
    }

    /** Lists the files under {@code inputs}; a path that cannot be listed becomes an entry with its error. */
    public static List<Entry> list(List<String> inputs, Configuration conf) {
        List<Entry> out = new ArrayList<>();
        for (String input : inputs) {
            String source = trimSlashes(input);
            Path path;
            try {
                path = new Path(input);
            } catch (IllegalArgumentException e) {
                out.add(new Entry(input, null, 0, "not a path: " + e.getMessage()));
                continue;
            }
            try {
                FileSystem fs = path.getFileSystem(conf);
                visit(fs, fs.getFileStatus(path), source, out);
            } catch (FileNotFoundException e) {
                out.add(new Entry(source, null, 0, "no such file"));
            } catch (IOException | RuntimeException e) {
                out.add(new Entry(source, null, 0, "could not be read: " + e.getMessage()));
            }
        }
        return out;
    }

    private static void visit(FileSystem fs, FileStatus status, String source, List<Entry> out) {
        if (status.isFile()) {
            out.add(new Entry(source, status.getPath().toUri().toString(), status.getLen(), null));
            return;
        }
        if (!status.isDirectory()) {
            out.add(new Entry(source, null, 0, "not a regular file"));
            return;
        }
        FileStatus[] children;
        try {
            children = sorted(fs.listStatus(status.getPath()));
        } catch (IOException | RuntimeException e) {
            out.add(new Entry(source, null, 0, "could not be read: " + e.getMessage()));
            return;
        }
        FileStatus cur = child(children, "cur");
        FileStatus fresh = child(children, "new");
        if (cur != null && fresh != null) {
            // a Maildir: new/ then cur/ (tmp/ holds messages still being delivered)
            visitChildren(fs, fresh, source + "/new", out);
            visitChildren(fs, cur, source + "/cur", out);
            return;
        }
        for (FileStatus c : children) {
            visit(fs, c, source + "/" + c.getPath().getName(), out);
        }
    }

    private static void visitChildren(FileSystem fs, FileStatus dir, String source, List<Entry> out) {
        try {
            for (FileStatus c : sorted(fs.listStatus(dir.getPath()))) {
                visit(fs, c, source + "/" + c.getPath().getName(), out);
            }
        } catch (IOException | RuntimeException e) {
            out.add(new Entry(source, null, 0, "could not be read: " + e.getMessage()));
        }
    }

    private static FileStatus child(FileStatus[] children, String name) {
        for (FileStatus c : children) {
            if (c.isDirectory() && c.getPath().getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static FileStatus[] sorted(FileStatus[] children) {
        FileStatus[] copy = children.clone();
        Arrays.sort(copy, Comparator.comparing((FileStatus c) -> c.getPath().getName()));
        return copy;
    }

    /** The input as {@code java.nio.file.Path} prints it: without trailing slashes (a lone "/" stays). */
    private static String trimSlashes(String input) {
        int end = input.length();
        while (end > 1 && input.charAt(end - 1) == '/') {
            end--;
        }
        return input.substring(0, end);
    }

    /**
     * Cuts the list into at most {@code slices} runs of neighbouring entries with about the same number of
     * bytes each, so that one task does not get all the large mbox archives. The order is kept: the rows
     * come out in {@code scan}'s order.
     */
    public static List<List<Entry>> slices(List<Entry> entries, int slices) {
        List<List<Entry>> out = new ArrayList<>();
        if (entries.isEmpty()) {
            return out;
        }
        long total = 0;
        for (Entry e : entries) {
            total += weight(e);
        }
        long target = Math.max(1, (total + slices - 1) / Math.max(1, slices));
        List<Entry> current = new ArrayList<>();
        long bytes = 0;
        for (Entry e : entries) {
            current.add(e);
            bytes += weight(e);
            if (bytes >= target) {
                out.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** A file's share of work: its bytes, plus a little for opening it (many tiny files cost too). */
    private static long weight(Entry e) {
        return e.length() + 4096;
    }
}
