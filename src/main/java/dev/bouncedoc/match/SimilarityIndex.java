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
    static final double MAX_DF_SHARE = 0.05;
    /** Texts and inputs shorter than this ({@link #weightedLength}) are not compared. */
    static final int MIN_LENGTH = 14;

    /** The nearest text: its entry, the cosine similarity (0 to 1) and the catalog text itself. */
    public record Hit(int entry, double score, String text) {
    }

    private record Gram(float weight, int[] docs) {
    }

    private final Map<Long, Gram> grams;
    private final Set<Long> common; // in too many texts to tell them apart: ignored on both sides
    private final int[] docEntry;
    private final String[] docText;
    private final float[] docNorm;
    private final float unseenWeight;

    private SimilarityIndex(Map<Long, Gram> grams, Set<Long> common, int[] docEntry, String[] docText, float[] docNorm,
                            float unseenWeight) {
        this.grams = grams;
        this.common = common;
        this.docEntry = docEntry;
        this.docText = docText;
        this.docNorm = docNorm;
        this.unseenWeight = unseenWeight;
    }

    /** An index over texts by entry index: {@code texts.get(i)} are the texts of entry {@code i}. */
    public static SimilarityIndex build(List<List<String>> texts) {
        List<Integer> entries = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        List<Set<Long>> docGrams = new ArrayList<>();
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
            for (Long g : docGrams.get(d)) {
                postings.computeIfAbsent(g, k -> new ArrayList<>()).add(d);
            }
        }
        int maxDf = Math.max(2, (int) (n * MAX_DF_SHARE));
        Map<Long, Gram> index = new HashMap<>(postings.size() * 2);
        float[] norm = new float[n];
        Set<Long> common = new HashSet<>();
        for (Map.Entry<Long, List<Integer>> p : postings.entrySet()) {
            int df = p.getValue().size();
            if (df > maxDf) {
                common.add(p.getKey());
                continue;
            }
            float idf = (float) Math.log(1.0 + (double) n / df);
            float w = idf * idf;
            int[] ds = new int[df];
            for (int i = 0; i < df; i++) {
                ds[i] = p.getValue().get(i);
                norm[ds[i]] += w;
            }
            index.put(p.getKey(), new Gram(w, ds));
        }
        for (int d = 0; d < n; d++) {
            norm[d] = (float) Math.sqrt(norm[d]);
        }
        int[] docEntry = new int[n];
        for (int d = 0; d < n; d++) {
            docEntry[d] = entries.get(d);
        }
        float maxIdf = (float) Math.log(1.0 + n);
        return new SimilarityIndex(index, common, docEntry, docs.toArray(new String[0]), norm, maxIdf * maxIdf);
    }

    /**
     * The entry whose text is nearest to {@code input}, leaving out entries marked in {@code excluded}
     * (may be null); null when nothing shares a trigram with it.
     */
    public Hit nearest(CharSequence input, boolean[] excluded) {
        String norm = TextNormalizer.normalize(input, WINDOW).text();
        if (weightedLength(norm) < MIN_LENGTH || docEntry.length == 0) {
            return null;
        }
        Set<Long> query = grams(norm);
        if (query.isEmpty()) {
            return null;
        }
        float[] acc = new float[docEntry.length];
        double qnorm = 0;
        for (Long g : query) {
            Gram gram = grams.get(g);
            if (gram == null && common.contains(g)) {
                continue;
            }
            if (gram == null) {
                qnorm += unseenWeight; // a trigram the catalog never uses makes the input less like any text
                continue;
            }
            qnorm += gram.weight();
            for (int d : gram.docs()) {
                acc[d] += gram.weight();
            }
        }
        qnorm = Math.sqrt(qnorm);
        int best = -1;
        double bestScore = 0;
        for (int d = 0; d < acc.length; d++) {
            if (acc[d] == 0 || excluded != null && excluded[docEntry[d]]) {
                continue;
            }
            double score = acc[d] / (qnorm * docNorm[d]);
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

    /** The distinct trigrams of a normalised text, with a space before and after it. */
    static Set<Long> grams(String norm) {
        Set<Long> out = new HashSet<>();
        String t = " " + norm + " ";
        for (int i = 0; i + 3 <= t.length(); i++) {
            out.add(((long) t.charAt(i) << 32) | ((long) t.charAt(i + 1) << 16) | t.charAt(i + 2));
        }
        return out;
    }
}
