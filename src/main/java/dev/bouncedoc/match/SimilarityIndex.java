package dev.bouncedoc.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nearest catalog text to an input that no rule matched: character trigrams of the normalised texts,
 * weighted by how rare they are (tf-idf with binary term frequency), compared by cosine similarity.
 * Trigrams need no tokeniser, so Japanese is compared like English; a reworded message still shares most
 * of its trigrams with the catalog's examples of the same situation.
 *
 * <p>Built once per catalog; immutable and thread-safe. A query reads at most {@link #WINDOW} normalised
 * characters, so its cost is linear in the input (and bounded), plus one pass over the postings of the
 * trigrams it holds; trigrams found in more than {@link #MAX_DF_SHARE} of the texts are left out as noise.
 */
public final class SimilarityIndex {
    /** Normalised characters of an input compared. */
    public static final int WINDOW = 4_096;
    /** A trigram in a larger share of the catalog's texts says nothing and is left out. */
    static final double MAX_DF_SHARE = 0.01;
    /** Texts and inputs shorter than this ({@link #weightedLength}) are not compared. */
    static final int MIN_LENGTH = 14;
    /** Texts reached by more than this many are compared in catalog order, fewer in the order reached. */
    private static final int MAX_IN_ORDER = 1024;

    /** The nearest text: its entry, the cosine similarity (0 to 1) and the catalog text itself. */
    public record Hit(int entry, double score, String text) {
    }

    // One open-addressing table of (key, value) pairs, side by side so that a look-up reads one cache line:
    // table[2 * slot] is a trigram (0 = empty slot), table[2 * slot + 1] where its postings are in
    // `postings` (offset << 32 | count), or COMMON when the trigram is in too many texts to say anything.
    // A trigram's weight depends only on how many texts hold it, so it is read from `weightByCount`.
    private static final long COMMON = -1L;

    private final long[] table;
    private final int[] postings;
    private final float[] weightByCount;
    private final int[] docEntry;
    private final String[] docText;
    private final float[] docNorm;
    private final float unseenWeight;

    private SimilarityIndex(long[] table, int[] postings, float[] weightByCount, int[] docEntry, String[] docText,
                            float[] docNorm, float unseenWeight) {
        this.table = table;
        this.postings = postings;
        this.weightByCount = weightByCount;
        this.docEntry = docEntry;
        this.docText = docText;
        this.docNorm = docNorm;
        this.unseenWeight = unseenWeight;
    }

    /** An index over texts by entry index: {@code texts.get(i)} are the texts of entry {@code i}. */
    public static SimilarityIndex build(List<List<String>> texts) {
        List<Integer> entries = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        List<long[]> docGrams = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int e = 0; e < texts.size(); e++) {
            for (String t : texts.get(e)) {
                String norm = TextNormalizer.normalize(t, WINDOW).text();
                if (weightedLength(norm) < MIN_LENGTH || !seen.add(e + "\u0000" + norm)) {
                    continue;
                }
                entries.add(e);
                docs.add(t);
                docGrams.add(grams(norm));
            }
        }
        int n = docs.size();
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (long g : docGrams.get(d)) {
                postings.computeIfAbsent(g, k -> new ArrayList<>()).add(d);
            }
        }
        int maxDf = Math.max(2, (int) (n * MAX_DF_SHARE));
        float[] weightByCount = new float[maxDf + 1];
        for (int df = 1; df <= maxDf; df++) {
            float idf = (float) Math.log(1.0 + (double) n / df);
            weightByCount[df] = idf * idf;
        }
        int size = Integer.highestOneBit(Math.max(16, postings.size() * 2)) * 2;
        long[] table = new long[2 * size];
        int total = 0;
        for (List<Integer> ds : postings.values()) {
            total += ds.size() <= maxDf ? ds.size() : 0;
        }
        int[] flat = new int[total];
        float[] norm = new float[n];
        int offset = 0;
        for (Map.Entry<Long, List<Integer>> p : postings.entrySet()) {
            int df = p.getValue().size();
            int slot = slot(table, p.getKey());
            table[2 * slot] = p.getKey();
            if (df > maxDf) {
                table[2 * slot + 1] = COMMON;
                continue;
            }
            float w = weightByCount[df];
            for (int d : p.getValue()) {
                flat[offset++] = d;
                norm[d] += w;
            }
            table[2 * slot + 1] = (long) (offset - df) << 32 | df;
        }
        for (int d = 0; d < n; d++) {
            norm[d] = (float) Math.sqrt(norm[d]);
        }
        int[] docEntry = new int[n];
        for (int d = 0; d < n; d++) {
            docEntry[d] = entries.get(d);
        }
        float maxIdf = (float) Math.log(1.0 + n);
        return new SimilarityIndex(table, flat, weightByCount, docEntry, docs.toArray(new String[0]), norm,
                maxIdf * maxIdf);
    }

    /**
     * The entry whose text is nearest to {@code input}, leaving out entries marked in {@code excluded}
     * (may be null); null when nothing shares a trigram with it.
     */
    public Hit nearest(CharSequence input, boolean[] excluded) {
        return nearestNormalized(TextNormalizer.normalize(input, WINDOW).text(), excluded, 0);
    }

    /**
     * As {@link #nearest}, for a text already normalised ({@link TextNormalizer}; only its start is read),
     * and null at once when no text can reach {@code minScore}: a text's cosine is at most the square root
     * of the weight the input shares with the catalog over the input's norm, so an input made mostly of
     * wording the catalog never uses is dismissed after one pass of look-ups, before any text is scored.
     */
    public Hit nearestNormalized(String normalized, boolean[] excluded, double minScore) {
        String norm = normalized.length() > WINDOW ? normalized.substring(0, WINDOW) : normalized;
        if (weightedLength(norm) < MIN_LENGTH || docEntry.length == 0) {
            return null;
        }
        long[] query = grams(norm);
        long[] known = new long[query.length]; // the postings of the input's trigrams the catalog uses
        int knownCount = 0;
        double qnorm = 0;
        double shared = 0;
        for (long g : query) {
            int slot = slot(table, g);
            if (table[2 * slot] != g) {
                qnorm += unseenWeight; // a trigram the catalog never uses makes the input less like any text
                continue;
            }
            long where = table[2 * slot + 1];
            if (where == COMMON) {
                continue;
            }
            float w = weightByCount[(int) where];
            qnorm += w;
            shared += w;
            known[knownCount++] = where;
        }
        if (knownCount == 0 || Math.sqrt(shared / qnorm) < minScore) {
            return null;
        }
        qnorm = Math.sqrt(qnorm);
        // The weight shared with each text the input's trigrams lead to, in a table as large as the postings
        // read (not as the catalog): texts in the order they were first reached, each with its sum.
        int postingCount = 0;
        for (int k = 0; k < knownCount; k++) {
            postingCount += (int) known[k];
        }
        int capacity = Math.min(postingCount, docEntry.length);
        int[] order = new int[capacity];   // the texts reached, in order
        float[] acc = new float[capacity]; // the weight each shares with the input
        int[] at = new int[Integer.highestOneBit(Math.max(8, capacity * 2 - 1)) * 2]; // 1 + index into order
        int mask = at.length - 1;
        int reached = 0;
        for (int k = 0; k < knownCount; k++) {
            int from = (int) (known[k] >>> 32);
            int count = (int) known[k];
            float w = weightByCount[count];
            for (int i = from, to = from + count; i < to; i++) {
                int d = postings[i];
                int h = (d * 0x9E3779B1) >>> 7 & mask;
                while (at[h] != 0 && order[at[h] - 1] != d) {
                    h = (h + 1) & mask;
                }
                if (at[h] == 0) {
                    order[reached] = d;
                    acc[reached] = w;
                    at[h] = ++reached;
                } else {
                    acc[at[h] - 1] += w;
                }
            }
        }
        if (reached > Math.min(docEntry.length, MAX_IN_ORDER)) {
            // Ties go to the first text reached, and beyond MAX_IN_ORDER texts to the first in catalog order,
            // as ever: sort the texts reached by index.
            long[] byDoc = new long[reached];
            for (int r = 0; r < reached; r++) {
                byDoc[r] = (long) order[r] << 32 | r;
            }
            java.util.Arrays.sort(byDoc);
            int[] sortedOrder = new int[reached];
            float[] sortedAcc = new float[reached];
            for (int r = 0; r < reached; r++) {
                sortedOrder[r] = order[(int) byDoc[r]];
                sortedAcc[r] = acc[(int) byDoc[r]];
            }
            order = sortedOrder;
            acc = sortedAcc;
        }
        int best = -1;
        double bestScore = 0;
        for (int r = 0; r < reached; r++) {
            int d = order[r];
            if (excluded != null && excluded[docEntry[d]]) {
                continue;
            }
            double score = acc[r] / (qnorm * docNorm[d]);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best < 0 ? null : new Hit(docEntry[best], Math.min(1.0, bestScore), docText[best]);
    }

    /**
     * How much a text says: its length, a Japanese character counting twice (it carries about as much as
     * two Latin letters). A text shorter than {@link #MIN_LENGTH} is too short to compare: a short phrase
     * is matched exactly by the rules, and a short input ("hello", "ok") is not an error message.
     */
    static int weightedLength(String norm) {
        int w = 0;
        for (int i = 0; i < norm.length(); i++) {
            w += TextNormalizer.isJapanese(norm.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    /** The distinct trigrams of a normalised text, with a space before and after it, sorted. */
    static long[] grams(String norm) {
        int n = norm.length() + 2;
        if (n < 3) {
            return new long[0];
        }
        long[] out = new long[n - 2];
        for (int i = 0; i + 3 <= n; i++) {
            // bit 48 set: no trigram is 0, the empty slot of the table
            out[i] = 1L << 48 | ((long) at(norm, i) << 32) | ((long) at(norm, i + 1) << 16) | at(norm, i + 2);
        }
        java.util.Arrays.sort(out);
        int u = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[u++] = out[i];
            }
        }
        return java.util.Arrays.copyOf(out, u);
    }

    /** The character at {@code i} of " " + norm + " ". */
    private static char at(String norm, int i) {
        return i == 0 || i == norm.length() + 1 ? ' ' : norm.charAt(i - 1);
    }

    /** The slot of {@code key} in the pair table: where it is, or the empty slot where it would go. */
    private static int slot(long[] table, long key) {
        int mask = table.length / 2 - 1;
        int h = (int) (key ^ (key >>> 29) ^ (key >>> 17)) * 0x9E3779B1;
        int i = (h ^ (h >>> 15)) & mask;
        while (table[2 * i] != 0 && table[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
