package dev.bouncedoc.render;

/**
 * Text for a terminal: C0 controls (but line feed and tab), DEL, C1 controls, bidirectional overrides and
 * isolates, and zero-width characters are removed, so nothing that came from a message (an escape sequence,
 * a bell, an OSC title, a right-to-left override) can act on the reader's terminal or hide what it shows.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String clean(CharSequence s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                    out.append(s, 0, i);
                }
                continue;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s.toString() : out.toString();
    }

    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E'   // LRE, RLE, PDF, LRO, RLO
                || c >= '\u2066' && c <= '\u2069'   // LRI, RLI, FSI, PDI
                || c == '\u200E' || c == '\u200F' || c == '\u061C'  // LRM, RLM, ALM
                || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF'; // zero width
    }
}
