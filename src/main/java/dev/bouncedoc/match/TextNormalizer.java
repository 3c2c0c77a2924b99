package dev.bouncedoc.match;

import com.ibm.icu.text.Normalizer2;

/**
 * Normalises text for matching, the same way for catalog phrases and for input (catalog/README.md,
 * "Normalisation"): NFKC with case folding, white space collapsed and dropped next to Japanese
 * characters, a word-final katakana long-vowel mark dropped, typographic quotes made straight, and common
 * variants of one wording made one ({@link Variants}).
 *
 * <p>The work is one pass over the input plus one over the result; nothing here backtracks.
 */
public final class TextNormalizer {
    /** Inputs are matched up to this many UTF-16 characters; the rest is ignored and reported as cut. */
    public static final int MAX_INPUT_CHARS = 65_536;

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    /**
     * Code points after a starter normalised together at most. Canonical reordering sorts a run of
     * combining marks by insertion, so a run of thousands of alternating marks cost time quadratic in its
     * length; UAX #15's Stream-Safe Text Format cuts a run after 30 non-starters in the same way. No
     * language writes more than a few marks on one letter.
     */
    static final int MAX_CHUNK_MARKS = 30;
    private static final char LONG_VOWEL = '\u30FC';

    private TextNormalizer() {
    }

    public static NormalizedText normalize(CharSequence input) {
        return normalize(input, MAX_INPUT_CHARS);
    }

    /** Normalises at most {@code maxChars} characters of the input (at least 2); the result says if it cut. */
    public static NormalizedText normalize(CharSequence input, int maxChars) {
        int max = Math.max(2, maxChars);
        int length = input.length();
        boolean truncated = false;
        if (length > max) {
            length = max;
            if (Character.isHighSurrogate(input.charAt(length - 1))) {
                length--;
            }
            truncated = true;
        }
        NormalizedText ascii = normalizeAscii(input, length, truncated);
        if (ascii != null) {
            return ascii;
        }

        // Pass 1: NFKC_Casefold chunk by chunk, cut only where the normaliser has a boundary, so the
        // result equals normalising the whole text while each output char keeps its source range.
        StringBuilder folded = new StringBuilder(length + 16);
        int[] start = new int[length + 16];
        int[] end = new int[length + 16];
        int i = 0;
        while (i < length) {
            char c = input.charAt(i);
            int next = i + 1;
            if (c < 0x80 && (next >= length || input.charAt(next) < 0x300)) {
                char lower = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
                start = ensure(start, folded.length() + 1);
                end = ensure(end, folded.length() + 1);
                start[folded.length()] = i;
                end[folded.length()] = next;
                folded.append(lower);
                i = next;
                continue;
            }
            if (!Character.isSurrogate(c) && (next >= length || NFKC_CF.hasBoundaryBefore(Character.codePointAt(input, next)))
                    && NFKC_CF.getDecomposition(c) == null) {
                // A character alone in its chunk that the normaliser leaves as it is (most kana and kanji):
                // the same result as normalising the one-character chunk, without making a string of it.
                start = ensure(start, folded.length() + 1);
                end = ensure(end, folded.length() + 1);
                start[folded.length()] = i;
                end[folded.length()] = next;
                folded.append(straightQuote(c));
                i = next;
                continue;
            }
            int chunkEnd = i + Character.charCount(Character.codePointAt(input, i));
            int marks = 0;
            while (chunkEnd < length && marks < MAX_CHUNK_MARKS) {
                int cp = Character.codePointAt(input, chunkEnd);
                if (NFKC_CF.hasBoundaryBefore(cp)) {
                    break;
                }
                chunkEnd += Character.charCount(cp);
                marks++;
            }
            String chunk = NFKC_CF.normalize(input.subSequence(i, chunkEnd));
            start = ensure(start, folded.length() + chunk.length());
            end = ensure(end, folded.length() + chunk.length());
            for (int k = 0; k < chunk.length(); k++) {
                start[folded.length()] = i;
                end[folded.length()] = chunkEnd;
                folded.append(straightQuote(chunk.charAt(k)));
            }
            i = chunkEnd;
        }

        // Pass 2: white space and the long-vowel mark, which depend on both neighbours.
        int n = folded.length();
        StringBuilder out = new StringBuilder(n);
        int[] outStart = new int[n];
        int[] outEnd = new int[n];
        PrefixSet replyPrefixes = null; // made on the first reply prefix
        int p = 0;
        while (p < n) {
            char c = folded.charAt(p);
            if (c >= '2' && c <= '5' && (p == 0 || isSpace(folded.charAt(p - 1)))) {
                int prefixEnd = replyPrefixEnd(folded, p);
                if (prefixEnd > 0) {
                    if (replyPrefixes == null) {
                        replyPrefixes = new PrefixSet();
                    }
                    if (!replyPrefixes.add(prefixKey(folded, p, prefixEnd))) {
                        // A repeated multi-line reply prefix (RFC 5321 §4.2.1): drop it and the space after it,
                        // so that a sentence wrapped over several reply lines reads as one.
                        p = prefixEnd;
                        while (p < n && isSpace(folded.charAt(p))) {
                            p++;
                        }
                        continue;
                    }
                }
            }
            if (isSpace(c)) {
                int q = p;
                while (q < n && isSpace(folded.charAt(q))) {
                    q++;
                }
                boolean atEdge = out.length() == 0 || q >= n;
                boolean besideJapanese = (out.length() > 0 && isJapanese(out.charAt(out.length() - 1)))
                        || (q < n && isJapanese(folded.charAt(q)));
                if (!atEdge && !besideJapanese) {
                    outStart[out.length()] = start[p];
                    outEnd[out.length()] = end[q - 1];
                    out.append(' ');
                }
                p = q;
                continue;
            }
            if (c == LONG_VOWEL && out.length() > 0 && isKatakanaLetter(out.charAt(out.length() - 1))
                    && !(p + 1 < n && (isKatakanaLetter(folded.charAt(p + 1)) || folded.charAt(p + 1) == LONG_VOWEL))) {
                // サーバー and サーバ are the same word (JIS Z 8301 spelling against the newer one).
                if (out.length() > 0) {
                    outEnd[out.length() - 1] = end[p];
                }
                p++;
                continue;
            }
            outStart[out.length()] = start[p];
            outEnd[out.length()] = end[p];
            out.append(c);
            p++;
        }
        return Variants.canonical(new NormalizedText(out.toString(), outStart, outEnd, truncated));
    }

    /** White space among ASCII characters (where {@link #isSpace} says the same). */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
    }

    /**
     * {@link #normalize} of text that is all ASCII, in one pass (null as soon as a character is not ASCII: the
     * general path then normalises the text): NFKC with case folding only lower-cases
     * ASCII, each character stays at its own offset, and nothing in it is Japanese or a long-vowel mark, so
     * only white space and repeated reply prefixes are left to do (the same steps as the general path's
     * second pass, which reads the lower-cased text; the digits, dots and spaces of a reply prefix read the
     * same in the input).
     */
    private static NormalizedText normalizeAscii(CharSequence text, int n, boolean truncated) {
        // the characters in an array first (String.getChars copies them at once): the loop below then reads an
        // array, not a String's bytes through charAt's per-call checks
        char[] input = new char[n];
        if (text instanceof String) {
            ((String) text).getChars(0, n, input, 0);
        } else {
            for (int k = 0; k < n; k++) {
                input[k] = text.charAt(k);
            }
        }
        // The result is written over the copy (out is input): it never runs ahead of the reading (o <= p), and the
        // loop reads no character behind p except input[p - 1], which is either unwritten or written with a
        // character that is white space exactly when the one it replaces is. One array less for every text;
        // a text that is not all ASCII (Japanese) is given up with just the copy made, as before h58 it was with
        // an empty output array.
        char[] out = input;
        // Offsets only from the first character that is not the input's at its own offset (a run of white space
        // made one, a space dropped at the start, a reply prefix dropped): most reply lines have none, and their
        // offsets are the identity (null arrays).
        int[] outStart = null;
        int[] outEnd = null;
        int o = 0;
        PrefixSet replyPrefixes = null;
        int p = 0;
        while (p < n) {
            char c = input[p];
            if (c >= 0x80) {
                return null; // not all ASCII: the general path
            }
            if (isAsciiSpace(c)) {
                int q = p + 1;
                while (q < n && isAsciiSpace(input[q])) {
                    q++;
                }
                if (o > 0 && q < n) {
                    if (outStart == null && (o != p || q != p + 1)) {
                        outStart = identity(n, o);
                        outEnd = identityEnds(n, o);
                    }
                    if (outStart != null) {
                        outStart[o] = p;
                        outEnd[o] = q;
                    }
                    out[o++] = ' ';
                }
                p = q;
                continue;
            }
            if (c >= '2' && c <= '5' && (p == 0 || isAsciiSpace(input[p - 1]))) {
                int prefixEnd = replyPrefixEnd(text, p, n);
                if (prefixEnd > 0) {
                    if (replyPrefixes == null) {
                        replyPrefixes = new PrefixSet();
                    }
                    if (!replyPrefixes.add(prefixKey(text, p, prefixEnd))) {
                        p = prefixEnd;
                        while (p < n && isAsciiSpace(input[p])) {
                            p++;
                        }
                        continue;
                    }
                }
            }
            if (outStart == null && o != p) {
                outStart = identity(n, o);
                outEnd = identityEnds(n, o);
            }
            if (outStart != null) {
                outStart[o] = p;
                outEnd[o] = p + 1;
            }
            out[o++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
            p++;
        }
        return Variants.canonical(out, o, outStart, outEnd, truncated);
    }

    /** An array of {@code n} offsets whose first {@code upTo} are 0, 1, 2...: where each character started. */
    private static int[] identity(int n, int upTo) {
        int[] a = new int[n];
        for (int k = 0; k < upTo; k++) {
            a[k] = k;
        }
        return a;
    }

    /** As {@link #identity}, where each character ended: 1, 2, 3... */
    private static int[] identityEnds(int n, int upTo) {
        int[] a = new int[n];
        for (int k = 0; k < upTo; k++) {
            a[k] = k + 1;
        }
        return a;
    }

    /**
     * The end of a reply prefix at {@code p}: a reply code, '-' or ' ', and optionally an enhanced status
     * code followed by white space, as in "550-5.7.26 " or "421 "; -1 when there is none.
     */
    static int replyPrefixEnd(CharSequence f, int p) {
        return replyPrefixEnd(f, p, f.length());
    }

    /** As {@link #replyPrefixEnd(CharSequence, int)}, reading {@code f} up to {@code n} only. */
    private static int replyPrefixEnd(CharSequence f, int p, int n) {
        if (p + 4 > n || !isDigit(f.charAt(p)) || f.charAt(p + 1) < '0' || f.charAt(p + 1) > '5'
                || !isDigit(f.charAt(p + 2)) || (f.charAt(p + 3) != '-' && f.charAt(p + 3) != ' ')) {
            return -1;
        }
        int q = p + 4;
        // optional enhanced status code: d.d{1,3}.d{1,3} followed by a space or the end
        int r = q;
        if (r < n && isDigit(f.charAt(r)) && r + 1 < n && f.charAt(r + 1) == '.') {
            r += 2;
            int digits = 0;
            while (r < n && isDigit(f.charAt(r)) && digits < 3) {
                r++;
                digits++;
            }
            if (digits > 0 && r < n && f.charAt(r) == '.') {
                r++;
                int detail = 0;
                while (r < n && isDigit(f.charAt(r)) && detail < 3) {
                    r++;
                    detail++;
                }
                if (detail > 0 && (r == n || isSpace(f.charAt(r)))) {
                    q = r;
                }
            }
        }
        return q;
    }

    /**
     * A reply prefix (at {@code p}, ending at {@code prefixEnd}) as a number: its reply code and its enhanced
     * status code, without the '-' or ' ' between them, one base-12 digit per character (a digit 1 to 10, a dot
     * 11: so prefixes of different lengths differ too). At most 3 + 9 characters: it fits in a long.
     */
    private static long prefixKey(CharSequence f, int p, int prefixEnd) {
        long key = 0;
        for (int k = p; k < prefixEnd; k++) {
            char c = f.charAt(k);
            if (k != p + 3 && !isSpace(c)) {
                key = key * 12 + (c == '.' ? 11 : c - '0' + 1);
            }
        }
        return key;
    }

    /** The reply prefixes seen: the first few in an array (most texts have one or two), then a hash set. */
    private static final class PrefixSet {
        private final long[] first = new long[8];
        private int size;
        private java.util.Set<Long> more;

        /** Adds a key; false when it was there already. */
        boolean add(long key) {
            for (int k = 0; k < size; k++) {
                if (first[k] == key) {
                    return false;
                }
            }
            if (more != null) {
                return more.add(key);
            }
            if (size < first.length) {
                first[size++] = key;
                return true;
            }
            more = new java.util.HashSet<>();
            return more.add(key);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Normalises a catalog phrase; the result is what the automaton looks for. */
    public static String normalizePhrase(String phrase) {
        return normalize(phrase).text();
    }

    static int[] ensure(int[] array, int size) {
        if (size <= array.length) {
            return array;
        }
        int[] bigger = new int[Math.max(size, array.length * 2)];
        System.arraycopy(array, 0, bigger, 0, array.length);
        return bigger;
    }

    private static char straightQuote(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u2032':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u2033':
                return '"';
            default:
                return c;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f'
                || c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029';
    }

    static boolean isKatakanaLetter(char c) {
        return (c >= '\u30A1' && c <= '\u30FA') || (c >= '\u31F0' && c <= '\u31FF');
    }

    /** Kana, kanji, the long-vowel mark and Japanese punctuation: where Japanese text puts no spaces. */
    public static boolean isJapanese(char c) {
        return (c >= '\u3000' && c <= '\u30FF')      // CJK punctuation, hiragana, katakana
                || (c >= '\u31F0' && c <= '\u31FF')  // katakana phonetic extensions
                || (c >= '\u3400' && c <= '\u4DBF')  // CJK extension A
                || (c >= '\u4E00' && c <= '\u9FFF')  // CJK unified ideographs
                || (c >= '\uF900' && c <= '\uFAFF'); // CJK compatibility ideographs
    }
}
