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

    // The packed form the search walks (and a compiled catalog stores, see tables()): every state in one
    // int array, in depth-first order (a phrase's states follow one another, so walking along a phrase reads
    // on through the same few cache lines; breadth-first order was measured slower), a state being its offset
    // there: node[p] = its failure state, node[p + 1] = its first output (an index into outPhrase/outNext:
    // its own phrase or the nearest one on its failure chain) or -1, node[p + 2] = its number of transitions
    // n, node[p + 3] = where its row of ASCII targets starts in `dense` when n >= DENSE (else -1), then n
    // (character, target state) pairs sorted by character. One step reads one or two cache lines instead of
    // one in each of six arrays.
    private final int[] node;
    private static final int DENSE = 8;
    // The few states with many transitions (the first letters of words) have a row of targets by ASCII
    // character class, -1 for none: one look-up instead of a binary search.
    private final int[] dense;
    private final int[] asciiClass;    // 0 for a character no phrase has, else 1 + its rank among those that do
    private final int[] outPhrase;     // by output index: the phrase
    private final int[] outNext;       // by output index: the next output on the failure chain, or -1
    private final int[] rootAscii;     // the root's target for each ASCII character (the root itself for
                                       // none): most characters of any text are read at the root
    private final int[] phraseLength;
    private final int states;

    private PhraseAutomaton(int[] node, int[] dense, int[] asciiClass, int[] outPhrase, int[] outNext,
                            int[] rootAscii, int[] phraseLength, int states) {
        this.node = node;
        this.dense = dense;
        this.asciiClass = asciiClass;
        this.outPhrase = outPhrase;
        this.outNext = outNext;
        this.rootAscii = rootAscii;
        this.phraseLength = phraseLength;
        this.states = states;
    }

    /**
     * The packed automaton of a trie: state s's transitions are keys[first[s]..first[s+1]) (sorted) to
     * targets at the same places; output[s] is the phrase ending exactly at s or -1, outputLink[s] the
     * nearest state on s's failure chain with an output or -1.
     */
    private static PhraseAutomaton pack(int[] first, char[] keys, int[] targets, int[] failure, int[] output,
                                        int[] outputLink, int[] phraseLength) {
        int states = failure.length;
        int[] order = new int[states]; // depth-first, each state's children in character order
        int[] offset = new int[states];
        int size = 0;
        int[] stack = new int[states];
        int top = 0;
        stack[top++] = 0;
        for (int head = 0; top > 0; head++) {
            int s = stack[--top];
            order[head] = s;
            offset[s] = size;
            size += 4 + 2 * (first[s + 1] - first[s]);
            for (int k = first[s + 1] - 1; k >= first[s]; k--) {
                stack[top++] = targets[k];
            }
        }
        int[] outIndex = new int[states];
        int outputs = 0;
        for (int s : order) {
            outIndex[s] = output[s] >= 0 ? outputs++ : -1;
        }
        int[] outPhrase = new int[outputs];
        int[] outNext = new int[outputs];
        int[] node = new int[size];
        int[] asciiClass = new int[128];
        for (char k : keys) {
            if (k < 128) {
                asciiClass[k] = 1;
            }
        }
        int classes = 1;
        for (int c = 0; c < 128; c++) {
            if (asciiClass[c] != 0) {
                asciiClass[c] = classes++;
            }
        }
        int denseStates = 0;
        for (int s = 0; s < states; s++) {
            denseStates += first[s + 1] - first[s] >= DENSE ? 1 : 0;
        }
        int[] dense = new int[denseStates * classes];
        Arrays.fill(dense, -1);
        int denseNext = 0;
        for (int s : order) {
            int p = offset[s];
            if (outIndex[s] >= 0) {
                outPhrase[outIndex[s]] = output[s];
                outNext[outIndex[s]] = outputLink[s] >= 0 ? outIndex[outputLink[s]] : -1;
            }
            node[p] = offset[failure[s]];
            node[p + 1] = outIndex[s] >= 0 ? outIndex[s] : outputLink[s] >= 0 ? outIndex[outputLink[s]] : -1;
            node[p + 2] = first[s + 1] - first[s];
            node[p + 3] = -1;
            if (node[p + 2] >= DENSE) {
                node[p + 3] = denseNext;
                for (int k = first[s]; k < first[s + 1]; k++) {
                    if (keys[k] < 128) {
                        dense[denseNext + asciiClass[keys[k]]] = offset[targets[k]];
                    }
                }
                denseNext += classes;
            }
            for (int k = first[s], q = p + 4; k < first[s + 1]; k++, q += 2) {
                node[q] = keys[k];
                node[q + 1] = offset[targets[k]];
            }
        }
        int[] rootAscii = new int[128]; // the root's offset is 0
        for (int k = first[0]; k < first[1]; k++) {
            if (keys[k] < 128) {
                rootAscii[keys[k]] = offset[targets[k]];
            }
        }
        return new PhraseAutomaton(node, dense, asciiClass, outPhrase, outNext, rootAscii, phraseLength, states);
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
        return pack(flatFirst, flatKeys, flatTargets, failure, output, outputLink, lengths);
    }

    private static int step(char[][] keys, int[][] targets, int state, char c) {
        int k = Arrays.binarySearch(keys[state], c);
        return k >= 0 ? targets[state][k] : -1;
    }

    /** The target of the packed state p's transition on c, or -1. Most states have one or two transitions. */
    private int step(int p, char c) {
        int n = node[p + 2];
        int lo = p + 4;
        if (n < DENSE) {
            for (int end = lo + 2 * n; lo < end; lo += 2) {
                if (node[lo] == c) {
                    return node[lo + 1];
                }
            }
            return -1;
        }
        if (c < 128) {
            return dense[node[p + 3] + asciiClass[c]];
        }
        int a = 0;
        int b = n - 1;
        while (a <= b) {
            int mid = (a + b) >>> 1;
            int m = node[lo + 2 * mid];
            if (m < c) {
                a = mid + 1;
            } else if (m > c) {
                b = mid - 1;
            } else {
                return node[lo + 2 * mid + 1];
            }
        }
        return -1;
    }

    /** Every occurrence of every phrase in {@code text}, in order of their end offsets. */
    public List<Hit> search(CharSequence text) {
        Hits hits = new Hits();
        search(text, text.length(), hits);
        List<Hit> list = new ArrayList<>(hits.size);
        for (int k = 0; k < hits.size; k++) {
            list.add(new Hit(hits.phrase[k], hits.start[k], hits.end[k]));
        }
        return list;
    }

    /** Every occurrence of every phrase in {@code text[0, n)}, in order of their end offsets, added to {@code hits}. */
    void search(CharSequence text, int n, Hits hits) {
        int state = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            state = next(state, c);
            for (int o = node[state + 1]; o >= 0; o = outNext[o]) {
                int id = outPhrase[o];
                hits.add(id, i + 1 - phraseLength[id], i + 1);
            }
        }
    }

    /** As {@link #search(CharSequence, int, Hits)} over {@code text[0, n)}. */
    void search(char[] text, int n, Hits hits) {
        int state = 0;
        for (int i = 0; i < n; i++) {
            state = next(state, text[i]);
            for (int o = node[state + 1]; o >= 0; o = outNext[o]) {
                int id = outPhrase[o];
                hits.add(id, i + 1 - phraseLength[id], i + 1);
            }
        }
    }

    /** The state after reading c in state p: its transition, else its failure state's, ..., else the root's. */
    private int next(int p, char c) {
        while (p != 0) {
            int t = step(p, c);
            if (t >= 0) {
                return t;
            }
            p = node[p];
        }
        if (c < 128) {
            return rootAscii[c];
        }
        int t = step(0, c);
        return Math.max(t, 0);
    }

    /** Hits in three parallel arrays, growing as needed: no object per hit. */
    static final class Hits {
        int[] phrase = new int[16];
        int[] start = new int[16];
        int[] end = new int[16];
        int size;

        void add(int id, int from, int to) {
            if (size == phrase.length) {
                phrase = Arrays.copyOf(phrase, size * 2);
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            phrase[size] = id;
            start[size] = from;
            end[size] = to;
            size++;
        }
    }

    /**
     * The automaton's packed tables, as the search walks them (the comments on the fields say what each
     * holds). A compiled catalog stores them, so that loading it builds nothing.
     */
    public record Tables(int[] node, int[] dense, int[] asciiClass, int[] outPhrase, int[] outNext, int[] rootAscii,
                         int[] phraseLength) {
    }

    /** This automaton's tables (copies). */
    public Tables tables() {
        return new Tables(node.clone(), dense.clone(), asciiClass.clone(), outPhrase.clone(), outNext.clone(),
                rootAscii.clone(), phraseLength.clone());
    }

    /**
     * The automaton of {@link #tables()}, which it takes as they are (the caller must not change them
     * afterwards). They are checked for shape in time linear in their size, so that no search can read out
     * of bounds or loop: every state's transitions lie inside the table and lead to states deeper by one,
     * listed once; failure links lead to shallower states and output links to shorter phrases. They are not
     * checked for meaning: they must come from {@link #tables()} of an automaton built from the same phrases.
     *
     * @throws IllegalArgumentException when they are not the tables of an automaton
     */
    public static PhraseAutomaton of(Tables t) {
        // The tables in locals: this runs once when a compiled catalog is loaded, mostly in the interpreter,
        // where each accessor call of the record would cost as much as the check itself.
        int[] node = t.node();
        int[] dense = t.dense();
        int[] asciiClass = t.asciiClass();
        int[] outPhrase = t.outPhrase();
        int[] outNext = t.outNext();
        int[] rootAscii = t.rootAscii();
        int[] phraseLength = t.phraseLength();
        int size = node.length;
        int outputs = outPhrase.length;
        int phrases = phraseLength.length;
        if (size < 4 || asciiClass.length != 128 || rootAscii.length != 128 || outNext.length != outputs) {
            throw new IllegalArgumentException("inconsistent automaton tables");
        }
        int classes = 0;
        for (int c : asciiClass) {
            if (c < 0) {
                throw new IllegalArgumentException("inconsistent automaton tables: ASCII classes");
            }
            classes = Math.max(classes, c + 1);
        }
        // depth[p]: 1 + the depth of the state at offset p, 0 where no state starts. Walking in order, a
        // state's transitions must lead further on (depth-first order), each to a state not reached before.
        int[] depth = new int[size];
        depth[0] = 1;
        int states = 0;
        int reached = 1;
        for (int p = 0; p < size; ) {
            if (p > size - 4 || depth[p] == 0) {
                throw new IllegalArgumentException("inconsistent automaton tables at " + p);
            }
            int n = node[p + 2];
            int end = p + 4 + 2 * n;
            if (n < 0 || n > (size - p - 4) / 2) {
                throw new IllegalArgumentException("inconsistent automaton tables at " + p);
            }
            for (int q = p + 4; q < end; q += 2) {
                int target = node[q + 1];
                if (node[q] < 0 || node[q] > Character.MAX_VALUE || (q > p + 4 && node[q] <= node[q - 2])
                        || target <= p || target >= size || depth[target] != 0) {
                    throw new IllegalArgumentException("inconsistent automaton tables at " + p);
                }
                depth[target] = depth[p] + 1;
                reached++;
            }
            states++;
            p = end;
        }
        if (reached != states) { // a transition into the middle of a state
            throw new IllegalArgumentException("inconsistent automaton tables: transitions");
        }
        for (int p = 0; p < size; p += 4 + 2 * node[p + 2]) {
            int failure = node[p];
            int out = node[p + 1];
            int n = node[p + 2];
            int row = node[p + 3];
            if (failure < 0 || failure >= size || depth[failure] == 0 || (p != 0 && depth[failure] >= depth[p])
                    || out < -1 || out >= outputs || (n >= DENSE && (row < 0 || row > dense.length - classes))) {
                throw new IllegalArgumentException("inconsistent automaton tables at " + p);
            }
        }
        for (int target : dense) {
            if (target != -1 && (target < 0 || target >= size || depth[target] == 0)) {
                throw new IllegalArgumentException("inconsistent automaton tables: dense rows");
            }
        }
        for (int target : rootAscii) {
            if (target < 0 || target >= size || depth[target] == 0) {
                throw new IllegalArgumentException("inconsistent automaton tables: the root's row");
            }
        }
        for (int length : phraseLength) {
            if (length <= 0) {
                throw new IllegalArgumentException("inconsistent automaton tables: phrase lengths");
            }
        }
        for (int o = 0; o < outputs; o++) {
            int next = outNext[o];
            if (outPhrase[o] < 0 || outPhrase[o] >= phrases || next < -1 || next >= outputs
                    || (next >= 0 && (outPhrase[next] < 0 || outPhrase[next] >= phrases
                    || phraseLength[outPhrase[next]] >= phraseLength[outPhrase[o]]))) {
                throw new IllegalArgumentException("inconsistent automaton tables: outputs");
            }
        }
        return new PhraseAutomaton(node, dense, asciiClass, outPhrase, outNext, rootAscii, phraseLength, states);
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
        return states;
    }
}
