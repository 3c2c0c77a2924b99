package dev.bouncedoc.render;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Wraps text for a terminal by display width: a wide or full-width character (most of Japanese) takes two
 * columns, a combining mark none, the rest one. Lines break where ICU's line break iterator allows (between
 * words in English, between most characters in Japanese, never before 。 or after 「); a piece wider than a
 * whole line is cut at the width. Linear in the text.
 */
final class TextWrap {
    private TextWrap() {
    }

    /** The columns a code point takes on a terminal. */
    static int width(int cp) {
        if (cp < 0x300) { // Latin: one column (U+00AD, the soft hyphen, none), without ICU's property tables
            return cp == 0xAD ? 0 : 1;
        }
        int type = UCharacter.getType(cp);
        if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.FORMAT) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** The columns a text takes on a terminal. */
    static int width(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * Appends {@code text} to {@code out} wrapped to {@code columns}: the first line starts with
     * {@code first}, the next ones with {@code indent} (a hanging indent), every line ends with a line end.
     * A line end in the text starts a new line with {@code indent}. With {@code columns <= 0} nothing is
     * wrapped.
     */
    static void append(StringBuilder out, String text, int columns, String first, String indent, Locale locale) {
        String prefix = first;
        int start = 0;
        while (true) {
            int nl = text.indexOf('\n', start);
            String paragraph = nl < 0 ? text.substring(start) : text.substring(start, nl);
            paragraph(out, paragraph, columns, prefix, indent, locale);
            if (nl < 0) {
                return;
            }
            prefix = indent;
            start = nl + 1;
        }
    }

    private static void paragraph(StringBuilder out, String text, int columns, String first, String indent, Locale locale) {
        out.append(first);
        if (columns <= 0) {
            out.append(text).append('\n');
            return;
        }
        int used = width(first);
        int lineStart = out.length();
        // strict: no line starts with a small kana or ー (kinsoku), as Japanese typesetting has it
        BreakIterator breaks = BreakIterator.getLineInstance(
                new ULocale(locale.getLanguage().equals("ja") ? "ja@lb=strict" : locale.getLanguage()));
        breaks.setText(text);
        int from = breaks.first();
        for (int to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
            String piece = text.substring(from, to);
            String visible = stripTrailingSpace(piece);
            int w = width(visible);
            if (used + w > columns && out.length() > lineStart) {
                trimTrailingSpace(out);
                out.append('\n').append(indent);
                used = width(indent);
                lineStart = out.length();
                piece = stripLeadingSpace(piece);
                visible = stripTrailingSpace(piece);
                w = width(visible);
            }
            if (used + w > columns) { // wider than a whole line: cut it at the width
                for (int i = 0; i < piece.length(); ) {
                    int cp = piece.codePointAt(i);
                    int cw = width(cp);
                    if (used + cw > columns && out.length() > lineStart && !Character.isWhitespace(cp)) {
                        out.append('\n').append(indent);
                        used = width(indent);
                        lineStart = out.length();
                    }
                    out.appendCodePoint(cp);
                    used += cw;
                    i += Character.charCount(cp);
                }
                continue;
            }
            out.append(piece);
            used += width(piece);
        }
        trimTrailingSpace(out);
        out.append('\n');
    }

    private static String stripTrailingSpace(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeadingSpace(String s) {
        int start = 0;
        while (start < s.length() && isSpace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }

    private static void trimTrailingSpace(StringBuilder out) {
        int end = out.length();
        while (end > 0 && isSpace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }
}
