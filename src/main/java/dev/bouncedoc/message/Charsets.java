package dev.bouncedoc.message;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a mail part into text. Japanese mail often carries a wrong charset label or none:
 * the label is tried first, strictly; then the escape sequences of ISO-2022-JP, strict UTF-8, and ICU's
 * detector. Japanese charsets are read with Microsoft's supersets (windows-31j, x-windows-iso2022jp) so
 * that ①, ㈱ and ～ written by Windows survive.
 */
public final class Charsets {
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset ISO_2022_JP = Charset.forName("x-windows-iso2022jp");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");

    private Charsets() {
    }

    /** Decodes {@code bytes}, trusting {@code declared} (may be null) only when the bytes fit it. */
    public static String decode(byte[] bytes, String declared) {
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        Charset label = forLabel(declared);
        if (label != null) {
            String text = strict(bytes, label);
            if (text != null) {
                return text;
            }
        }
        if (hasIso2022Escape(bytes)) {
            return new String(bytes, ISO_2022_JP);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            return new String(bytes, detected);
        }
        return new String(bytes, label != null ? label : WINDOWS_31J);
    }

    /** The JDK charset for a MIME charset label, with Japanese labels widened to Microsoft's supersets. */
    public static Charset forLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-2022-jp": case "iso-2022-jp-1": case "iso-2022-jp-2": case "iso-2022-jp-3":
            case "csiso2022jp": case "jis": case "iso2022jp":
                return ISO_2022_JP;
            case "shift_jis": case "shift-jis": case "sjis": case "x-sjis": case "ms932": case "cp932":
            case "windows-31j": case "ms_kanji": case "csshiftjis": case "shift_jisx0213":
                return WINDOWS_31J;
            case "euc-jp": case "x-euc-jp": case "eucjp": case "cseucpkdfmtjapanese":
                return EUC_JP;
            case "us-ascii": case "ascii": case "ansi_x3.4-1968":
                return StandardCharsets.ISO_8859_1; // 8-bit bytes under an ASCII label are read as Latin-1 or detected
            default:
                try {
                    return Charset.forName(l);
                } catch (RuntimeException e) {
                    return null;
                }
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0 || b == 0x1B) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasIso2022Escape(byte[] b) {
        for (int i = 0; i + 2 < b.length; i++) {
            if (b[i] == 0x1B && b[i + 1] == '$' && (b[i + 2] == 'B' || b[i + 2] == '@')) {
                return true;
            }
        }
        return false;
    }

    private static String strict(byte[] bytes, Charset charset) {
        if (charset == StandardCharsets.ISO_8859_1) {
            return null; // an ASCII label on 8-bit bytes is wrong: detect instead
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    /**
     * ICU's guess, Japanese first: the first Japanese charset in ICU's order of confidence that decodes the
     * bytes strictly or is at least 30 % sure, else ICU's best guess. A Japanese charset's confidence is its
     * recogniser's alone, whatever other recognisers run, and ICU orders its matches by confidence in the
     * same way for any set of them: so the three Japanese recognisers are run alone first (cheap), and only
     * when none of them is taken do all run (the single-byte recognisers' n-gram tables are most of the
     * cost) for ICU's best guess. The answer is the one a single run of all of them gives.
     */
    private static Charset detect(byte[] bytes) {
        try {
            CharsetDetector japanese = japaneseOnly();
            japanese.setText(bytes);
            Charset c = firstJapanese(japanese.detectAll(), bytes);
            if (c != null) {
                return c;
            }
        } catch (RuntimeException e) {
            // every recogniser below, as before
        }
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            CharsetMatch[] matches = detector.detectAll(); // detect() would run every recogniser again
            Charset c = firstJapanese(matches, bytes);
            if (c != null) {
                return c;
            }
            return matches == null || matches.length == 0 ? null : forLabel(matches[0].getName()); // detect()'s answer
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first of the matches (in ICU's order) that is a Japanese charset and fits the bytes or is 30 % sure; or null. */
    private static Charset firstJapanese(CharsetMatch[] matches, byte[] bytes) {
        for (CharsetMatch match : matches == null ? new CharsetMatch[0] : matches) {
            Charset c = forLabel(match.getName());
            if (c != null && (c == WINDOWS_31J || c == EUC_JP || c == ISO_2022_JP)) {
                if (strict(bytes, c) != null || match.getConfidence() >= 30) {
                    return c;
                }
            }
        }
        return null;
    }

    /** A detector with only ICU's Japanese recognisers (Shift_JIS, ISO-2022-JP, EUC-JP) switched on. */
    @SuppressWarnings("deprecation") // ICU marks setDetectableCharset internal; it switches a recogniser on or off
    private static CharsetDetector japaneseOnly() {
        CharsetDetector detector = new CharsetDetector();
        for (String name : CharsetDetector.getAllDetectableCharsets()) {
            detector.setDetectableCharset(name, name.equals("Shift_JIS") || name.equals("ISO-2022-JP") || name.equals("EUC-JP"));
        }
        return detector;
    }
}
