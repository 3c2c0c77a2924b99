package dev.bouncedoc.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over normalised phrases: one left-to-right pass finds every occurrence of
 * every phrase, in time linear in the text plus the number of matches, whatever the number of phrases.
 * Immutable and thread-safe once built.
 */
public final class PhraseAutomaton {
    /** One occurrence of phrase {@code phrase} at [start, end) of the searched text. */
    public record Hit(int phrase, int start, int end) {
    }

    // State s's transitions are keys[first[s]..first[s+1]) (sorted) to targets at the same places: flat
    // arrays, so a step reads two neighbouring ints and the keys, with no array per state to dereference.
    private final int[] first;
    private final char[] keys;
    private final int[] targets;
    private final int[] failure;
    private final int[] output;        // phrase ending exactly at this state, or -1
    private final int[] outputLink;    // nearest state on the failure chain with an output, or -1
    private final int[] phraseLength;
    private final int[] rootAscii;     // the root's transitions for ASCII characters, -1 for none: most
                                       // characters of any text are read at the root, so it is a table

    private PhraseAutomaton(int[] first, char[] keys, int[] targets, int[] failure, int[] output, int[] outputLink,
                            int[] phraseLength) {
        this.rootAscii = new int[128];
        Arrays.fill(rootAscii, -1);
        for (int k = first[0]; k < first[1]; k++) {
            if (keys[k] < 128) {
                rootAscii[keys[k]] = targets[k];
            }
        }
        this.first = first;
        this.keys = keys;
        this.targets = targets;
        this.failure = failure;
        this.output = output;
        this.outputLink = outputLink;
        this.phraseLength = phraseLength;
    }

    /**
     * Builds the automaton. Phrase {@code i} of the list gets the id {@code i}; phrases must be non-empty
     * and distinct.
     */
    public static PhraseAutomaton build(List<String> phrases) {
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        trie.add(new TreeMap<>());
        out.add(-1);
        int[] lengths = new int[phrases.size()];
        for (int id = 0; id < phrases.size(); id++) {
            String phrase = phrases.get(id);
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("empty phrase " + id);
            }
            lengths[id] = phrase.length();
            int state = 0;
            for (int i = 0; i < phrase.length(); i++) {
                Integer next = trie.get(state).get(phrase.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.get(state).put(phrase.charAt(i), next);
                    trie.add(new TreeMap<>());
                    out.add(-1);
                }
                state = next;
            }
            if (out.get(state) != -1) {
                throw new IllegalArgumentException("duplicate phrase '" + phrase + "'");
            }
            out.set(state, id);
        }

        int size = trie.size();
        char[][] keys = new char[size][];
        int[][] targets = new int[size][];
        for (int s = 0; s < size; s++) {
            Map<Character, Integer> edges = trie.get(s);
            keys[s] = new char[edges.size()];
            targets[s] = new int[edges.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> e : edges.entrySet()) { // TreeMap: sorted keys
                keys[s][k] = e.getKey();
                targets[s][k] = e.getValue();
                k++;
            }
        }
        int[] output = out.stream().mapToInt(Integer::intValue).toArray();
        int[] failure = new int[size];
        int[] outputLink = new int[size];
        Arrays.fill(outputLink, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : targets[0]) {
            failure[t] = 0;
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int k = 0; k < keys[s].length; k++) {
                char c = keys[s][k];
                int t = targets[s][k];
                int f = failure[s];
                while (f != 0 && step(keys, targets, f, c) < 0) {
                    f = failure[f];
                }
                int g = step(keys, targets, f, c);
                failure[t] = (g >= 0 && g != t) ? g : 0;
                outputLink[t] = output[failure[t]] >= 0 ? failure[t] : outputLink[failure[t]];
                queue.add(t);
            }
        }
        int[] flatFirst = new int[size + 1];
        for (int s = 0; s < size; s++) {
            flatFirst[s + 1] = flatFirst[s] + keys[s].length;
        }
        char[] flatKeys = new char[flatFirst[size]];
        int[] flatTargets = new int[flatFirst[size]];
        for (int s = 0; s < size; s++) {
            System.arraycopy(keys[s], 0, flatKeys, flatFirst[s], keys[s].length);
            System.arraycopy(targets[s], 0, flatTargets, flatFirst[s], targets[s].length);
        }
        return new PhraseAutomaton(flatFirst, flatKeys, flatTargets, failure, output, outputLink, lengths);
    }

    private static int step(char[][] keys, int[][] targets, int state, char c) {
        int k = Arrays.binarySearch(keys[state], c);
        return k >= 0 ? targets[state][k] : -1;
    }

    /** The target of state's transition on c, or -1. Most states have one or two transitions. */
    private int step(int state, char c) {
        int lo = first[state];
        int hi = first[state + 1] - 1;
        if (hi - lo < 4) {
            for (int k = lo; k <= hi; k++) {
                if (keys[k] == c) {
                    return targets[k];
                }
            }
            return -1;
        }
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = keys[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return targets[mid];
            }
        }
        return -1;
    }

    /** Every occurrence of every phrase in {@code text}, in order of their end offsets. */
    public List<Hit> search(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next = -1;
            while (state != 0) {
                next = step(state, c);
                if (next >= 0) {
                    break;
                }
                state = failure[state];
            }
            if (state == 0) {
                next = c < 128 ? rootAscii[c] : step(0, c);
            }
            state = Math.max(next, 0);
            for (int s = output[state] >= 0 ? state : outputLink[state]; s >= 0; s = outputLink[s]) {
                int id = output[s];
                hits.add(new Hit(id, i + 1 - phraseLength[id], i + 1));
            }
        }
        return hits;
    }

    /**
     * The automaton's tables, flat: state {@code s}'s transitions are {@code keys[first[s]..first[s+1])} (sorted)
     * to {@code targets} at the same places. A compiled catalog stores them, so that loading it builds nothing.
     */
    public record Tables(int[] first, char[] keys, int[] targets, int[] failure, int[] output, int[] outputLink,
                         int[] phraseLength) {
    }

    /** This automaton's tables. */
    public Tables tables() {
        return new Tables(first.clone(), keys.clone(), targets.clone(), failure.clone(), output.clone(),
                outputLink.clone(), phraseLength.clone());
    }

    /**
     * The automaton of {@link #tables()}. The tables are checked for shape (every index in range), not for
     * meaning: they must come from {@link #tables()} of an automaton built from the same phrases.
     */
    public static PhraseAutomaton of(Tables t) {
        // The tables in locals: this loop runs once per state when a compiled catalog is loaded, mostly in
        // the interpreter, where each accessor call of the record would cost as much as the check itself.
        int[] first = t.first().clone();
        char[] keys = t.keys().clone();
        int[] targets = t.targets().clone();
        int[] failure = t.failure().clone();
        int[] output = t.output().clone();
        int[] outputLink = t.outputLink().clone();
        int[] phraseLength = t.phraseLength().clone();
        int states = failure.length;
        if (states == 0 || first.length != states + 1 || output.length != states || outputLink.length != states
                || first[0] != 0 || first[states] != keys.length || targets.length != keys.length) {
            throw new IllegalArgumentException("inconsistent automaton tables");
        }
        int phrases = phraseLength.length;
        for (int s = 0; s < states; s++) {
            int from = first[s];
            int to = first[s + 1];
            if (from > to || failure[s] < 0 || failure[s] >= states || outputLink[s] < -1
                    || outputLink[s] >= states || output[s] < -1 || output[s] >= phrases) {
                throw new IllegalArgumentException("inconsistent automaton tables at state " + s);
            }
        }
        for (int target : targets) { // every transition leads to a state other than the root
            if (target <= 0 || target >= states) {
                throw new IllegalArgumentException("inconsistent automaton tables: a transition to " + target);
            }
        }
        return new PhraseAutomaton(first, keys, targets, failure, output, outputLink, phraseLength);
    }

    /** The number of phrases. */
    public int phrases() {
        return phraseLength.length;
    }

    /** The length of phrase {@code id}. */
    public int phraseLength(int id) {
        return phraseLength[id];
    }

    /** The number of states, for benchmarks and tests. */
    public int states() {
        return failure.length;
    }
}
