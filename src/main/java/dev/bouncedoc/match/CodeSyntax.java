package dev.bouncedoc.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Spelling and facts of codes: the forms catalog rules may use, and HRESULT names. */
public final class CodeSyntax {
    private static final Map<String, String> HRESULT_NAMES = loadHresultNames();

    private CodeSyntax() {
    }

    /** {@code 0x800CCC0E} for any accepted catalog spelling of an HRESULT, else null. */
    public static String canonicalHresult(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("0x")) {
            v = v.substring(2);
        }
        if (v.length() != 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            char c = v.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return null;
            }
        }
        return "0x" + v.toUpperCase(Locale.ROOT);
    }

    /** The symbolic name of an HRESULT ({@code IXP_E_FAILED_TO_CONNECT}), or null when it has none. */
    public static String hresultName(String canonical) {
        return HRESULT_NAMES.get(canonical);
    }

    /** All HRESULTs with a known entry in the table, and their names ("-" for none). */
    public static Map<String, String> hresultNames() {
        return HRESULT_NAMES;
    }

    static boolean isSocketError(String value) {
        try {
            return CodeScanner.SOCKET_ERRORS.contains(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** 20 for {@code 5.1.1}, 18 for {@code X.1.1}, 8 for {@code 5.X.X}, -1 for anything else. */
    static int statusWeight(String value) {
        String[] p = value.split("\\.", -1);
        if (p.length != 3) {
            return -1;
        }
        boolean anyClass = p[0].equals("X");
        boolean knownClass = p[0].equals("2") || p[0].equals("4") || p[0].equals("5");
        if (!anyClass && !knownClass) {
            return -1;
        }
        if (p[1].equals("X") && p[2].equals("X")) {
            return knownClass && !p[0].equals("2") ? 8 : -1;
        }
        if (!isNumber(p[1]) || !isNumber(p[2])) {
            return -1;
        }
        return anyClass ? 18 : 20;
    }

    /** 15 for {@code 550}, 6 for {@code 5XX}, -1 for anything else. */
    static int replyWeight(String value) {
        if (value.length() != 3 || value.charAt(0) < '2' || value.charAt(0) > '5') {
            return -1;
        }
        if (value.endsWith("XX")) {
            return value.charAt(0) >= '4' ? 6 : -1;
        }
        return isNumber(value) ? 15 : -1;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> loadHresultNames() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = CodeSyntax.class.getResourceAsStream("hresult-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("hresult-names.tsv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                names.put(cells[0], cells[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(names);
    }
}
