package dev.bouncedoc.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compiled form of a catalog's match rules. Each rule belongs to an entry (by index, in precedence
 * order) and holds conditions; a rule holds when all its conditions do, a condition when any of its
 * values is found. {@link #match} finds the best rule: highest score, then longest matched phrases, then
 * lowest entry index. Immutable and thread-safe.
 */
public final class RuleSet {
    /**
     * One value of a condition; {@code part} is its place in an ordered or all group, else -1, and
     * {@code key} marks the group's longest part, without which the group cannot hold.
     */
    private record Value(int condition, int weight, String display, int part, boolean key) {
    }

    private final PhraseAutomaton automaton;
    private final boolean[] keyPhrase; // by automaton phrase id: the key part of some group
    // by automaton phrase id: the entries whose rules hold the phrase in any condition but NOT (a phrase or
    // hint, a group's part), each once; and whether the phrase is short (1 or 2 English words, at most 7
    // characters of Japanese). A rule decided by one such phrase alone is a weak answer (see MatchResult#weak).
    private final int[][] phraseOwners;
    private final boolean[] shortPhrase;
    /** The longest Japanese phrase (in characters, spaces left out) that is short. */
    static final int SHORT_JAPANESE = 7;
    /** The most English words of a short phrase. */
    static final int SHORT_WORDS = 2;
    // The values of every phrase in one array, four ints each (condition, weight, part, key: 1 or 0), phrase id's
    // at [phraseFirst[id], phraseFirst[id + 1]) (in value units), their display forms at the same index: a hit's
    // values are read from a few adjacent ints, not from an object each scattered over the heap.
    private final int[] phraseFirst;
    private final int[] phraseValue;
    private final String[] phraseDisplay;
    // the same values by kind, under the key without its "r:" prefix: a token's keys are looked up without
    // making a string of each (a class form such as 5XX or 5.X.X is a constant)
    // (arrays, not lists: a token's values are read without an iterator)
    private final Map<String, Value[]> statusValues = new HashMap<>();
    // the values of "X.s.d" under each "c.s.d" (c a digit): a token's X form looked up without making it
    private final Map<String, Value[]> statusAnyClassValues = new HashMap<>();
    private final Map<String, Value[]> replyValues = new HashMap<>();
    // hresult, socket, pop3, imap: keyed as the builder's codeValues ("h:0x800CCC0E")
    private final Map<String, Value[]> otherValues = new HashMap<>();
    private static final String[] REPLY_CLASSES = {"0XX", "1XX", "2XX", "3XX", "4XX", "5XX", "6XX", "7XX", "8XX", "9XX"};
    private static final String[] STATUS_CLASSES = {"0.X.X", "1.X.X", "2.X.X", "3.X.X", "4.X.X", "5.X.X", "6.X.X",
            "7.X.X", "8.X.X", "9.X.X"};
    private final Condition[] conditionType;
    private final int[] conditionRule;
    private final int[] conditionParts;   // parts of an ordered or all group, 0 for other conditions
    private final int[] conditionLength;  // total normalised length of a group's parts
    private final String[] conditionDisplay; // a group's parts as written, joined by " … "
    // the same, flat: rule r's conditions at ruleCondition[ruleFirst[r], ruleFirst[r + 1]) (scoring reads them)
    private final int[] ruleFirst;
    private final int[] ruleCondition;
    private final int[] ruleEntry;
    // per rule: its first wording condition that must hold (not a NOT), or -1. Wording is matched before
    // codes, so a code of a rule whose wording was not found cannot make that rule hold and is not followed:
    // "550" or "5.X.X" alone would otherwise touch every rule that names them.
    private final int[] ruleWording;
    private final int[] conditionWording; // ruleWording of the condition's rule, in one look-up

    private final Tables tables; // what this rule set was made from, for a compiled catalog to store

    /**
     * The stored form of a rule set: what {@link Builder} compiles, flat, every array indexed as its name
     * says. Value {@code v} (one value of one condition, found by a phrase or a code) is
     * {@code valueCondition[v]}, {@code valueWeight[v]}, {@code valueDisplay[v]} (as written), its
     * {@code valuePart[v]} in an ordered or all group (else -1) and {@code valueKey[v]} (1 for a group's
     * longest part, else 0). The values found by automaton phrase {@code p} are
     * {@code phraseValues[phraseValueFirst[p]..phraseValueFirst[p+1])}, those of code key
     * {@code codeKeys[k]} (such as {@code r:550}, {@code s:X.7.1}) {@code codeValues[codeValueFirst[k]..
     * codeValueFirst[k+1])}; the entries a phrase decides alone (no NOT) are {@code phraseOwners[
     * phraseOwnerFirst[p]..phraseOwnerFirst[p+1])}, sorted, and {@code shortPhrase[p]} is 1 for a short
     * phrase. Condition {@code c} is of type {@code Condition.values()[conditionType[c]]}, in rule
     * {@code conditionRule[c]}, with {@code conditionParts[c]} parts and {@code conditionLength[c]}
     * normalised characters (groups; else 0) and {@code conditionDisplay[c]} (groups' parts joined; else
     * null); rule {@code r} belongs to entry {@code ruleEntry[r]} and holds conditions {@code ruleConditions[
     * ruleConditionFirst[r]..ruleConditionFirst[r+1])}. A compiled catalog stores it, so that loading it
     * normalises and builds nothing.
     */
    public record Tables(int[] valueCondition, int[] valueWeight, String[] valueDisplay, int[] valuePart,
                         int[] valueKey, int[] phraseValueFirst, int[] phraseValues, String[] codeKeys,
                         int[] codeValueFirst, int[] codeValues, int[] phraseOwnerFirst, int[] phraseOwners,
                         int[] shortPhrase, int[] conditionType, int[] conditionRule, int[] conditionParts,
                         int[] conditionLength, String[] conditionDisplay, int[] ruleConditionFirst,
                         int[] ruleConditions, int[] ruleEntry) {
    }

    private RuleSet(Tables t, PhraseAutomaton automaton) {
        this.tables = t;
        this.automaton = automaton;
        // in locals and loops: this runs at every start, mostly in the interpreter
        int[] valueCondition = t.valueCondition();
        int[] valueWeight = t.valueWeight();
        String[] valueDisplay = t.valueDisplay();
        int[] valuePart = t.valuePart();
        int[] valueKey = t.valueKey();
        int phrases = automaton.phrases();
        this.keyPhrase = new boolean[phrases];
        this.phraseOwners = new int[phrases][];
        this.shortPhrase = new boolean[phrases];
        int[] phraseValueFirst = t.phraseValueFirst();
        int[] phraseValueIds = t.phraseValues();
        int[] ownerFirst = t.phraseOwnerFirst();
        int[] owners = t.phraseOwners();
        int[] shortPhrase = t.shortPhrase();
        // the phrases' values flat, four ints each (the stored tables keep the values apart, by id)
        this.phraseFirst = java.util.Arrays.copyOf(phraseValueFirst, phrases + 1);
        int all = phraseFirst[phrases];
        this.phraseValue = new int[4 * all];
        this.phraseDisplay = new String[all];
        for (int k = 0; k < all; k++) {
            int v = phraseValueIds[k];
            phraseValue[4 * k] = valueCondition[v];
            phraseValue[4 * k + 1] = valueWeight[v];
            phraseValue[4 * k + 2] = valuePart[v];
            phraseValue[4 * k + 3] = valueKey[v];
            phraseDisplay[k] = valueDisplay[v];
        }
        for (int id = 0; id < phrases; id++) {
            for (int k = phraseValueFirst[id]; k < phraseValueFirst[id + 1]; k++) {
                keyPhrase[id] |= valueKey[phraseValueIds[k]] != 0;
            }
            phraseOwners[id] = java.util.Arrays.copyOfRange(owners, ownerFirst[id], ownerFirst[id + 1]);
            this.shortPhrase[id] = shortPhrase[id] != 0;
        }
        String[] codeKeys = t.codeKeys();
        int[] codeValueFirst = t.codeValueFirst();
        int[] codeValueIds = t.codeValues();
        // a loop, not a lambda: the first lambda of a fresh JVM costs more than this whole constructor
        for (int c = 0; c < codeKeys.length; c++) {
            String key = codeKeys[c];
            Value[] list = new Value[codeValueFirst[c + 1] - codeValueFirst[c]];
            for (int i = 0; i < list.length; i++) {
                int v = codeValueIds[codeValueFirst[c] + i];
                list[i] = new Value(valueCondition[v], valueWeight[v], valueDisplay[v], valuePart[v], valueKey[v] != 0);
            }
            switch (key.charAt(0)) {
                case 's':
                    statusValues.put(key.substring(2), list);
                    if (key.startsWith("s:X.")) {
                        for (char d = '0'; d <= '9'; d++) {
                            statusAnyClassValues.put(String.valueOf(d).concat(key.substring(3)), list);
                        }
                    }
                    break;
                case 'r': replyValues.put(key.substring(2), list); break;
                default: otherValues.put(key, list);
            }
        }
        Condition[] types = Condition.values();
        int[] conditionTypes = t.conditionType();
        this.conditionType = new Condition[conditionTypes.length];
        for (int c = 0; c < conditionTypes.length; c++) {
            conditionType[c] = types[conditionTypes[c]];
        }
        this.conditionRule = t.conditionRule();
        this.conditionParts = t.conditionParts();
        this.conditionLength = t.conditionLength();
        this.conditionDisplay = t.conditionDisplay();
        this.ruleEntry = t.ruleEntry();
        int[] ruleConditionFirst = t.ruleConditionFirst();
        this.ruleFirst = ruleConditionFirst; // the stored tables hold them flat already
        this.ruleCondition = t.ruleConditions();
        this.ruleWording = new int[ruleEntry.length];
        for (int r = 0; r < ruleEntry.length; r++) {
            ruleWording[r] = -1;
            for (int q = ruleFirst[r], qEnd = ruleFirst[r + 1]; q < qEnd; q++) {
                int c = ruleCondition[q];
                if (conditionType[c].isText() && conditionType[c] != Condition.NOT) {
                    ruleWording[r] = c;
                    break;
                }
            }
        }
        this.conditionWording = new int[conditionRule.length];
        for (int c = 0; c < conditionWording.length; c++) {
            conditionWording[c] = ruleWording[conditionRule[c]];
        }
    }

    /** This rule set's stored form, as {@link Builder} compiled it (the arrays themselves: do not change them). */
    public Tables tables() {
        return tables;
    }

    /**
     * The rule set of {@link #tables()} with its automaton, for a catalog of {@code entries} entries: the
     * tables are taken as they are and checked for shape (every index in range, every value where its
     * condition's type belongs), not for meaning: they must come from {@link #tables()} of a rule set
     * built from the same rules.
     *
     * @throws IllegalArgumentException when they are not the tables of a rule set over this automaton
     */
    public static RuleSet of(Tables t, PhraseAutomaton automaton, int entries) {
        int values = t.valueCondition().length;
        int conditions = t.conditionType().length;
        int rules = t.ruleEntry().length;
        int phrases = automaton.phrases();
        if (t.valueWeight().length != values || t.valueDisplay().length != values || t.valuePart().length != values
                || t.valueKey().length != values || t.conditionRule().length != conditions
                || t.conditionParts().length != conditions || t.conditionLength().length != conditions
                || t.conditionDisplay().length != conditions || t.shortPhrase().length != phrases
                || t.codeValueFirst().length != t.codeKeys().length + 1) {
            throw new IllegalArgumentException("inconsistent rule tables");
        }
        Condition[] types = Condition.values();
        int[] conditionType = t.conditionType();
        int[] conditionParts = t.conditionParts();
        int[] conditionRule = t.conditionRule();
        for (int c = 0; c < conditions; c++) {
            if (conditionType[c] < 0 || conditionType[c] >= types.length || conditionRule[c] < 0
                    || conditionRule[c] >= rules || conditionParts[c] < 0 || conditionParts[c] > Builder.MAX_PARTS
                    || (types[conditionType[c]].isGroup() != (conditionParts[c] > 0))) {
                throw new IllegalArgumentException("inconsistent rule tables: condition " + c);
            }
        }
        int[] valueCondition = t.valueCondition();
        int[] valuePart = t.valuePart();
        String[] valueDisplay = t.valueDisplay();
        for (int v = 0; v < values; v++) {
            int c = valueCondition[v];
            if (c < 0 || c >= conditions || valueDisplay[v] == null || valuePart[v] < -1
                    || valuePart[v] >= Math.max(conditionParts[c], 1) || (valuePart[v] >= 0) != (conditionParts[c] > 0)) {
                throw new IllegalArgumentException("inconsistent rule tables: value " + v);
            }
        }
        checkRanges(t.phraseValueFirst(), t.phraseValues(), phrases, values, "phrase values");
        for (int v : t.phraseValues()) {
            if (!types[conditionType[valueCondition[v]]].isText()) {
                throw new IllegalArgumentException("inconsistent rule tables: a code among the phrases");
            }
        }
        checkRanges(t.codeValueFirst(), t.codeValues(), t.codeKeys().length, values, "code values");
        for (int v : t.codeValues()) {
            if (types[conditionType[valueCondition[v]]].isText()) {
                throw new IllegalArgumentException("inconsistent rule tables: a phrase among the codes");
            }
        }
        for (String key : t.codeKeys()) {
            if (key == null || key.length() < 3 || key.charAt(1) != ':' || "srhkpi".indexOf(key.charAt(0)) < 0) {
                throw new IllegalArgumentException("inconsistent rule tables: code key " + key);
            }
        }
        checkRanges(t.phraseOwnerFirst(), t.phraseOwners(), phrases, entries, "owners");
        checkRanges(t.ruleConditionFirst(), t.ruleConditions(), rules, conditions, "rule conditions");
        for (int e : t.ruleEntry()) {
            if (e < 0 || e >= entries) {
                throw new IllegalArgumentException("inconsistent rule tables: entry " + e);
            }
        }
        return new RuleSet(t, automaton);
    }

    /** {@code first} has n + 1 ascending offsets from 0 to the end of {@code ids}, each id in [0, bound). */
    private static void checkRanges(int[] first, int[] ids, int n, int bound, String what) {
        if (first.length != n + 1 || first[0] != 0 || first[n] != ids.length) {
            throw new IllegalArgumentException("inconsistent rule tables: " + what);
        }
        for (int i = 0; i < n; i++) {
            if (first[i] > first[i + 1]) {
                throw new IllegalArgumentException("inconsistent rule tables: " + what);
            }
        }
        for (int id : ids) {
            if (id < 0 || id >= bound) {
                throw new IllegalArgumentException("inconsistent rule tables: " + what);
            }
        }
    }

    /**
     * The numbers of a list, in a loop: a catalog's rules are built at every start, mostly in the
     * interpreter, where a stream per rule cost more than the rest of the rule.
     */
    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The automaton of every phrase of the rules. */
    public PhraseAutomaton automaton() {
        return automaton;
    }

    /** The entry a rule belongs to. */
    public int entryOf(int rule) {
        return ruleEntry[rule];
    }

    public int ruleCount() {
        return ruleEntry.length;
    }

    /** Diagnoses one text. Never throws for any input text. */
    public MatchResult match(CharSequence input) {
        return match(input, null);
    }

    /**
     * Diagnoses one text, leaving out the entries marked in {@code excluded} (indexed by entry; null for
     * none): a bounce's diagnostic text is never about the reader's own mail program, for instance.
     */
    public MatchResult match(CharSequence input, boolean[] excluded) {
        return match(input, excluded, TextNormalizer.MAX_INPUT_CHARS);
    }

    /** As {@link #match(CharSequence, boolean[])}, reading at most {@code maxChars} characters. */
    public MatchResult match(CharSequence input, boolean[] excluded, int maxChars) {
        NormalizedText normalized = TextNormalizer.normalize(input, maxChars);
        String text = normalized.text();
        List<Token> tokens = CodeScanner.scan(text, normalized.chars);

        PhraseAutomaton.Hits hits = new PhraseAutomaton.Hits();
        if (normalized.chars != null) {
            automaton.search(normalized.chars, text.length(), hits);
        } else {
            automaton.search(text, text.length(), hits);
        }
        // Only the conditions the input touches get a slot: per-call arrays indexed by condition would cost
        // as much as the catalog is large (benchmarks/CatalogSizeBenchmark), whatever the input. Sized by the
        // hits' values (at most one slot each, besides the codes'): a reply line touches about 19 conditions, a
        // short Japanese line about 6, and growing the table costs more than a larger one made at once.
        int touched = 0;
        for (int h = 0; h < hits.size; h++) {
            touched += phraseFirst[hits.phrase[h] + 1] - phraseFirst[hits.phrase[h]];
        }
        Slots slots = new Slots(touched > 12 ? 32 : 16);
        // A group can only hold when its key part (its longest, so its rarest) occurs: groups whose key part
        // is absent are not followed at all, so short parts such as "user" or "<" cost nothing on most input.
        Slots possible = null;
        for (int h = 0; h < hits.size; h++) {
            int id = hits.phrase[h];
            if (keyPhrase[id] && atWordEdges(text, hits.start[h], hits.end[h])) {
                for (int k = 4 * phraseFirst[id], to = 4 * phraseFirst[id + 1]; k < to; k += 4) {
                    if (phraseValue[k + 3] != 0) {
                        if (possible == null) {
                            possible = new Slots(8);
                        }
                        possible.mark(phraseValue[k]);
                    }
                }
            }
        }
        int[] sentence = null; // computed once, on the first hit of a group's part
        for (int h = 0; h < hits.size; h++) {
            int hitStart = hits.start[h];
            int hitEnd = hits.end[h];
            if (!atWordEdges(text, hitStart, hitEnd)) {
                continue;
            }
            int id = hits.phrase[h];
            int length = hitEnd - hitStart;
            for (int k = phraseFirst[id], to = phraseFirst[id + 1]; k < to; k++) {
                int condition = phraseValue[4 * k];
                int weight = phraseValue[4 * k + 1];
                int part = phraseValue[4 * k + 2];
                if (part >= 0 && (possible == null || !possible.contains(condition))) {
                    continue;
                }
                Condition type = conditionType[condition];
                if (type == Condition.NOT) {
                    slots.slot(condition, false).ruledOut = true;
                    continue;
                }
                if (type.isGroup()) {
                    GroupSlot slot = (GroupSlot) slots.slot(condition, true);
                    if (sentence == null) {
                        sentence = Sentences.index(text);
                    }
                    if (advance(slot, type, condition, part, hitStart, hitEnd, sentence)) {
                        slot.weight = weight;
                        slot.phraseLength = conditionLength[condition];
                        slot.found(type, conditionDisplay[condition], slot.firstStart, hitEnd);
                    }
                    continue;
                }
                Slot slot = slots.slot(condition, false);
                if (weight > slot.weight || weight == slot.weight && length > slot.phraseLength) {
                    slot.weight = weight;
                    slot.phraseLength = length;
                    slot.found(type, phraseDisplay[k], hitStart, hitEnd);
                    slot.phrase = id;
                }
            }
        }
        for (Token token : tokens) {
            String value = token.value();
            switch (token.kind()) {
                case STATUS: {
                    // d.s.d, as the scanner writes it
                    follow(statusValues.get(value), token, slots);
                    if (!value.startsWith("2.")) { // X.s.d and class forms stand for failures: class 4 or 5 only
                        int dot = value.indexOf('.');
                        follow(dot == 1 ? statusAnyClassValues.get(value) : statusValues.get("X" + value.substring(dot)),
                                token, slots);
                        follow(statusValues.get(dot == 1 ? STATUS_CLASSES[value.charAt(0) - '0']
                                : value.substring(0, dot) + ".X.X"), token, slots);
                    }
                    break;
                }
                case REPLY:
                    follow(replyValues.get(value), token, slots);
                    follow(replyValues.get(REPLY_CLASSES[value.charAt(0) - '0']), token, slots);
                    break;
                case HRESULT:
                    follow(otherValues.get("h:" + value), token, slots);
                    break;
                case SOCKET:
                    follow(otherValues.get("k:" + value), token, slots);
                    break;
                case POP3:
                    follow(otherValues.get("p:" + value), token, slots);
                    break;
                case POP3_ERR:
                    follow(otherValues.get("p:ERR"), token, slots);
                    break;
                case IMAP:
                    follow(otherValues.get("i:" + value), token, slots);
                    break;
                default:
                    break;
            }
        }

        int bestRule = -1;
        int bestScore = 0;
        int bestLength = 0;
        int[] held = new int[24]; // (entry, score, rule) of every rule that holds, for the runner-up
        int heldCount = 0;
        for (int t = 0; t < slots.size; t++) {
            int rule = conditionRule[slots.keys[t]];
            if (excluded != null && ruleEntry[rule] < excluded.length && excluded[ruleEntry[rule]]) {
                continue;
            }
            int score = 0;
            int length = 0;
            boolean holds = true;
            for (int q = ruleFirst[rule], to = ruleFirst[rule + 1]; q < to; q++) {
                int c = ruleCondition[q];
                Slot slot = slots.get(c);
                if (conditionType[c] == Condition.NOT) {
                    if (slot != null && slot.ruledOut) {
                        holds = false;
                        break;
                    }
                    continue;
                }
                if (slot == null || slot.weight == 0) {
                    holds = false;
                    break;
                }
                score += slot.weight;
                length += slot.phraseLength;
            }
            if (!holds) {
                continue;
            }
            if (heldCount == held.length) {
                held = java.util.Arrays.copyOf(held, heldCount * 2);
            }
            held[heldCount++] = ruleEntry[rule];
            held[heldCount++] = score;
            held[heldCount++] = rule;
            if (bestRule < 0 || score > bestScore || score == bestScore && (length > bestLength
                    || length == bestLength && ruleEntry[rule] < ruleEntry[bestRule])) {
                bestRule = rule;
                bestScore = score;
                bestLength = length;
            }
        }

        Found[] evidence = new Found[bestRule >= 0 ? ruleFirst[bestRule + 1] - ruleFirst[bestRule] : 0];
        int evidenceCount = 0;
        int runnerUp = 0;
        if (bestRule >= 0) {
            for (int q = ruleFirst[bestRule], qEnd = ruleFirst[bestRule + 1]; q < qEnd; q++) {
                int c = ruleCondition[q];
                if (conditionType[c] != Condition.NOT) {
                    Slot slot = slots.get(c);
                    Found f = found(normalized, input, slot.foundType, slot.foundValue, slot.foundStart, slot.foundEnd);
                    int k = evidenceCount++;
                    while (k > 0 && evidence[k - 1].start() > f.start()) { // by start, stable: a rule has a few
                        evidence[k] = evidence[k - 1];
                        k--;
                    }
                    evidence[k] = f;
                }
            }
            for (int k = 0; k < heldCount; k += 3) {
                if (held[k] != ruleEntry[bestRule]) {
                    runnerUp = Math.max(runnerUp, held[k + 1]);
                }
            }
        }
        List<Found> codes = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            codes.add(found(normalized, input, null, token.value(), token.start(), token.end(), token.kind()));
        }
        return new MatchResult(bestRule < 0 ? -1 : ruleEntry[bestRule], bestRule, bestScore, runnerUp,
                bestRule >= 0 && (weak(bestRule, slots, excluded) && !corroborated(bestRule, held, heldCount, slots)
                        || codesAmidWords(bestRule, text)),
                List.of(java.util.Arrays.copyOf(evidence, evidenceCount)), List.copyOf(codes), normalized.truncated(),
                normalized.text());
    }

    /**
     * Whether a rule that holds rests on one phrase alone (no other condition but {@code not}) that is short or
     * that the catalog also gives to another entry (not left out): the words alone do not tell the entries apart.
     */
    private boolean weak(int rule, Slots slots, boolean[] excluded) {
        int phrase = -1;
        boolean hint = false;
        for (int q = ruleFirst[rule], qEnd = ruleFirst[rule + 1]; q < qEnd; q++) {
            int c = ruleCondition[q];
            if (conditionType[c] == Condition.NOT) {
                continue;
            }
            if (conditionType[c] == Condition.HINT) {
                // a short hint ("smtp", "required") is generic wording that does not tell a short phrase's entries
                // apart; a longer one (a program's own frame, "occurred while sending mail") says where it is
                if (!shortPhrase[slots.get(c).phrase]) {
                    return false;
                }
                hint = true;
                continue;
            }
            if (conditionType[c] != Condition.PHRASE || phrase >= 0) {
                return false;
            }
            phrase = slots.get(c).phrase;
        }
        if (phrase < 0) {
            return false;
        }
        if (shortPhrase[phrase]) {
            return true;
        }
        if (hint) {
            return false; // a longer phrase another entry shares: the hint beside it chose between them
        }
        for (int owner : phraseOwners[phrase]) {
            if (owner != ruleEntry[rule] && (excluded == null || owner >= excluded.length || !excluded[owner])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a rule that holds on reply or status codes alone (no wording, no other kind of code) decides a text
     * with words beside the codes: the server said why in words the catalog does not know, and the code's class
     * meaning is only a guess at them ("550 sender IP address … is locally blacklisted here" is not an unknown
     * mailbox). On the first looks at real servers' replies and unseen programs such answers were wrong 62 times
     * in 156 (src/test/resources/client-errors/README.md, "Confidence audit"); a bare code ({@code 550 5.1.1},
     * "SMTP error 550") stays sure.
     */
    private boolean codesAmidWords(int rule, String text) {
        boolean codes = false;
        for (int q = ruleFirst[rule], qEnd = ruleFirst[rule + 1]; q < qEnd; q++) {
            int c = ruleCondition[q];
            Condition type = conditionType[c];
            if (type == Condition.NOT || type == Condition.HINT) {
                continue; // a hint is generic wording ("TLS", a program's "error while sending"): not the cause
            }
            if (type != Condition.STATUS && type != Condition.REPLY) {
                return false;
            }
            codes = true;
        }
        if (!codes) {
            return false;
        }
        int letters = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char ch = text.charAt(i);
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= '\u3040') {
                if (++letters >= WORDS_BESIDE_CODES) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Letters beside the codes from which a codes-only answer is a guess: about three words. */
    static final int WORDS_BESIDE_CODES = 16;

    /**
     * Whether another rule of the winning rule's entry holds on a specific code (weight 15 or more: an exact reply
     * or status code, an HRESULT, a socket error, a POP3 or IMAP response code; not a class such as 5XX): evidence
     * independent of the words for the same entry ({@code 550 5.1.1 user unknown}: the status code says what the
     * short phrase says). A group of the same entry is not counted: its parts are often the phrase's own words.
     */
    private boolean corroborated(int rule, int[] held, int heldCount, Slots slots) {
        for (int k = 0; k < heldCount; k += 3) {
            int other = held[k + 2];
            if (held[k] == ruleEntry[rule] && other != rule) {
                for (int q = ruleFirst[other], qEnd = ruleFirst[other + 1]; q < qEnd; q++) {
                    int c = ruleCondition[q];
                    Slot slot = conditionType[c].isText() ? null : slots.get(c);
                    if (slot != null && slot.weight >= CORROBORATING_CODE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The least weight of a code that corroborates a weak phrase: an exact reply code (15) or more. */
    static final int CORROBORATING_CODE = 15;

    /** Whether a normalised phrase is short: at most 2 English words, or at most 7 characters with Japanese. */
    static boolean isShort(String phrase) {
        int chars = 0;
        int words = 0;
        boolean japanese = false;
        boolean inWord = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == ' ') {
                inWord = false;
                continue;
            }
            chars++;
            japanese |= c >= 0x3000;
            if (!inWord) {
                words++;
                inWord = true;
            }
        }
        return japanese ? chars <= SHORT_JAPANESE : words <= SHORT_WORDS;
    }

    /** What the input shows of one condition: the best weight, its phrase's length, and where. */
    private static class Slot {
        int weight;
        int phraseLength;
        // where the best value was found, in the normalised text: made into a Found only for the best rule
        Condition foundType;
        String foundValue;
        int foundStart;
        int foundEnd;
        boolean ruledOut;     // a NOT value was found
        int phrase = -1;      // a phrase: the automaton id of the value found

        void found(Condition type, String value, int start, int end) {
            foundType = type;
            foundValue = value;
            foundStart = start;
            foundEnd = end;
        }
    }

    /** A group's slot, with its progress (most touched conditions are phrases and codes, with no progress). */
    private static final class GroupSlot extends Slot {
        int sentence = -1;    // the sentence its progress is in
        int next;             // ordered: the part looked for next; all: unused
        int lastEnd;          // ordered: where the last part found ends
        long seen;            // all: the parts found, one bit each
        int firstStart;       // where its first part found starts
    }

    /**
     * Feeds one hit of a group's part to the group's progress; true when it completes the group. Hits come
     * in order of their end offsets, so sentences only move forward and, for {@code ordered}, taking the
     * first fitting hit of each part in turn finds the parts whenever they occur in order (the earliest end
     * leaves the most room for the rest). A part must lie within one sentence.
     */
    private boolean advance(GroupSlot slot, Condition type, int condition, int part, int hitStart, int hitEnd,
                            int[] sentence) {
        if (slot.weight > 0) {
            return false; // already complete: the first completion stands
        }
        int s = sentence[hitStart];
        if (sentence[hitEnd - 1] != s) {
            return false;
        }
        if (s != slot.sentence) {
            slot.sentence = s;
            slot.next = 0;
            slot.lastEnd = 0;
            slot.seen = 0;
        }
        if (type == Condition.ORDERED) {
            if (part != slot.next || hitStart < slot.lastEnd) {
                return false;
            }
            if (slot.next == 0) {
                slot.firstStart = hitStart;
            }
            slot.next++;
            slot.lastEnd = hitEnd;
            return slot.next == conditionParts[condition];
        }
        if (slot.seen == 0 || hitStart < slot.firstStart) {
            slot.firstStart = hitStart;
        }
        slot.seen |= 1L << part;
        return slot.seen == (1L << conditionParts[condition]) - 1;
    }

    /**
     * The slots of the conditions one input touches, by condition index: an open-addressing table with the
     * keys also kept in insertion order (so scoring visits them in the order they were first touched).
     */
    private static final class Slots {
        int[] keys;     // in insertion order
        int size;
        int[] table;    // 1 + index into keys; 0 = empty
        Slot[] values;
        // one bit per key, picked by the top bits of its hash: most look-ups are of conditions the input did not
        // touch (a code's conditions whose rules' wording is absent, a rule's missing condition), and a clear bit
        // answers them without reading the table
        long filter;

        /** Room for {@code capacity} conditions (a power of two) before growing. */
        Slots(int capacity) {
            keys = new int[capacity];
            table = new int[2 * capacity];
            values = new Slot[capacity];
        }

        Slot get(int condition) {
            int k = find(condition);
            return k < 0 ? null : values[k];
        }

        /** Where the condition is in keys, or -1. */
        private int find(int condition) {
            int h = hash(condition);
            if ((filter & 1L << (h >>> 26)) == 0) {
                return -1;
            }
            int mask = table.length - 1;
            for (int i = h & mask; table[i] != 0; i = (i + 1) & mask) {
                if (keys[table[i] - 1] == condition) {
                    return table[i] - 1;
                }
            }
            return -1;
        }

        /** Whether the condition was marked or has a slot. */
        boolean contains(int condition) {
            return find(condition) >= 0;
        }

        /** Records a condition without a slot (a set of conditions: no object per condition). */
        void mark(int condition) {
            if (find(condition) < 0) {
                add(condition, null);
            }
        }

        /**
         * The slot of a condition, made empty when it has none yet (not for a table of marks); {@code group}: the
         * condition is an ordered or all group (a condition is always one or the other).
         */
        Slot slot(int condition, boolean group) {
            Slot slot = get(condition);
            if (slot != null) {
                return slot;
            }
            slot = group ? new GroupSlot() : new Slot();
            add(condition, slot);
            return slot;
        }

        private void add(int condition, Slot slot) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
                table = new int[table.length * 2];
                for (int k = 0; k < size; k++) {
                    put(k);
                }
            }
            keys[size] = condition;
            values[size] = slot;
            put(size++);
        }

        private void put(int index) {
            int mask = table.length - 1;
            int h = hash(keys[index]);
            filter |= 1L << (h >>> 26);
            int i = h & mask;
            while (table[i] != 0) {
                i = (i + 1) & mask;
            }
            table[i] = index + 1;
        }

        private static int hash(int key) {
            int h = key * 0x9E3779B1;
            return h ^ (h >>> 16);
        }
    }

    private static Found found(NormalizedText normalized, CharSequence input, Condition type, String value,
                               int start, int end) {
        return found(normalized, input, type, value, start, end, null);
    }

    private static Found found(NormalizedText normalized, CharSequence input, Condition type, String value,
                               int start, int end, Token.Kind kind) {
        int from = normalized.originalStart(start);
        int to = Math.max(from, normalized.originalEnd(end));
        return new Found(type, kind, value, from, to, input.subSequence(from, to).toString());
    }

    /** Records a code token for the conditions that name it (null: none). */
    private void follow(Value[] values, Token token, Slots slots) {
        if (values == null) {
            return;
        }
        for (Value v : values) {
            int wording = conditionWording[v.condition];
            if (wording >= 0 && slots.get(wording) == null) {
                continue;
            }
            Slot slot = slots.slot(v.condition, false);
            if (v.weight > slot.weight) {
                slot.weight = v.weight;
                slot.found(conditionType[v.condition], v.display, token.start(), token.end());
            }
        }
    }

    private static boolean atWordEdges(String text, int start, int end) {
        if (CodeScanner.isAlnum(text.charAt(start)) && start > 0 && CodeScanner.isAlnum(text.charAt(start - 1))) {
            return false;
        }
        return !(CodeScanner.isAlnum(text.charAt(end - 1)) && end < text.length()
                && CodeScanner.isAlnum(text.charAt(end)));
    }

    /** Collects rules, then compiles them; rules are added entry by entry in precedence order. */
    public static final class Builder {
        /** The most parts an {@code ordered} or {@code all} group may have. */
        public static final int MAX_PARTS = 16;

        private final List<String> phrases = new ArrayList<>();
        private final Map<String, Integer> phraseIds = new HashMap<>();
        private final List<List<Value>> phraseValues = new ArrayList<>();
        private final Map<String, List<Value>> codeValues = new LinkedHashMap<>();
        private final List<Condition> conditionType = new ArrayList<>();
        private final List<Integer> conditionRule = new ArrayList<>();
        private final List<Integer> conditionParts = new ArrayList<>();
        private final List<Integer> conditionLength = new ArrayList<>();
        private final List<String> conditionDisplay = new ArrayList<>();
        private final List<List<Integer>> ruleConditions = new ArrayList<>();
        private final List<Integer> ruleEntry = new ArrayList<>();

        private Builder() {
        }

        /** Starts a rule of entry {@code entry} and returns its index. */
        public int rule(int entry) {
            ruleConditions.add(new ArrayList<>());
            ruleEntry.add(entry);
            return ruleEntry.size() - 1;
        }

        /**
         * Adds a condition to a rule. Values must be well formed ({@link Condition#weight} not -1) and
         * phrases non-empty after normalisation; the catalog loader checks both and reports where. For
         * {@code ordered} and {@code all} the values are the parts of one group (at most
         * {@link #MAX_PARTS}, distinct for {@code all}).
         */
        public void condition(int rule, Condition type, List<String> values) {
            List<String> normalized = null;
            if (type.isText()) {
                normalized = new ArrayList<>(values.size());
                for (String raw : values) {
                    normalized.add(TextNormalizer.normalizePhrase(raw));
                }
            }
            condition(rule, type, values, normalized);
        }

        /**
         * As {@link #condition(int, Condition, List)}, with the values' normalised forms given: for wording,
         * {@code normalized.get(i)} must be {@code TextNormalizer.normalizePhrase(values.get(i))} (a compiled
         * catalog stores them so that loading it normalises nothing); null for codes.
         */
        public void condition(int rule, Condition type, List<String> values, List<String> normalized) {
            if (type.isText() && (normalized == null || normalized.size() != values.size())) {
                throw new IllegalArgumentException("one normalised phrase per value: " + values);
            }
            if (type.isGroup() && (values.isEmpty() || values.size() > MAX_PARTS)) {
                throw new IllegalArgumentException("a group has 1 to " + MAX_PARTS + " parts: " + values);
            }
            int condition = conditionType.size();
            conditionType.add(type);
            conditionRule.add(rule);
            ruleConditions.get(rule).add(condition);
            conditionParts.add(type.isGroup() ? values.size() : 0);
            conditionDisplay.add(type.isGroup() ? String.join(" … ", values) : null);
            int groupLength = 0;
            int keyPart = -1;
            if (type.isGroup()) {
                int longest = -1;
                for (int i = 0; i < values.size(); i++) {
                    int length = normalized.get(i).length();
                    if (length > longest) {
                        longest = length;
                        keyPart = i;
                    }
                }
            }
            for (int i = 0; i < values.size(); i++) {
                String raw = values.get(i);
                int weight = type.weight(raw);
                if (weight < 0) {
                    throw new IllegalArgumentException("not a " + type + " value: " + raw);
                }
                Value value = new Value(condition, weight, raw, type.isGroup() ? i : -1, i == keyPart);
                if (type.isText()) {
                    String phrase = normalized.get(i);
                    if (phrase.isEmpty()) {
                        throw new IllegalArgumentException("empty phrase");
                    }
                    Integer id = phraseIds.get(phrase);
                    if (id == null) {
                        id = phrases.size();
                        phrases.add(phrase);
                        phraseIds.put(phrase, id);
                        phraseValues.add(new ArrayList<>());
                    }
                    phraseValues.get(id).add(value);
                    groupLength += phrase.length();
                } else {
                    codeValues.computeIfAbsent(key(type, raw), k -> new ArrayList<>()).add(value);
                }
            }
            conditionLength.add(type.isGroup() ? groupLength : 0);
        }

        private static String key(Condition type, String raw) {
            switch (type) {
                case STATUS: return "s:" + raw.toUpperCase(Locale.ROOT);
                case REPLY: return "r:" + raw.toUpperCase(Locale.ROOT);
                case HRESULT: return "h:" + CodeSyntax.canonicalHresult(raw);
                case SOCKET: return "k:" + Integer.parseInt(raw.trim());
                case POP3: return "p:" + raw;
                case IMAP: return "i:" + raw;
                default: throw new AssertionError(type);
            }
        }

        public RuleSet build() {
            return new RuleSet(tables(), PhraseAutomaton.build(phrases));
        }

        /** These rules, flat (see {@link Tables}). */
        private Tables tables() {
            List<Value> values = new ArrayList<>();
            int phraseCount = phrases.size();
            int[] phraseValueFirst = new int[phraseCount + 1];
            List<Integer> phraseValueIds = new ArrayList<>();
            for (int id = 0; id < phraseCount; id++) {
                for (Value v : phraseValues.get(id)) {
                    phraseValueIds.add(values.size());
                    values.add(v);
                }
                phraseValueFirst[id + 1] = phraseValueIds.size();
            }
            String[] codeKeys = codeValues.keySet().toArray(new String[0]);
            int[] codeValueFirst = new int[codeKeys.length + 1];
            List<Integer> codeValueIds = new ArrayList<>();
            for (int k = 0; k < codeKeys.length; k++) {
                for (Value v : codeValues.get(codeKeys[k])) {
                    codeValueIds.add(values.size());
                    values.add(v);
                }
                codeValueFirst[k + 1] = codeValueIds.size();
            }
            int[] valueCondition = new int[values.size()];
            int[] valueWeight = new int[values.size()];
            String[] valueDisplay = new String[values.size()];
            int[] valuePart = new int[values.size()];
            int[] valueKey = new int[values.size()];
            for (int v = 0; v < valueCondition.length; v++) {
                Value value = values.get(v);
                valueCondition[v] = value.condition;
                valueWeight[v] = value.weight;
                valueDisplay[v] = value.display;
                valuePart[v] = value.part;
                valueKey[v] = value.key ? 1 : 0;
            }
            // by phrase: the entries whose rules hold it in any condition but NOT, sorted, each once
            int[] ownerFirst = new int[phraseCount + 1];
            List<Integer> owners = new ArrayList<>();
            int[] shortPhrase = new int[phraseCount];
            for (int id = 0; id < phraseCount; id++) {
                java.util.TreeSet<Integer> mine = new java.util.TreeSet<>();
                for (Value v : phraseValues.get(id)) {
                    if (conditionType.get(v.condition) != Condition.NOT) {
                        mine.add(ruleEntry.get(conditionRule.get(v.condition)));
                    }
                }
                owners.addAll(mine);
                ownerFirst[id + 1] = owners.size();
                shortPhrase[id] = isShort(phrases.get(id)) ? 1 : 0;
            }
            int[] types = new int[conditionType.size()];
            for (int c = 0; c < types.length; c++) {
                types[c] = conditionType.get(c).ordinal();
            }
            int[] ruleConditionFirst = new int[ruleConditions.size() + 1];
            List<Integer> conditionIds = new ArrayList<>();
            for (int r = 0; r < ruleConditions.size(); r++) {
                conditionIds.addAll(ruleConditions.get(r));
                ruleConditionFirst[r + 1] = conditionIds.size();
            }
            return new Tables(valueCondition, valueWeight, valueDisplay, valuePart, valueKey, phraseValueFirst,
                    ints(phraseValueIds), codeKeys, codeValueFirst, ints(codeValueIds), ownerFirst, ints(owners),
                    shortPhrase, types, ints(conditionRule), ints(conditionParts), ints(conditionLength),
                    conditionDisplay.toArray(new String[0]), ruleConditionFirst, ints(conditionIds), ints(ruleEntry));
        }

        /**
         * As {@link #build()}, with the automaton of these rules' phrases already built (by the
         * {@link RuleSet#automaton()} of a rule set built from the same rules in the same order): a compiled
         * catalog stores it.
         *
         * @throws IllegalArgumentException when its phrases are not these rules' phrases
         */
        public RuleSet build(PhraseAutomaton automaton) {
            if (automaton.phrases() != phrases.size()) {
                throw new IllegalArgumentException("the automaton has other phrases");
            }
            for (int id = 0; id < phrases.size(); id++) {
                if (automaton.phraseLength(id) != phrases.get(id).length()) {
                    throw new IllegalArgumentException("the automaton has other phrases");
                }
            }
            return new RuleSet(tables(), automaton);
        }
    }
}
