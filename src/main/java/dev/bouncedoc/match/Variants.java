package dev.bouncedoc.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spellings of one wording that mail programs and servers use interchangeably, made one before matching
 * (catalog/README.md, "Normalisation", step 6): サインイン and ログイン, 差出人 and 送信者, 接続できませんでした and
 * 接続できません, "couldn't" and "could not" and "unable to", "sign in" and "log in". A catalog phrase written
 * either way matches input written either way.
 *
 * <p>One pass: at each position the variants that begin with that character are tried, longest first, so
 * the cost is the text's length times the longest variant (a constant). A variant that begins (ends) with
 * a Latin letter or digit only counts at a word edge, like a phrase.
 */
final class Variants {
    /** Variant, then the form it becomes: already in normalised form (lower case, no long-vowel mark at a word's end). */
    private static final String[][] TABLE = {
            // Japanese: sign-in words, sender, polite past of a negative, e-mail, alternative kanji
            {"サインイン", "ログイン"},
            {"ログオン", "ログイン"},
            {"サインオン", "ログイン"},
            {"差出人", "送信者"},
            {"ませんでした", "ません"},
            {"出来ません", "できません"},
            {"見付かりません", "見つかりません"},
            {"電子メール", "メール"},
            {"eメール", "メール"},
            {"e-メール", "メール"},
            {"下さい", "ください"},
            // Japanese: katakana loanwords and kanji words of one meaning, particles that vary before a verb
            {"コネクション", "接続"},
            {"メールサーバ", "サーバ"},
            // (a variant that contains another's start is listed whole, so that one pass is enough: normalising
            // twice gives the same text)
            {"電子メールサーバ", "サーバ"},
            {"eメールサーバ", "サーバ"},
            {"e-メールサーバ", "サーバ"},
            {"突然に", "予期せず"},
            {"受け付けられませんでした", "受け付けません"},
            {"見付かりませんでした", "見つかりません"},
            {"出来ませんでした", "できません"},
            {"ホストネーム", "ホスト名"},
            {"ハンドシェーク", "ハンドシェイク"},
            {"突然", "予期せず"},
            {"予期せずに", "予期せず"},
            {"拒絶", "拒否"},
            {"へ到達", "に到達"},
            {"未知の", "不明な"},
            {"サポートされていません", "サポートしていません"},
            {"受け付けられません", "受け付けません"},
            // Japanese: "failed to" and "could not" of one verb, and the plain forms of "could not" (接続に失敗しました =
            // 接続できません = 接続できなかった; a phrase "接続に失敗" still matches)
            {"に失敗しました", "できません"},
            {"が失敗しました", "できません"},
            {"に失敗", "できません"},
            {"できなかった", "できません"},
            {"できない", "できません"},
            // English: contractions and their long forms, sign-in verbs, compounds written apart
            {"can't", "could not"},
            {"can not", "could not"},
            {"cannot", "could not"},
            {"couldn't", "could not"},
            {"unable to", "could not"},
            {"failed to", "could not"},
            {"was unsuccessful", "failed"},
            {"were unsuccessful", "failed"},
            {"unsuccessful", "failed"},
            {"didn't", "does not"},
            {"doesn't", "does not"},
            {"don't", "do not"},
            {"isn't", "is not"},
            {"wasn't", "is not"},
            {"weren't", "are not"},
            {"aren't", "are not"},
            {"won't", "will not"},
            {"sign in", "login"},
            {"sign-in", "login"},
            {"signin", "login"},
            {"log in", "login"},
            {"log-in", "login"},
            {"log on", "login"},
            {"logon", "login"},
            {"e-mail", "email"},
            {"mail server", "server"},
            {"user name", "username"},
            {"host name", "hostname"},
            {"mail box", "mailbox"},
            {"time out", "timeout"},
            {"timed-out", "timed out"},
            // English: tense. Programs report the same fact in the past or the present ("the connection was refused",
            // "is refused"; "the server did not support STARTTLS", "does not"; "the certificate has expired",
            // "expired"): a past form becomes the present, and a perfect "has expired" the bare participle ("is expired"
            // stays: "expired" alone is too short a phrase).
            {"did not", "does not"},
            {"was", "is"},
            {"were", "are"},
            {"has expired", "expired"},
            {"had expired", "expired"},
            {"have expired", "expired"},
    };

    private static final Map<Character, String[][]> BY_FIRST = index();
    /** The first characters of the variants, for a check per character without boxing. */
    private static final java.util.BitSet FIRSTS = firsts();
    private static final String[][][] BY_FIRST_ASCII = byFirstAscii(); // BY_FIRST's rows of ASCII characters
    /**
     * For an ASCII first character, the second characters its variants have (index 128: any non-ASCII one):
     * most words begin with a letter some variant begins with, few go on as one does.
     */
    private static final boolean[][] SECOND_ASCII = secondAscii();
    /**
     * SECOND_ASCII flat, {@code c * 129 + second}: the check made at almost every character of ASCII text reads
     * one array, not a row's reference and then the row.
     */
    private static final boolean[] PAIR_ASCII = pairAscii();
    private static final int LONGEST = longest();

    private Variants() {
    }

    private static Map<Character, String[][]> index() {
        Map<Character, List<String[]>> lists = new HashMap<>();
        for (String[] row : TABLE) {
            lists.computeIfAbsent(row[0].charAt(0), k -> new ArrayList<>()).add(row);
        }
        Map<Character, String[][]> out = new HashMap<>();
        lists.forEach((c, rows) -> {
            rows.sort((a, b) -> b[0].length() - a[0].length());
            out.put(c, rows.toArray(new String[0][]));
        });
        return out;
    }

    private static java.util.BitSet firsts() {
        java.util.BitSet b = new java.util.BitSet(65_536);
        for (String[] row : TABLE) {
            b.set(row[0].charAt(0));
        }
        return b;
    }

    private static String[][][] byFirstAscii() {
        String[][][] rows = new String[128][][];
        for (char c = 0; c < 128; c++) {
            rows[c] = BY_FIRST.get(c);
        }
        return rows;
    }

    private static boolean[][] secondAscii() {
        boolean[][] second = new boolean[128][129];
        for (String[] row : TABLE) {
            char first = row[0].charAt(0);
            if (first < 128) {
                second[first][Math.min(row[0].charAt(1), 128)] = true; // every variant has two characters or more
            }
        }
        return second;
    }

    private static boolean[] pairAscii() {
        boolean[] pairs = new boolean[128 * 129];
        for (int c = 0; c < 128; c++) {
            System.arraycopy(SECOND_ASCII[c], 0, pairs, c * 129, 129);
        }
        return pairs;
    }

    private static int longest() {
        int max = 0;
        for (String[] row : TABLE) {
            max = Math.max(max, row[0].length());
        }
        return max;
    }

    /** The text with every variant replaced by its canonical form; offsets keep pointing at the input. */
    static NormalizedText canonical(NormalizedText in) {
        String t = in.text();
        int n = t.length();
        StringBuilder out = null;
        int[] start = null;
        int[] end = null;
        int copied = 0; // t[0, copied) is already in out
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            String[][] rows;
            if (c < 128) {
                rows = BY_FIRST_ASCII[c];
                if (rows == null || i + 1 >= n || !SECOND_ASCII[c][Math.min(t.charAt(i + 1), 128)]) {
                    continue;
                }
            } else {
                rows = FIRSTS.get(c) ? BY_FIRST.get(c) : null;
            }
            if (rows == null || i > 0 && isWord(c) && isWord(t.charAt(i - 1))) {
                continue;
            }
            for (String[] row : rows) {
                String v = row[0];
                int e = i + v.length();
                if (e > n || !t.startsWith(v, i) || e < n && isWord(v.charAt(v.length() - 1)) && isWord(t.charAt(e))) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(n);
                    start = new int[n + LONGEST];
                    end = new int[n + LONGEST];
                }
                for (int k = copied; k < i; k++) {
                    start = TextNormalizer.ensure(start, out.length() + 1);
                    end = TextNormalizer.ensure(end, out.length() + 1);
                    start[out.length()] = in.originalStart(k);
                    end[out.length()] = in.originalEnd(k + 1);
                    out.append(t.charAt(k));
                }
                int from = in.originalStart(i);
                int to = in.originalEnd(e);
                for (int k = 0; k < row[1].length(); k++) {
                    start = TextNormalizer.ensure(start, out.length() + 1);
                    end = TextNormalizer.ensure(end, out.length() + 1);
                    start[out.length()] = from;
                    end[out.length()] = to;
                    out.append(row[1].charAt(k));
                }
                copied = e;
                i = e - 1;
                break;
            }
        }
        if (out == null) {
            return in;
        }
        for (int k = copied; k < n; k++) {
            start = TextNormalizer.ensure(start, out.length() + 1);
            end = TextNormalizer.ensure(end, out.length() + 1);
            start[out.length()] = in.originalStart(k);
            end[out.length()] = in.originalEnd(k + 1);
            out.append(t.charAt(k));
        }
        return new NormalizedText(out.toString(), start, end, in.truncated());
    }

    /**
     * {@link #canonical(NormalizedText)} of all-ASCII normalised text in an array: {@code t[0, n)}, whose
     * character k came from the input's {@code [inStart[k], inEnd[k])} (both null: from {@code [k, k + 1)}).
     * The same result, read from the array instead of a string made first.
     */
    static NormalizedText canonical(char[] t, int n, int[] inStart, int[] inEnd, boolean truncated) {
        char[] out = null;
        int[] start = null;
        int[] end = null;
        int o = 0;
        int copied = 0; // t[0, copied) is already in out
        for (int i = 0; i < n - 1; i++) {
            char c = t[i];
            // (no variant begins with c when no pair does: PAIR_ASCII is false wherever BY_FIRST_ASCII is null)
            if (!PAIR_ASCII[c * 129 + Math.min(t[i + 1], 128)] || i > 0 && isWord(c) && isWord(t[i - 1])) {
                continue;
            }
            String[][] rows = BY_FIRST_ASCII[c];
            for (String[] row : rows) {
                String v = row[0];
                int e = i + v.length();
                if (e > n || !startsWith(t, i, v) || e < n && isWord(v.charAt(v.length() - 1)) && isWord(t[e])) {
                    continue;
                }
                String canonical = row[1];
                if (out == null) {
                    int size = n + LONGEST;
                    out = new char[size];
                    start = new int[size];
                    end = new int[size];
                }
                int need = o + (i - copied) + canonical.length() + (n - e);
                if (need > out.length) {
                    int size = Math.max(need, out.length * 2);
                    out = java.util.Arrays.copyOf(out, size);
                    start = java.util.Arrays.copyOf(start, size);
                    end = java.util.Arrays.copyOf(end, size);
                }
                o = copy(t, copied, i, inStart, inEnd, out, start, end, o);
                int from = inStart == null ? i : inStart[i];
                int to = inEnd == null ? e : inEnd[e - 1];
                for (int k = 0; k < canonical.length(); k++) {
                    start[o] = from;
                    end[o] = to;
                    out[o++] = canonical.charAt(k);
                }
                copied = e;
                i = e - 1;
                break;
            }
        }
        if (out == null) {
            return new NormalizedText(new String(t, 0, n), t, inStart, inEnd, truncated);
        }
        if (o + (n - copied) > out.length) {
            int size = o + (n - copied);
            out = java.util.Arrays.copyOf(out, size);
            start = java.util.Arrays.copyOf(start, size);
            end = java.util.Arrays.copyOf(end, size);
        }
        o = copy(t, copied, n, inStart, inEnd, out, start, end, o);
        return new NormalizedText(new String(out, 0, o), out, start, end, truncated);
    }

    /** Copies {@code t[from, to)} and its offsets to {@code out} at {@code o}; returns the new end. */
    private static int copy(char[] t, int from, int to, int[] inStart, int[] inEnd, char[] out, int[] start, int[] end,
                            int o) {
        for (int k = from; k < to; k++, o++) {
            start[o] = inStart == null ? k : inStart[k];
            end[o] = inEnd == null ? k + 1 : inEnd[k];
            out[o] = t[k];
        }
        return o;
    }

    private static boolean startsWith(char[] t, int at, String v) {
        for (int k = 0; k < v.length(); k++) {
            if (t[at + k] != v.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }
}
