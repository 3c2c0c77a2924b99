package dev.bouncedoc.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line arguments decoded without depending on the platform locale. Under {@code LANG=C} (cron,
 * containers) the JVM decodes argv as ASCII and every byte of a Japanese argument becomes U+FFFD. The bytes
 * themselves are still in {@code /proc/self/cmdline} (Linux): when they decode as UTF-8 and the platform's
 * decoding of the same bytes gives exactly the arguments the JVM passed, the UTF-8 arguments are used.
 * An argument that stays damaged is reported, so that an answer of "unknown" is never silent.
 */
final class Arguments {
    private Arguments() {
    }

    /** The arguments to run with, and a line for standard error per argument that could not be repaired. */
    record Repaired(String[] args, List<String> warnings) {
    }

    /**
     * Repairs damaged arguments from the raw command line.
     *
     * @param args     the arguments as the JVM decoded them
     * @param cmdline  the raw command line, NUL-separated ({@code /proc/self/cmdline}); null when unknown
     * @param platform the charset the JVM decoded them with ({@code sun.jnu.encoding})
     */
    static Repaired repair(String[] args, byte[] cmdline, Charset platform) {
        boolean any = false;
        for (String a : args) {
            any |= Damage.suspect(a);
        }
        if (!any) {
            return new Repaired(args, List.of());
        }
        String[] out = args.clone();
        List<byte[]> raw = cmdline == null ? List.of() : split(cmdline);
        boolean aligned = raw.size() >= args.length;
        int offset = raw.size() - args.length;
        for (int i = 0; aligned && i < args.length; i++) {
            aligned = new String(raw.get(offset + i), platform).equals(args[i]);
        }
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (!Damage.suspect(args[i])) {
                continue;
            }
            String utf8 = aligned ? strictUtf8(raw.get(offset + i)) : null;
            if (utf8 != null) {
                out[i] = utf8;
            }
            String damage = Damage.describe(out[i]);
            if (damage != null) {
                warnings.add("bouncedoc: argument " + (i + 1) + " arrived damaged (" + damage + "): the system"
                        + " locale could not decode it; run with a UTF-8 locale (LANG=C.UTF-8) or give the text on"
                        + " standard input ('-')");
            }
        }
        return new Repaired(out, warnings);
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                byte[] part = new byte[i - start];
                System.arraycopy(cmdline, start, part, 0, part.length);
                parts.add(part);
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            byte[] part = new byte[cmdline.length - start];
            System.arraycopy(cmdline, start, part, 0, part.length);
            parts.add(part);
        }
        return parts;
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    static String strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
