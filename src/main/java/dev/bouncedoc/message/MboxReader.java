package dev.bouncedoc.message;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits an mbox file into messages, one at a time: a message begins at a line starting with
 * {@code "From "} at the start of the file or after a blank line (mboxrd/mboxo). Quoted {@code ">From "}
 * lines are unquoted. A message longer than the limit is cut, and the rest of it skipped.
 */
public final class MboxReader implements Closeable {
    private final InputStream in;
    private final int maxBytes;
    private byte[] pendingLine; // the separator line of the next message
    private boolean eof;
    private boolean lastCut;

    public MboxReader(InputStream in, int maxBytes) {
        this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
        this.maxBytes = maxBytes;
    }

    /** Whether the stream starts like an mbox file. Reads nothing that is lost. */
    public static boolean isMbox(byte[] head) {
        return head.length >= 5 && head[0] == 'F' && head[1] == 'r' && head[2] == 'o' && head[3] == 'm' && head[4] == ' ';
    }

    /** The next message's bytes (without its separator line), or null at the end. */
    public byte[] next() throws IOException {
        if (eof && pendingLine == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lastCut = false;
        boolean previousBlank = true;
        boolean started = false;
        if (pendingLine != null) {
            pendingLine = null;
            started = true;
        }
        byte[] line;
        while ((line = readLine()) != null) {
            boolean separator = startsWith(line, "From ") && previousBlank;
            if (separator) {
                if (started && out.size() > 0 || started) {
                    if (started) {
                        pendingLine = line;
                        return finish(out);
                    }
                }
                started = true;
                previousBlank = false;
                continue;
            }
            started = true;
            int from = 0;
            if (line.length > 5 && line[0] == '>') {
                int i = 0;
                while (i < line.length && line[i] == '>') {
                    i++;
                }
                if (startsWith(line, i, "From ")) {
                    from = 1; // mboxrd: one level of quoting is removed
                }
            }
            if (out.size() + line.length - from <= maxBytes) {
                out.write(line, from, line.length - from);
            } else {
                lastCut = true;
            }
            previousBlank = isBlank(line);
        }
        eof = true;
        return started ? finish(out) : null;
    }

    /** Whether the last message returned was cut at the size limit. */
    public boolean lastCut() {
        return lastCut;
    }

    private static byte[] finish(ByteArrayOutputStream out) {
        return out.toByteArray();
    }

    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int c;
        int n = 0;
        while ((c = in.read()) >= 0) {
            if (n < maxBytes + 2) {
                line.write(c);
            }
            n++;
            if (c == '\n') {
                return line.toByteArray();
            }
            if (c == '\r') { // CRLF, or a lone CR (old Mac line ends)
                in.mark(1);
                int next = in.read();
                if (next == '\n') {
                    line.write(next);
                } else if (next >= 0) {
                    in.reset();
                }
                return line.toByteArray();
            }
        }
        return n == 0 ? null : line.toByteArray();
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] line, String prefix) {
        return startsWith(line, 0, prefix);
    }

    private static boolean startsWith(byte[] line, int at, String prefix) {
        if (line.length - at < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
