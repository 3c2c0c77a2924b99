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
            int q1 = value.indexOf('?', start + 2);
            int q2 = q1 < 0 ? -1 : value.indexOf('?', q1 + 1);
            int end = q2 < 0 ? -1 : value.indexOf("?=", q2 + 1);
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
