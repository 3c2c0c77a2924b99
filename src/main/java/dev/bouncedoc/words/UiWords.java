package dev.bouncedoc.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one look-up for the words bouncedoc itself shows (labels of the text and HTML renderers, of the
 * command line and of the help site), in the bundled catalog's languages: the table
 * {@code ui-words.tsv} beside this class, read once. A language or key without a value gets the English
 * one. Internal: not part of the library's API (the package is not exported).
 */
public final class UiWords {
    private static final String FILE = "ui-words.tsv";
    private static final String FALLBACK = "en";
    /** Language, then key, then the words; immutable once read. */
    private static final Map<String, Map<String, String>> TABLE = read();

    private UiWords() {
    }

    /**
     * {@return the words for {@code key} in {@code language}; the English words when that language has none;
     * null when neither has the key}
     *
     * @param language a language such as {@code ja}
     * @param key      the key, such as {@code steps} or {@code site.indexTitle}
     */
    public static String get(String language, String key) {
        Map<String, String> words = TABLE.get(language);
        String value = words == null ? null : words.get(key);
        return value != null ? value : TABLE.get(FALLBACK).get(key);
    }

    /** {@return whether the English table, which every key must be in, has {@code key}} */
    public static boolean has(String key) {
        return TABLE.get(FALLBACK).containsKey(key);
    }

    /** {@return the whole table, language, then key, then the words (immutable)} */
    public static Map<String, Map<String, String>> table() {
        return TABLE;
    }

    private static Map<String, Map<String, String>> read() {
        String text;
        try (InputStream in = UiWords.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text);
    }

    /**
     * Reads the table: lines starting with {@code #} and blank lines are passed over; the first other line
     * is the header ({@code key}, then the languages); each later line a key and its words, separated by
     * tabs. An empty cell has no words. Split by hand, no regular expression.
     */
    static Map<String, Map<String, String>> parse(String text) {
        List<String> languages = null;
        Map<String, Map<String, String>> table = new HashMap<>();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line);
            if (languages == null) {
                if (cells.size() < 2 || !cells.get(0).equals("key") || !cells.contains(FALLBACK)) {
                    throw new IllegalStateException(FILE + ":" + lineNo + ": the header must be key, then languages (en among them)");
                }
                languages = cells.subList(1, cells.size());
                languages.forEach(l -> table.put(l, new HashMap<>()));
                continue;
            }
            if (cells.size() != languages.size() + 1) {
                throw new IllegalStateException(FILE + ":" + lineNo + ": " + cells.size() + " cells, the header has "
                        + (languages.size() + 1));
            }
            String key = cells.get(0);
            for (int i = 0; i < languages.size(); i++) {
                String words = cells.get(i + 1);
                if (!words.isEmpty() && table.get(languages.get(i)).put(key, words) != null) {
                    throw new IllegalStateException(FILE + ":" + lineNo + ": the key " + key + " is there twice");
                }
            }
            if (!table.get(FALLBACK).containsKey(key)) {
                throw new IllegalStateException(FILE + ":" + lineNo + ": the key " + key + " has no English words");
            }
        }
        Map<String, Map<String, String>> frozen = new HashMap<>();
        table.forEach((language, words) -> frozen.put(language, Map.copyOf(words)));
        return Map.copyOf(frozen);
    }

    private static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        int start = 0;
        while (true) {
            int tab = line.indexOf('\t', start);
            if (tab < 0) {
                cells.add(line.substring(start));
                return cells;
            }
            cells.add(line.substring(start, tab));
            start = tab + 1;
        }
    }
}
