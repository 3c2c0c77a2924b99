package dev.bouncedoc.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Standard input read line by line, keeping at most {@code max + 1} characters of each line (one more than
 * is matched, so the diagnosis says the line was cut); the rest of a longer line is read past, never held.
 * A line ends at LF, CR or CRLF, as {@link java.io.BufferedReader#readLine()} has it.
 */
final class LineInput {
    private final Reader in;
    private final int max;
    private final char[] buffer = new char[8192];
    private int pos;
    private int len;
    private boolean skipLineFeed;
    private long number;
    private long length;

    LineInput(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, cut to {@code max + 1} characters, or null at the end of the input. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        long count = 0;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buffer);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            char c = buffer[pos++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                break;
            }
            if (count <= max) {
                line.append(c);
            }
            count++;
        }
        number++;
        length = count;
        return line.toString();
    }

    /** The number of the line last returned, from 1. */
    long number() {
        return number;
    }

    /** The whole length of the line last returned, in characters, also of what was not kept. */
    long length() {
        return length;
    }

    /**
     * All that is left, as one text, cut to {@code max + 1} characters; what follows is not read (an
     * endless input must not keep the command waiting).
     */
    static String text(Reader in, int max) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while (text.length() <= max && (n = in.read(buffer, 0, Math.min(buffer.length, max + 1 - text.length()))) > 0) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
