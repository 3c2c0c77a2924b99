package dev.bouncedoc.cli;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The charset of {@code explain}'s standard input, never the platform's: {@code --charset} when given; else
 * ISO-2022-JP when its escape sequences appear, UTF-8 when the first 64 KiB are valid UTF-8, else Shift_JIS
 * (Windows-31J) or EUC-JP when the bytes are valid in one of them (ICU's detector chooses when both are), else
 * UTF-8 with the bytes it cannot decode replaced, and a warning. Only the first 64 KiB are looked at, so
 * standard input is still read as it comes.
 */
final class StdinCharset {
    static final int SNIFF = 64 * 1024;
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    static final Charset EUC_JP = Charset.forName("EUC-JP");
    static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

    private StdinCharset() {
    }

    /** A reader of standard input and what was chosen. */
    record Opened(Reader reader, Charset charset, String note, boolean replaced) {
    }

    /**
     * Opens standard input as text.
     *
     * @param in     standard input
     * @param forced the charset of {@code --charset}, or null to detect it
     * @param lines  whether the input is answered line by line (jsonl): then only what has arrived by the
     *               first read is looked at, so that a program that writes a line and waits for its answer
     *               gets it
     * @return the reader; {@code note} is a line for standard error when the input was not UTF-8, else null
     */
    static Opened open(InputStream in, Charset forced, boolean lines) throws IOException {
        if (forced != null) {
            return new Opened(reader(in, forced), forced, null, false);
        }
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF);
        buffered.mark(SNIFF);
        byte[] head = new byte[SNIFF];
        int n = 0;
        int r;
        boolean ended = false;
        while (n < SNIFF) {
            r = buffered.read(head, n, SNIFF - n);
            if (r <= 0) {
                ended = true;
                break;
            }
            n += r;
            if (lines && buffered.available() <= 0) {
                break;
            }
        }
        buffered.reset();
        boolean complete = ended;
        Charset charset = detect(head, n, complete);
        String note = null;
        boolean replaced = charset == null;
        if (charset == null) {
            charset = StandardCharsets.UTF_8;
            note = "explain: standard input is neither UTF-8 nor Shift_JIS, EUC-JP or ISO-2022-JP: bytes that could"
                    + " not be decoded were replaced (--charset names the charset)";
        } else if (!charset.equals(StandardCharsets.UTF_8)) {
            note = "explain: standard input is not UTF-8; read as " + name(charset) + " (--charset to choose another)";
        }
        return new Opened(reader(buffered, charset), charset, note, replaced);
    }

    private static String name(Charset c) {
        return c.equals(SHIFT_JIS) ? "Shift_JIS" : c.name();
    }

    private static Reader reader(InputStream in, Charset c) {
        return new InputStreamReader(in, c.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /**
     * The charset of the first {@code n} bytes; {@code complete}: they are the whole input (else the last
     * character may be cut). Null when none of the four fits.
     */
    static Charset detect(byte[] b, int n, boolean complete) {
        for (int i = 0; i + 2 < n; i++) {
            if (b[i] == 0x1B && (b[i + 1] == '$' && (b[i + 2] == 'B' || b[i + 2] == '@' || b[i + 2] == '(')
                    || b[i + 1] == '(' && (b[i + 2] == 'J' || b[i + 2] == 'I'))) {
                return ISO_2022_JP;
            }
        }
        if (valid(StandardCharsets.UTF_8, b, n, complete)) {
            return StandardCharsets.UTF_8;
        }
        boolean sjis = valid(SHIFT_JIS, b, n, complete);
        boolean euc = valid(EUC_JP, b, n, complete);
        if (sjis && euc) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(java.util.Arrays.copyOf(b, n));
            CharsetMatch[] matches = detector.detectAll();
            for (CharsetMatch m : matches) {
                if (m.getName().equals("Shift_JIS")) {
                    return SHIFT_JIS;
                }
                if (m.getName().equals("EUC-JP")) {
                    return EUC_JP;
                }
            }
            return SHIFT_JIS;
        }
        return sjis ? SHIFT_JIS : euc ? EUC_JP : null;
    }

    /** Whether the bytes decode without an error in {@code c}. */
    private static boolean valid(Charset c, byte[] b, int n, boolean complete) {
        CharsetDecoder d = c.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, 0, n);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = d.decode(in, out, complete);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            break; // underflow: all read, or a character cut at the end of what was looked at
        }
        if (complete) {
            out.clear();
            return !d.flush(out).isError() && !in.hasRemaining();
        }
        return true;
    }
}
