package dev.bouncedoc.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The mechanical rules of the Japanese style guide (catalog/README.md, "Japanese style"), checked over every
 * text of every entry, its temporary variant included:
 *
 * <ul>
 *   <li>no 「あなた」, and none of the colloquialisms in {@link #COLLOQUIAL};</li>
 *   <li>no half-width parenthesis next to Japanese text (its nearest character other than a space, outside
 *       or inside, is kana, kanji or Japanese punctuation), except in text quoted in 「」 as it is;</li>
 *   <li>every inserted value ({@code {host}}, {@code {address}}, {@code {code}}) inside 「」 in Japanese;</li>
 *   <li>the same inserted values in a field in every language;</li>
 *   <li>every 「…」 in Japanese steps that reads as a UI label is a verified label (the allow-list);</li>
 *   <li>a step that gives the iPhone's account settings before iOS 18 (「設定」>「メール」>「アカウント」) also
 *       gives the iOS 18 path (「設定」>「アプリ」>「メール」>「メールアカウント」).</li>
 * </ul>
 *
 * A 「…」 reads as a UI label unless it holds an inserted value, holds no kana or kanji (a header name, a
 * code, an English message) or ends like a sentence (ます, ません, ました, です, でした, ください, 。: a quoted message).
 * Hand-written scanners; no regular expression.
 */
public final class JapaneseStyleCheck {
    private JapaneseStyleCheck() {
    }

    static final String IOS_17 = "「設定」>「メール」>「アカウント」";
    static final String IOS_18 = "「設定」>「アプリ」>「メール」>「メールアカウント」";

    /** Spoken forms a help page does not use, with what it writes instead (catalog/README.md, "Japanese style"). */
    static final Map<String, String> COLLOQUIAL = Map.of(
            "なので", "のため", "大丈夫です", "問題ありません", "邪魔を", "妨げ", "聞いてきます", "求められます",
            "今の暗号化", "現在の暗号化");

    /**
     * Every problem found, one line each, naming the entry, the field and the offending text; empty when all
     * is well.
     *
     * @param labels the verified UI labels (catalog/ui-labels.tsv, first column)
     */
    public static List<String> problems(CatalogData catalog, Set<String> labels) {
        List<String> problems = new ArrayList<>();
        for (EntryData e : catalog.entries()) {
            check(e.id(), e.texts(), labels, problems);
            if (e.whenTransient() != null) {
                check(e.id() + " transient", e.whenTransient().texts(), labels, problems);
            }
        }
        return problems;
    }

    private static void check(String where, Map<String, TextSet> texts, Set<String> labels, List<String> problems) {
        TextSet ja = texts.get("ja");
        if (ja != null) {
            for (Map.Entry<String, String> field : ja.patterns()) {
                String at = where + " ja " + field.getKey() + ": ";
                String text = field.getValue();
                if (text.contains("あなた")) {
                    problems.add(at + "「あなた」: " + excerpt(text, text.indexOf("あなた")));
                }
                for (Map.Entry<String, String> word : COLLOQUIAL.entrySet()) {
                    if (text.contains(word.getKey())) {
                        problems.add(at + "colloquial 「" + word.getKey() + "」 (write 「" + word.getValue() + "」): "
                                + excerpt(text, text.indexOf(word.getKey())));
                    }
                }
                int paren = gluedParenthesis(text);
                if (paren >= 0) {
                    problems.add(at + "half-width parenthesis next to Japanese: " + excerpt(text, paren));
                }
                int bare = bareArgument(text);
                if (bare >= 0) {
                    problems.add(at + "inserted value outside 「」: " + excerpt(text, bare));
                }
                if (field.getKey().startsWith("steps[") && text.contains(IOS_17) && !text.contains(IOS_18)) {
                    problems.add(at + "the iPhone path " + IOS_17 + " without the iOS 18 path " + IOS_18);
                }
                if (field.getKey().startsWith("steps[")) {
                    for (String quoted : quotations(text)) {
                        if (readsAsLabel(quoted) && !labels.contains(quoted)) {
                            problems.add(at + "「" + quoted + "」 is not a verified UI label (catalog/ui-labels.tsv)");
                        }
                    }
                }
            }
        }
        TextSet en = texts.get("en");
        if (en != null && ja != null) {
            List<Map.Entry<String, String>> a = en.patterns();
            List<Map.Entry<String, String>> b = ja.patterns();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (a.get(i).getKey().equals(b.get(i).getKey())
                        && !Objects.equals(CatalogLoader.arguments(a.get(i).getValue()),
                        CatalogLoader.arguments(b.get(i).getValue()))) {
                    problems.add(where + " " + a.get(i).getKey() + ": en and ja insert different values");
                }
            }
        }
    }

    /** Kana, kanji, or Japanese punctuation and full-width forms. */
    static boolean isJapanese(int c) {
        return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF01 && c <= 0xFF60);
    }

    private static boolean hasJapanese(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isJapanese(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasKanaOrKanji(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x3041 && c <= 0x30FF && c != 0x30FB) || (c >= 0x4E00 && c <= 0x9FFF)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quoted text names a UI element rather than quoting a value, a code or a message. */
    static boolean readsAsLabel(String quoted) {
        if (quoted.indexOf('{') >= 0 || !hasKanaOrKanji(quoted)) {
            return false;
        }
        for (String ending : List.of("ます", "ません", "ました", "です", "でした", "ください", "。")) {
            if (quoted.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }

    /** The texts between 「 and the 」 that closes it, outermost level only. */
    static List<String> quotations(String text) {
        List<String> quoted = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '「') {
                if (depth++ == 0) {
                    start = i + 1;
                }
            } else if (c == '」' && depth > 0) {
                if (--depth == 0) {
                    quoted.add(text.substring(start, i));
                }
            }
        }
        return quoted;
    }

    /**
     * The index of the first half-width parenthesis next to Japanese outside 「」, or -1. Inside 「」 the text
     * is quoted as it is: a server's message, or a UI label, which the label check covers.
     */
    static int gluedParenthesis(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '「') {
                depth++;
            } else if (c == '」' && depth > 0) {
                depth--;
            } else if ((c == '(' || c == ')') && depth == 0
                    && (isJapanese(neighbour(text, i, -1)) || isJapanese(neighbour(text, i, +1)))) {
                return i;
            }
        }
        return -1;
    }

    /** The nearest character other than a space in one direction, or 0 at the edge. */
    private static int neighbour(String text, int i, int step) {
        for (int k = i + step; k >= 0 && k < text.length(); k += step) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\n') {
                return c;
            }
        }
        return 0;
    }

    /** The index of the first template argument that is not inside 「」, or -1. */
    static int bareArgument(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' && i + 1 < text.length() && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '}')) {
                i++; // '{' is a literal brace in ICU MessageFormat
            } else if (c == '「') {
                depth++;
            } else if (c == '」' && depth > 0) {
                depth--;
            } else if (c == '{' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 15);
        int to = Math.min(text.length(), at + 15);
        return "…" + text.substring(from, to).replace('\n', ' ') + "…";
    }
}
