package dev.bouncedoc.message;

import java.io.IOException;
import java.io.InputStream;
import org.eclipse.angus.mail.util.ASCIIUtility;

/**
 * Quoted-printable content decoded from {@code bytes[start, end)} exactly as Angus Mail's
 * {@code QPDecoderStream} (2.0.3) decodes it, step for step: spaces before a line end or the end dropped;
 * "=" and a line end (LF, CRLF, or CR) a soft line break; "=" and two characters read as a number in base
 * 16 by Angus Mail's {@code ASCIIUtility.parseInt} (so "=-1" ends a read as the end of the stream does, as it
 * did), else the "=" itself with the two characters read again; a lone CR after "=" at the end pushing back
 * the end as the byte 0xFF. Bytes pushed back go to a two-byte buffer, as in Angus Mail's
 * {@code PushbackInputStream}. What differs: it reads the array directly (Angus Mail's stream reads its
 * source one byte at a time through two wrapping streams, a lock on each read), and a soft line break is a
 * loop, not a recursive call (Angus Mail's recursion overflows the stack on a long run of "=" line ends).
 */
final class QuotedPrintable extends InputStream {
    private final byte[] bytes;
    private final int end;
    private int pos;
    private final byte[] pushed = new byte[2];
    private int pushedPos = 2; // as PushbackInputStream's: the buffer holds pushed[pushedPos, 2)
    private final byte[] ba = new byte[2];
    private int spaces;

    QuotedPrintable(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    /** The source's next byte (pushed-back bytes first), or -1 at its end. */
    private int in() {
        if (pushedPos < 2) {
            return pushed[pushedPos++] & 0xFF;
        }
        return pos < end ? bytes[pos++] & 0xFF : -1;
    }

    private void unread(int b) throws IOException {
        if (pushedPos == 0) {
            throw new IOException("Push back buffer is full");
        }
        pushed[--pushedPos] = (byte) b;
    }

    @Override
    public int read() throws IOException {
        while (true) {
            if (spaces > 0) {
                spaces--;
                return ' ';
            }
            int c = in();
            if (c == ' ') {
                while ((c = in()) == ' ') {
                    spaces++;
                }
                if (c == '\r' || c == '\n' || c == -1) {
                    spaces = 0; // trailing spaces: dropped, the line end (or the end) returned
                } else {
                    unread(c);
                    c = ' ';
                }
                return c;
            }
            if (c != '=') {
                return c;
            }
            int a = in();
            if (a == '\n') {
                continue; // a soft line break
            }
            if (a == '\r') {
                int b = in();
                if (b != '\n') {
                    unread(b);
                }
                continue; // a soft line break
            }
            if (a == -1) {
                return -1;
            }
            ba[0] = (byte) a;
            ba[1] = (byte) in();
            try {
                return ASCIIUtility.parseInt(ba, 0, 2, 16);
            } catch (NumberFormatException e) {
                if (pushedPos < 2) {
                    throw new IOException("Push back buffer is full");
                }
                pushedPos = 0;
                pushed[0] = ba[0];
                pushed[1] = ba[1];
                return c;
            }
        }
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int i = 0;
        while (i < len) {
            if (spaces == 0 && pushedPos == 2) {
                // what read() returns for a byte that is neither a space nor '=': the byte itself, so a run
                // of them is copied at once
                int p = pos;
                int limit = end - p <= len - i ? end : p + (len - i);
                int o = off + i;
                while (p < limit) {
                    byte x = bytes[p];
                    if (x == ' ' || x == '=') {
                        break;
                    }
                    buf[o++] = x;
                    p++;
                }
                i += p - pos;
                pos = p;
                if (i == len) {
                    break;
                }
            }
            int c = read();
            if (c == -1) {
                if (i == 0) {
                    i = -1;
                }
                break;
            }
            buf[off + i++] = (byte) c;
        }
        return i;
    }
}
