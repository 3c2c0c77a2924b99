package dev.bouncedoc.message;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits an mbox file into messages, one at a time: a message begins at a line starting with
 * {@code "From "} at the start of the file or after a blank line (mboxrd/mboxo), or at a complete
 * separator line anywhere: {@code "From "}, the envelope sender and a ctime date ({@code "From
 * MAILER-DAEMON Thu Jul  2 12:05:05 2020"}), which writers that leave out the blank line before it still
 * write whole, and which a body line starting with "From " (unquoted by a careless writer) does not have.
 * Quoted {@code ">From "} lines are unquoted. A message longer than the limit is cut at the limit, in the middle of a line if need
 * be (like a message file), and the rest of it skipped; no line is held whole, however long. A message is
 * read into blocks of {@value #BLOCK} bytes, then copied once into an array of exactly its length: the memory
 * a message costs is at most twice the limit, in small blocks and one array, whatever its lines (a
 * {@code ByteArrayOutputStream} doubles its array as it grows and copies it again at the end).
 */
public final class MboxReader implements Closeable {
    private final InputStream in;
    private final int maxBytes;
    /** Bytes of a line's start that are looked at: a separator, or a quoted one behind up to 58 '>'. */
    private static final int HEAD = 64;
    private final byte[] head = new byte[HEAD + 1];
    private boolean pendingSeparator; // the separator line of the next message was read
    private boolean eof;
    private boolean lastCut;
    private boolean previousBlank;
    private boolean lineEnded;
    private boolean blank;
    private boolean crlf;
    private boolean unfinished; // the last call to next() did not return
    /** The bytes of the message being read: full blocks, then the current one. */
    private final java.util.List<byte[]> blocks = new java.util.ArrayList<>();
    private byte[] block;
    private int inBlock;
    private int size;
    /** Bytes per block: well under a G1 region even in the smallest heap, so no block is a humongous object. */
    static final int BLOCK = 1 << 16;

    public MboxReader(InputStream in, int maxBytes) {
        this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
        this.maxBytes = maxBytes;
    }

    /** Whether the stream starts like an mbox file. Reads nothing that is lost. */
    public static boolean isMbox(byte[] head) {
        return head.length >= 5 && head[0] == 'F' && head[1] == 'r' && head[2] == 'o' && head[3] == 'm' && head[4] == ' ';
    }

    /**
     * The next message's bytes (without its separator line), or null at the end. When the call before
     * ended in an exception or an error (memory ran out), the rest of that message is skipped first, so the
     * messages after it are still read whole.
     */
    public byte[] next() throws IOException {
        if (unfinished) {
            clear();
            skipToSeparator();
        }
        if (eof && !pendingSeparator) {
            return null;
        }
        unfinished = true;
        clear();
        lastCut = false;
        previousBlank = true;
        boolean started = pendingSeparator;
        pendingSeparator = false;
        while (true) {
            int n = readHead();
            if (n < 0) {
                break;
            }
            if (startsWith(head, n, 0, "From ") && (previousBlank || separatorLine(n))) {
                skipRestOfLine();
                if (started) {
                    pendingSeparator = true;
                    byte[] message = message();
                    unfinished = false;
                    return message;
                }
                started = true;
                previousBlank = false;
                continue;
            }
            started = true;
            int from = 0;
            if (n > 5 && head[0] == '>') {
                int i = 0;
                while (i < n && head[i] == '>') {
                    i++;
                }
                if (startsWith(head, n, i, "From ")) {
                    from = 1; // mboxrd: one level of quoting is removed
                }
            }
            for (int i = from; i < n; i++) {
                keep(head[i]);
            }
            if (!lineEnded) {
                copyRestOfLine();
            }
            previousBlank = blank;
        }
        eof = true;
        byte[] message = started ? message() : null;
        unfinished = false;
        return message;
    }

    /** Reads past the rest of a message whose reading failed, up to the next separator line. */
    private void skipToSeparator() throws IOException {
        unfinished = false;
        if (pendingSeparator) {
            return; // the failed message had been read to its end, and the next one's separator
        }
        if (!lineEnded) {
            skipRestOfLine();
        }
        previousBlank = false;
        int n;
        while ((n = readHead()) >= 0) {
            if (startsWith(head, n, 0, "From ") && (previousBlank || separatorLine(n))) {
                skipRestOfLine();
                pendingSeparator = true;
                return;
            }
            skipRestOfLine();
            previousBlank = blank;
        }
        eof = true;
    }

    /** Whether the last message returned was cut at the size limit. */
    public boolean lastCut() {
        return lastCut;
    }

    /** A byte of the message, or, past the limit, a byte cut (the rest of the message is not kept). */
    private void keep(int b) {
        if (size >= maxBytes) {
            lastCut = true;
            return;
        }
        if (block == null || inBlock == block.length) {
            if (block != null) {
                blocks.add(block);
            }
            block = new byte[Math.min(BLOCK, maxBytes - size)];
            inBlock = 0;
        }
        block[inBlock++] = (byte) b;
        size++;
    }

    /** The message read so far, in one array of its length; the blocks are let go. */
    private byte[] message() {
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] b : blocks) {
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
        }
        if (block != null) {
            System.arraycopy(block, 0, out, at, inBlock);
        }
        clear();
        return out;
    }

    private void clear() {
        blocks.clear();
        block = null;
        inBlock = 0;
        size = 0;
    }

    /**
     * Reads the start of a line (up to {@link #HEAD} bytes, enough to tell a separator or a quoted
     * separator) into {@code head}; returns its length, or -1 at the end of the input. Sets {@code lineEnded}
     * when the line end was reached, and {@code blank} for what was read.
     */
    private int readHead() throws IOException {
        int n = 0;
        blank = true;
        lineEnded = false;
        while (n < HEAD) {
            int c = in.read();
            if (c < 0) {
                lineEnded = true;
                return n == 0 ? -1 : n;
            }
            head[n++] = (byte) c;
            crlf = false;
            if (endsLine(c)) {
                if (crlf) {
                    head[n++] = '\n';
                }
                return n;
            }
            blank &= c == ' ' || c == '\t';
        }
        return n;
    }

    /** Whether {@code c} ends a line; after a CR, the LF of a CRLF is taken in as well (into head). */
    private boolean endsLine(int c) throws IOException {
        if (c == '\n') {
            lineEnded = true;
            return true;
        }
        if (c == '\r') { // CRLF, or a lone CR (old Mac line ends)
            lineEnded = true;
            in.mark(1);
            int next = in.read();
            if (next != '\n' && next >= 0) {
                in.reset();
            } else if (next == '\n') {
                crlf = true;
            }
            return true;
        }
        return false;
    }

    private void copyRestOfLine() throws IOException {
        int c;
        while ((c = in.read()) >= 0) {
            crlf = false;
            boolean end = endsLine(c);
            keep(c);
            if (end) {
                if (crlf) {
                    keep('\n');
                }
                return;
            }
            blank &= c == ' ' || c == '\t';
        }
    }

    private void skipRestOfLine() throws IOException {
        if (lineEnded) {
            return;
        }
        int c;
        while ((c = in.read()) >= 0) {
            if (endsLine(c)) {
                return;
            }
        }
    }

    /** Bytes of a separator line looked at beyond its start: a sender address and a date fit well within. */
    private static final int SEPARATOR = 1000;

    /**
     * Whether the line whose first {@code n} bytes are in {@code head} (starting "From ") is a complete
     * separator line: a sender, then a ctime date (weekday, month, day, time, year; a zone may stand before
     * or after the year). The rest of the line is only looked at: the stream is reset to where it was.
     */
    private boolean separatorLine(int n) throws IOException {
        byte[] line = java.util.Arrays.copyOf(head, n + (lineEnded ? 0 : SEPARATOR));
        int length = n;
        if (!lineEnded) {
            in.mark(SEPARATOR + 1);
            int c;
            while (length < line.length && (c = in.read()) >= 0 && c != '\n' && c != '\r') {
                line[length++] = (byte) c;
            }
            in.reset();
        }
        return isSeparator(line, length);
    }

    /** Whether {@code line[0, length)} is "From SENDER DAY MON DD HH:MM[:SS] [ZONE] YYYY [ZONE]". */
    static boolean isSeparator(byte[] line, int length) {
        String[] t = new String[8];
        int count = 0;
        int i = 5; // past "From "
        while (i < length && count < t.length) {
            while (i < length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\n')) {
                i++;
            }
            int start = i;
            while (i < length && line[i] != ' ' && line[i] != '\t' && line[i] != '\r' && line[i] != '\n') {
                i++;
            }
            if (i > start) {
                t[count++] = new String(line, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }
        if (count < 6 || !oneOf(t[1], "Mon Tue Wed Thu Fri Sat Sun") || !oneOf(t[2], "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
                || !digits(t[3], 1, 2) || !time(t[4])) {
            return false;
        }
        return digits(t[5], 4, 4) || count > 6 && digits(t[6], 4, 4);
    }

    private static boolean oneOf(String token, String names) {
        return token.length() == 3 && names.contains(token);
    }

    private static boolean digits(String token, int min, int max) {
        if (token.length() < min || token.length() > max) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** "12:05" or "12:05:05" (the hour may have one digit). */
    private static boolean time(String token) {
        int colon = token.indexOf(':');
        if (colon < 1 || !digits(token.substring(0, colon), 1, 2)) {
            return false;
        }
        String rest = token.substring(colon + 1);
        int second = rest.indexOf(':');
        return second < 0 ? digits(rest, 2, 2) : digits(rest.substring(0, second), 2, 2) && digits(rest.substring(second + 1), 2, 2);
    }

    private static boolean startsWith(byte[] line, int length, int at, String prefix) {
        if (length - at < prefix.length()) {
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
