package dev.bouncedoc.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line writes goes through this writer, so that nothing taken from input (a file
 * name, a text, a bounce, an overlay's field) can act on a terminal: C0 controls other than line feed and
 * tab (a carriage return only before a line feed), DEL, C1 controls, bidirectional overrides and isolates
 * and zero-width characters are written as the six characters {@code \\uXXXX}. In JSON that is the same
 * string (these characters occur only inside strings, where the escape is valid), so JSON stays exact; the
 * text renderers have already removed them from what they print.
 */
final class TerminalWriter extends FilterWriter {
    private final char[] scratch = new char[8192];
    private boolean pendingReturn;

    TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingReturn) {
            pendingReturn = false;
            if (ch == '\n') {
                out.write("\r\n");
                return;
            }
            escape('\r');
        }
        if (ch == '\r') {
            pendingReturn = true;
        } else if (unsafe(ch)) {
            escape(ch);
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = cbuf[i];
            if (c >= 0x20 && c < 0x7F && !pendingReturn) {
                continue; // printable ASCII, most of what is written: two comparisons instead of unsafe's dozen
            }
            if (c == '\r' || unsafe(c) || pendingReturn) {
                out.write(cbuf, start, i - start);
                write(c);
                start = i + 1;
            }
        }
        out.write(cbuf, start, end - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int at = off; at < off + len; at += scratch.length) {
            int n = Math.min(scratch.length, off + len - at);
            str.getChars(at, at + n, scratch, 0);
            write(scratch, 0, n);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            escape('\r');
        }
        out.close();
    }

    private void escape(char c) throws IOException {
        out.write(String.format("\\u%04x", (int) c));
    }

    /**
     * {@code s} with what this writer escapes, and line ends too, as {@code \\uXXXX}: for a value from
     * input (a file name) that goes into text which is wrapped before it is written, so that the wrapping
     * counts what is shown and the value stays on its line.
     */
    static String escaped(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c) || c == '\r' || c == '\n') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The characters that may act on a terminal or hide what it shows (render.TerminalText removes the same). */
    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t' && c != '\r'
                || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E'   // LRE, RLE, PDF, LRO, RLO
                || c >= '\u2066' && c <= '\u2069'   // LRI, RLI, FSI, PDI
                || c == '\u200E' || c == '\u200F' || c == '\u061C'  // LRM, RLM, ALM
                || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF'; // zero width
    }
}
