package dev.bouncedoc.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds codes in normalised text: SMTP reply codes (RFC 5321 §4.2), enhanced status codes (RFC 3463),
 * HRESULTs in any spelling, Windows Sockets error numbers, POP3 (RFC 2449, 3206) and IMAP (RFC 5530)
 * response codes, e-mail addresses and host names. A hand-written scanner: each position is looked at a
 * bounded number of times, nothing backtracks, and nothing uses java.util.regex.
 */
public final class CodeScanner {
    static final Set<String> POP3_CODES = Set.of("IN-USE", "LOGIN-DELAY", "SYS/TEMP", "SYS/PERM", "AUTH", "UTF8");
    static final Set<String> IMAP_CODES = Set.of("ALERT", "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "EXPIRED",
            "PRIVACYREQUIRED", "CONTACTADMIN", "NOPERM", "INUSE", "EXPUNGEISSUED", "CORRUPTION", "SERVERBUG",
            "CLIENTBUG", "CANNOT", "LIMIT", "OVERQUOTA", "ALREADYEXISTS", "NONEXISTENT", "UNAVAILABLE");
    /** Windows Sockets error numbers that mail programs show (WSAE*, WSAHOST_NOT_FOUND, WSANO_DATA...). */
    static final Set<Integer> SOCKET_ERRORS = Set.of(10004, 10013, 10022, 10024, 10035, 10036, 10037, 10038,
            10048, 10049, 10050, 10051, 10052, 10053, 10054, 10055, 10056, 10057, 10058, 10060, 10061, 10064,
            10065, 10067, 10091, 10092, 10093, 11001, 11002, 11003, 11004);

    private CodeScanner() {
    }

    public static List<Token> scan(String t) {
        return scan(t, t.toCharArray());
    }

    /**
     * {@link #scan(String)} of {@code t}, whose characters are also in {@code a} (at least {@code t.length()} of
     * them; null: none): the loops over every character read the array, the rare code candidates the string.
     */
    static List<Token> scan(String t, char[] a) {
        if (a == null) {
            a = t.toCharArray();
        }
        List<Token> tokens = new ArrayList<>();
        int[] socketContext = {-1}; // whether the text speaks of sockets: looked up at the first 5-digit number
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (c == '@') {
                i = address(t, i, tokens);
                continue;
            }
            if (c == '[') {
                i = bracketCode(t, i, tokens);
                continue;
            }
            if (c == '-' && t.startsWith("-err", i) && !isWordChar(t, i - 1) && !isWordChar(t, i + 4)) {
                tokens.add(new Token(Token.Kind.POP3_ERR, "-ERR", i, i + 4));
                i += 4;
                continue;
            }
            if (isAlnum(c) && (i == 0 || !isAlnum(a[i - 1]))) {
                i = word(t, a, i, tokens, socketContext);
                continue;
            }
            i++;
        }
        return tokens;
    }

    /** A run of letters, digits, dots and hyphens starting at a word edge. */
    private static int word(String t, char[] a, int from, List<Token> tokens, int[] socketContext) {
        int n = t.length();
        int end = from;
        boolean lettersOnly = true;
        char c;
        while (end < n && (isAlnum(c = a[end]) || c == '.' || c == '-')) {
            lettersOnly &= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            end++;
        }
        if (end < n && a[end] == '@') {
            return end; // the local part of an address: scanned from its '@'
        }
        if (lettersOnly) {
            // most words: no host name (it has a dot), HRESULT, number or dotted code (they have digits)
            return end;
        }
        while (end > from && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) {
            end--;
        }
        if (isHostName(t, from, end)) {
            tokens.add(new Token(Token.Kind.HOST, t.substring(from, end), from, end));
            return end;
        }
        // Not a host name: hyphens separate codes, as in "550-5.7.1" (RFC 5321 §4.2.1 multi-line replies).
        int p = from;
        while (p < end) {
            int q = p;
            while (q < end && t.charAt(q) != '-') { // within the word: indexOf would read on to the text's end
                q++;
            }
            if (q > p) {
                piece(t, p, q, tokens, socketContext);
            }
            p = q + 1;
        }
        return Math.max(end, from + 1);
    }

    private static void piece(String t, int from, int end, List<Token> tokens, int[] socketContext) {
        int len = end - from;
        if (len == 10 && t.startsWith("0x", from) && isHex(t, from + 2, end)) {
            tokens.add(new Token(Token.Kind.HRESULT, "0x" + t.substring(from + 2, end).toUpperCase(Locale.ROOT), from, end));
            return;
        }
        if (len == 8 && isHex(t, from, end) && t.startsWith("800", from) && (hasLetter(t, from, end)
                || t.startsWith("8004", from))) {
            tokens.add(new Token(Token.Kind.HRESULT, "0x" + t.substring(from, end).toUpperCase(Locale.ROOT), from, end));
            return;
        }
        if (isDigits(t, from, end)) {
            if (len == 3 && isReplyCode(t, from) && !(charAt(t, end) == '.' && isDigit(charAt(t, end + 1)))
                    && charAt(t, from - 1) != '.' && !(charAt(t, from - 1) == ':' && isDigit(charAt(t, from - 2)))
                    && !(charAt(t, from - 1) == '-' && isDigit(charAt(t, from - 2)))) {
                tokens.add(new Token(Token.Kind.REPLY, t.substring(from, end), from, end));
            } else if (len == 5 && socketContext(t, socketContext)
                    && SOCKET_ERRORS.contains(Integer.parseInt(t, from, end, 10))) {
                tokens.add(new Token(Token.Kind.SOCKET, t.substring(from, end), from, end));
            } else if (len == 10 && charAt(t, from - 1) == '-' && !isAlnum(charAt(t, from - 2))) {
                // An HRESULT as a signed decimal, as some dialogs print it: -2146644978 is 0x800CCC0E.
                long negative = -Long.parseLong(t, from, end, 10);
                if (negative >= Integer.MIN_VALUE && ((int) negative >>> 20) == 0x800) {
                    tokens.add(new Token(Token.Kind.HRESULT,
                            String.format(Locale.ROOT, "0x%08X", (int) negative), from - 1, end));
                }
            }
            return;
        }
        int[] parts = dottedNumbers(t, from, end);
        if (parts != null && parts.length == 3 && (parts[0] == 2 || parts[0] == 4 || parts[0] == 5)
                && charAt(t, from - 1) != '.') {
            tokens.add(new Token(Token.Kind.STATUS, parts[0] + "." + parts[1] + "." + parts[2], from, end));
        } else if (parts != null && parts.length == 4 && parts[0] <= 255 && parts[1] <= 255 && parts[2] <= 255
                && parts[3] <= 255) {
            tokens.add(new Token(Token.Kind.HOST, t.substring(from, end), from, end));
        }
    }

    /** Whether the text speaks of sockets, looked up once per scan ({@code known[0]}: -1 not yet, 0 no, 1 yes). */
    private static boolean socketContext(String t, int[] known) {
        if (known[0] < 0) {
            known[0] = t.contains("socket") || t.contains("winsock") || t.contains("ソケット") ? 1 : 0;
        }
        return known[0] == 1;
    }

    private static int bracketCode(String t, int open, List<Token> tokens) {
        int n = t.length();
        int close = open + 1;
        while (close < n && close - open <= 24 && (isAlnum(t.charAt(close)) || t.charAt(close) == '-'
                || t.charAt(close) == '/')) {
            close++;
        }
        if (close < n && t.charAt(close) == ']' && close > open + 1) {
            String code = t.substring(open + 1, close).toUpperCase(Locale.ROOT);
            if (POP3_CODES.contains(code)) {
                tokens.add(new Token(Token.Kind.POP3, code, open, close + 1));
                return close + 1;
            }
            if (IMAP_CODES.contains(code)) {
                tokens.add(new Token(Token.Kind.IMAP, code, open, close + 1));
                return close + 1;
            }
        }
        return open + 1;
    }

    private static int address(String t, int at, List<Token> tokens) {
        int n = t.length();
        int start = at;
        while (start > 0 && isLocalPartChar(t.charAt(start - 1)) && at - start < 64) {
            start--;
        }
        while (start < at && t.charAt(start) == '.') {
            start++;
        }
        int end = at + 1;
        while (end < n && (isAlnum(t.charAt(end)) || t.charAt(end) == '.' || t.charAt(end) == '-') && end - at < 256) {
            end++;
        }
        while (end > at + 1 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) {
            end--;
        }
        String domain = t.substring(at + 1, end);
        if (start < at && domain.indexOf('.') > 0 && !domain.contains("..")) {
            // Drop host/status tokens already taken from the local part.
            while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).start() >= start) {
                tokens.remove(tokens.size() - 1);
            }
            tokens.add(new Token(Token.Kind.ADDRESS, t.substring(start, end), start, end));
        }
        return Math.max(end, at + 1);
    }

    /** Two or more labels, the last one alphabetic: mail.example.com, example.ne.jp. */
    static boolean isHostName(String w) {
        return isHostName(w, 0, w.length());
    }

    /** {@link #isHostName(String)} of {@code w.substring(from, to)}. */
    private static boolean isHostName(String w, int from, int to) {
        if (to <= from || !isAlnum(w.charAt(from)) || to - from > 253) {
            return false;
        }
        int lastDot = to - 1;
        while (lastDot > from && w.charAt(lastDot) != '.') { // within the word, not back to the text's start
            lastDot--;
        }
        if (lastDot <= from) {
            return false;
        }
        int tldLength = to - lastDot - 1;
        if (tldLength < 2 || tldLength > 24) {
            return false;
        }
        for (int k = lastDot + 1; k < to; k++) {
            if (w.charAt(k) < 'a' || w.charAt(k) > 'z') {
                return false;
            }
        }
        int label = 0;
        for (int k = from; k < to; k++) {
            char c = w.charAt(k);
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if (isAlnum(c) || c == '-') {
                label++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static int[] dottedNumbers(String w, int from, int to) {
        int parts = 1;
        for (int k = from; k < to; k++) {
            char c = w.charAt(k);
            if (c == '.') {
                parts++;
            } else if (!isDigit(c)) {
                return null;
            }
        }
        if (parts < 2 || parts > 4) {
            return null;
        }
        int[] values = new int[parts];
        int p = 0;
        int digits = 0;
        for (int k = from; k < to; k++) {
            char c = w.charAt(k);
            if (c == '.') {
                if (digits == 0) {
                    return null;
                }
                p++;
                digits = 0;
            } else {
                if (++digits > 3) {
                    return null;
                }
                values[p] = values[p] * 10 + (c - '0');
            }
        }
        return digits == 0 ? null : values;
    }

    /** 2yz to 5yz with y in 0..5, the only reply codes RFC 5321 §4.2.1 gives meaning to. */
    private static boolean isReplyCode(String w, int from) {
        char a = w.charAt(from);
        char b = w.charAt(from + 1);
        return a >= '2' && a <= '5' && b >= '0' && b <= '5';
    }

    private static boolean hasLetter(String w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (w.charAt(k) >= 'a' && w.charAt(k) <= 'z') {
                return true;
            }
        }
        return false;
    }

    private static boolean isHex(String w, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = w.charAt(k);
            if (!(isDigit(c) || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isDigit(w.charAt(k))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean isLocalPartChar(char c) {
        return isAlnum(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }

    private static boolean isWordChar(String t, int i) {
        return isAlnum(charAt(t, i));
    }

    static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static char charAt(String t, int i) {
        return i >= 0 && i < t.length() ? t.charAt(i) : '\0';
    }
}
