package dev.bouncedoc.message;

import java.io.ByteArrayOutputStream;
import java.util.Base64;

/**
 * RFC 2047 encoded words ({@code =?ISO-2022-JP?B?...?=}), decoded with {@link Charsets} so that a
 * wrong label or Windows-only characters do not spoil a Japanese subject. White space between two
 * encoded words is dropped (RFC 2047 section 6.2); encoded words inside other text are accepted, as
 * many mailers write them so.
 */
final class EncodedWords {
    private EncodedWords() {
    }

    static String decode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        int pendingSpaceStart = -1;
        boolean lastWasWord = false;
        while (i < value.length()) {
            int start = value.indexOf("=?", i);
            if (start < 0) {
                out.append(value, i, value.length());
                break;
            }
            // "=?" charset "?" encoding "?" encoded-text "?=": none of the three parts holds a '?' (RFC 2047
            // section 2; Q encoding writes it =3F), so each is read up to the next '?' only. An unclosed word
            // is then passed over in time linear in it, and the text stays linear however many "=?" it holds.
            int q1 = nextQuestionMark(value, start + 2);
            int q2 = q1 < 0 ? -1 : nextQuestionMark(value, q1 + 1);
            int close = q2 < 0 || q2 != q1 + 2 ? -1 : nextQuestionMark(value, q2 + 1);
            int end = close >= 0 && close + 1 < value.length() && value.charAt(close + 1) == '=' ? close : -1;
            if (q1 < 0 || q2 != q1 + 2 || end < 0) {
                out.append(value, i, start + 2);
                i = start + 2;
                lastWasWord = false;
                continue;
            }
            String between = value.substring(i, start);
            if (!(lastWasWord && between.isBlank())) {
                out.append(between);
            }
            String charset = value.substring(start + 2, q1);
            int star = charset.indexOf('*'); // RFC 2231 language suffix
            if (star >= 0) {
                charset = charset.substring(0, star);
            }
            char encoding = Character.toUpperCase(value.charAt(q1 + 1));
            String payload = value.substring(q2 + 1, end);
            byte[] bytes;
            try {
                bytes = encoding == 'B' ? Base64.getMimeDecoder().decode(payload)
                        : encoding == 'Q' ? quoted(payload) : null;
            } catch (IllegalArgumentException e) {
                bytes = null;
            }
            if (bytes == null) {
                out.append(value, start, end + 2);
                lastWasWord = false;
            } else {
                out.append(Charsets.decode(bytes, charset));
                lastWasWord = true;
            }
            i = end + 2;
        }
        return out.toString();
    }

    private static int nextQuestionMark(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (s.charAt(k) == '?') {
                return k;
            }
        }
        return -1;
    }

    private static byte[] quoted(String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length());
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && isHex(payload, i + 1) && isHex(payload, i + 2)) {
                out.write(Integer.parseInt(payload.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c & 0xFF);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

}
