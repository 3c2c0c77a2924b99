package dev.bouncedoc.catalog;

import com.ibm.icu.text.MessageFormat;
import dev.bouncedoc.match.Condition;
import dev.bouncedoc.match.RuleSet;
import dev.bouncedoc.match.Sentences;
import dev.bouncedoc.match.TextNormalizer;
import dev.bouncedoc.vocabulary.EntryKind;
import dev.bouncedoc.vocabulary.Retry;
import dev.bouncedoc.vocabulary.WhoActs;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a catalog (catalog/README.md), checks every rule of the format, and compiles its match rules.
 * All problems of a load are reported together, each with file, line and field.
 */
public final class CatalogLoader {
    public static final int FORMAT = 1;
    public static final String MANIFEST = "catalog.yaml";
    /** The most characters one catalog file may have (the largest bundled file has about 420,000). */
    public static final int MAX_FILE_CHARS = 4 * 1024 * 1024;
    /** The most entry files a manifest may list. */
    public static final int MAX_FILES = 100;
    /** The fewest letters or digits an overlay's phrase (or an ordered / all group together) may have. */
    public static final int MIN_PHRASE_LETTERS = 3;

    static final List<String> KINDS = List.of("client", "delivery", "notice", "status");
    static final List<String> WHO_ACTS = List.of("sender", "sender-admin", "recipient", "recipient-admin", "nobody",
            "user", "user-provider");
    static final List<String> RETRY = List.of("never", "later", "after-fixing", "not-needed");
    /** The Sisimai reason vocabulary (../shared/reference/sisimai-reasons.tsv; Sisimai 5 and go-sisimai). */
    static final Set<String> REASONS = Set.of("authfailure", "badreputation", "blocked", "contenterror",
            "delivered", "exceedlimit", "expired", "failedstarttls", "feedback", "filtered", "hasmoved",
            "hostunknown", "mailboxfull", "mailererror", "mesgtoobig", "networkerror", "norelaying", "notaccept",
            "notcompliantrfc", "onhold", "policyviolation", "rejected", "requireptr", "securityerror",
            "spamdetected", "speeding", "suppressed", "suspend", "syntaxerror", "systemerror", "systemfull",
            "toomanyconn", "undefined", "userunknown", "vacation", "virusdetected");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+|unknown");
    private static final List<String> MANIFEST_FIELDS =
            List.of("format", "name", "version", "languages", "placeholders", "files");
    private static final List<String> ENTRY_FIELDS = List.of("id", "aliases", "kind", "reason", "hardBounce",
            "whoActs", "retry", "match", "texts", "references", "examples", "transient", "overrides");
    private static final List<String> VARIANT_FIELDS = List.of("hardBounce", "whoActs", "retry", "texts");
    private static final List<String> TEXT_FIELDS = List.of("title", "summary", "steps", "adminNotes");
    private static final Map<String, Condition> CONDITIONS = conditions();

    private CatalogLoader() {
    }

    /** Loads a complete catalog. */
    public static CatalogData load(CatalogSource source) throws CatalogProblem {
        Node.Problems problems = new Node.Problems();
        Manifest manifest = manifest(source, problems, null);
        Map<EntryData, Node> overrides = new IdentityHashMap<>();
        List<EntryData> entries = entries(source, manifest, problems, overrides);
        for (Node node : overrides.values()) {
            node.problem("only an overlay entry overrides a bundled entry; this catalog is loaded on its own");
        }
        if (entries.stream().noneMatch(e -> e.id().equals("unknown")) && problems.isEmpty()) {
            problems.add(source.describe(MANIFEST) + ":1: files: the catalog has no 'unknown' entry"
                    + " (the texts for input that nothing matches)");
        }
        return compile(manifest.name, manifest.version, manifest, entries, problems);
    }

    /**
     * Loads an overlay onto a base catalog. An overlay entry with the id or an alias of a base entry
     * amends it: its texts replace the base's, its rules and examples are added to the base's (none are
     * removed), its aliases are added; its kind and reason must be the base entry's, so a bundled id never
     * changes meaning. Other overlay entries are added, and overlay entries come first when scores tie.
     */
    public static CatalogData overlay(CatalogData base, CatalogSource source) throws CatalogProblem {
        Node.Problems problems = new Node.Problems();
        Manifest manifest = manifest(source, problems, base);
        Map<EntryData, Node> overrideNodes = new IdentityHashMap<>();
        List<EntryData> overlay = entries(source, manifest, problems, overrideNodes);
        List<EntryData> added = new ArrayList<>();
        Map<String, EntryData> amended = new HashMap<>();
        Map<String, List<BaseValue>> within = within(textValues(base), overlay);
        for (EntryData e : overlay) {
            EntryData old = base.entry(e.id());
            for (String alias : e.aliases()) {
                if (old == null) {
                    old = base.entry(alias);
                }
            }
            overlayRules(e, overridden(base, old, overrideNodes.get(e)), within, problems);
            if (old == null) {
                added.add(e);
                continue;
            }
            if (!Objects.equals(old.kind(), e.kind())) {
                problems.add(e.source() + ": kind: an overlay cannot repurpose the bundled entry '" + old.id()
                        + "': its kind is " + old.kind().id() + ", not " + e.kind().id());
            }
            if (!Objects.equals(old.reason(), e.reason())) {
                problems.add(e.source() + ": reason: an overlay cannot repurpose the bundled entry '" + old.id()
                        + "': its reason is " + old.reason() + ", not " + e.reason());
            }
            List<String> aliases = new ArrayList<>(old.aliases());
            for (String a : e.aliases()) {
                if (!aliases.contains(a) && !a.equals(old.id())) {
                    aliases.add(a);
                }
            }
            if (!e.id().equals(old.id()) && !aliases.contains(e.id())) {
                aliases.add(e.id());
            }
            List<EntryData.Rule> rules = new ArrayList<>(e.rules());
            rules.addAll(old.rules());
            List<String> examples = new ArrayList<>(old.examples());
            examples.addAll(e.examples());
            List<String> references = new ArrayList<>(old.references());
            for (String r : e.references()) {
                if (!references.contains(r)) {
                    references.add(r);
                }
            }
            amended.put(old.id(), new EntryData(old.id(), aliases, old.kind(), old.reason(), e.hardBounce(), e.whoActs(),
                    e.retry(), rules, e.texts(), references, examples, e.source(),
                    e.whenTransient() != null ? e.whenTransient() : old.whenTransient()));
        }
        List<EntryData> merged = new ArrayList<>(added);
        for (EntryData e : base.entries()) {
            merged.add(amended.getOrDefault(e.id(), e));
        }
        return compile(base.name() + "+" + manifest.name, base.version() + "+" + manifest.name + "." + manifest.version,
                manifest, merged, problems);
    }

    /**
     * A text value of a base entry (phrase, hint or group part), normalised; whose it is and the least score
     * of the rule it is in.
     */
    private record BaseValue(String value, String id, int ruleScore) {
    }

    private static List<BaseValue> textValues(CatalogData base) {
        List<BaseValue> values = new ArrayList<>();
        for (EntryData e : base.entries()) {
            for (EntryData.Rule rule : e.rules()) {
                int score = score(rule, false);
                for (EntryData.RuleCondition c : rule.conditions()) {
                    if (c.type().isText() && c.type() != Condition.NOT) {
                        for (String v : c.values()) {
                            values.add(new BaseValue(TextNormalizer.normalizePhrase(v), e.id(), score));
                        }
                    }
                }
            }
        }
        return values;
    }

    /** The most (or least) a rule can score: per condition its heaviest (or lightest) value, added up. */
    private static int score(EntryData.Rule rule, boolean most) {
        int score = 0;
        for (EntryData.RuleCondition c : rule.conditions()) {
            int pick = most ? 0 : Integer.MAX_VALUE;
            for (String v : c.values()) {
                int w = Math.max(0, c.type().weight(v));
                pick = most ? Math.max(pick, w) : Math.min(pick, w);
            }
            score += c.values().isEmpty() ? 0 : pick;
        }
        return score;
    }

    /**
     * The ids an overlay entry declares with {@code overrides}: each must be a base entry other than the
     * one it amends. The entry it amends counts as overridden too.
     */
    private static Set<String> overridden(CatalogData base, EntryData amends, Node node) {
        Set<String> ids = new java.util.HashSet<>();
        if (amends != null) {
            ids.add(amends.id());
        }
        if (node == null) {
            return ids;
        }
        for (Node item : node.items()) {
            String id = item.text();
            if (id == null) {
                continue;
            }
            EntryData target = base.entry(id);
            if (target == null) {
                item.problem("'" + id + "' is not an entry of the catalog under this overlay");
            } else if (amends != null && target.id().equals(amends.id())) {
                item.problem("'" + id + "' is the entry this one amends; name only other entries");
            } else {
                ids.add(target.id());
            }
        }
        return ids;
    }

    /**
     * An overlay's phrases must be words (at least {@link #MIN_PHRASE_LETTERS} letters or digits; a group's
     * parts together). And an overlay rule may not outrank a base entry on the base entry's own phrase
     * unless the overlay entry declares that it overrides that entry: when one of its values is found
     * wherever a base phrase is (it is that phrase, or lies inside it at word edges) and its rule can score
     * at least as much as the base phrase's rule, the overlay entry, first on a tie, would take the base
     * entry's answers.
     */
    private static void overlayRules(EntryData e, Set<String> overridden, Map<String, List<BaseValue>> within,
                                     Node.Problems problems) {
        for (EntryData.Rule rule : e.rules()) {
            int score = score(rule, true);
            for (EntryData.RuleCondition c : rule.conditions()) {
                if (!c.type().isText() || c.type() == Condition.NOT) {
                    continue;
                }
                int groupLetters = 0;
                for (String raw : c.values()) {
                    String v = TextNormalizer.normalizePhrase(raw);
                    int letters = letters(v);
                    groupLetters += letters;
                    if (!c.type().isGroup() && letters < MIN_PHRASE_LETTERS || letters == 0) {
                        problems.add(rule.source() + ": match: '" + raw + "': an overlay phrase needs at least "
                                + MIN_PHRASE_LETTERS + " letters or digits (a group part at least one)");
                        continue;
                    }
                    Map<String, String> taken = new java.util.TreeMap<>();
                    for (BaseValue b : within.getOrDefault(v, List.of())) {
                        if (score >= b.ruleScore() && !overridden.contains(b.id())) {
                            taken.putIfAbsent(b.id(), b.value());
                        }
                    }
                    if (!taken.isEmpty()) {
                        List<String> where = new ArrayList<>();
                        taken.forEach((id, phrase) -> where.add("'" + phrase + "' of " + id));
                        problems.add(rule.source() + ": match: '" + raw + "' would outrank bundled entries on their own"
                                + " phrases (" + String.join(", ", where) + "); if that is meant, add 'overrides: ["
                                + String.join(", ", taken.keySet()) + "]' to the entry");
                    }
                }
                if (c.type().isGroup() && groupLetters < MIN_PHRASE_LETTERS) {
                    problems.add(rule.source() + ": match: the parts of an overlay group need at least "
                            + MIN_PHRASE_LETTERS + " letters or digits together");
                }
            }
        }
    }

    /** Letters and digits in a normalised phrase (a kanji or a kana is a letter). */
    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * For each normalised text value of the overlay, the base values it lies within at word edges (where the
     * matcher would find it whenever it finds the base value). Each base value's word-edged substrings are
     * looked up in the overlay's values, so the work grows with the base catalog, not with the overlay's size.
     */
    private static Map<String, List<BaseValue>> within(List<BaseValue> base, List<EntryData> overlay) {
        Set<String> values = new java.util.HashSet<>();
        for (EntryData e : overlay) {
            for (EntryData.Rule rule : e.rules()) {
                for (EntryData.RuleCondition c : rule.conditions()) {
                    if (c.type().isText() && c.type() != Condition.NOT) {
                        c.values().forEach(v -> values.add(TextNormalizer.normalizePhrase(v)));
                    }
                }
            }
        }
        Map<String, List<BaseValue>> within = new HashMap<>();
        int longest = 0;
        for (String v : values) {
            longest = Math.max(longest, v.length());
        }
        for (BaseValue b : base) {
            String p = b.value();
            Set<String> found = new java.util.HashSet<>();
            for (int start = 0; start < p.length(); start++) {
                if (ascii(p.charAt(start)) && start > 0 && ascii(p.charAt(start - 1))) {
                    continue;
                }
                for (int end = start + 1; end <= Math.min(p.length(), start + longest); end++) {
                    if (ascii(p.charAt(end - 1)) && end < p.length() && ascii(p.charAt(end))) {
                        continue;
                    }
                    String part = p.substring(start, end);
                    if (values.contains(part) && found.add(part)) {
                        within.computeIfAbsent(part, k -> new ArrayList<>()).add(b);
                    }
                }
            }
        }
        return within;
    }

    /** A word character of the matcher's word edges (RuleSet: ASCII letters and digits). */
    private static boolean ascii(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    private record Manifest(String name, String version, List<String> languages,
                            Map<String, Map<String, String>> placeholders, List<String> files) {
    }

    private static Manifest manifest(CatalogSource source, Node.Problems problems, CatalogData base)
            throws CatalogProblem {
        Node root = parse(source, MANIFEST, problems);
        Map<String, Node> fields = root.mapping(MANIFEST_FIELDS);
        String format = required(root, fields, "format");
        if (format != null && !format.equals(String.valueOf(FORMAT))) {
            fields.get("format").problem("this bouncedoc reads catalog format " + FORMAT + ", not " + format);
        }
        String name = required(root, fields, "name");
        String version = required(root, fields, "version");
        List<String> languages = fields.containsKey("languages") ? fields.get("languages").texts() : List.of();
        if (languages.isEmpty()) {
            root.problem("languages: at least one language is required");
        }
        Map<String, Map<String, String>> placeholders = new HashMap<>();
        if (base != null) {
            if (!Set.copyOf(languages).equals(Set.copyOf(base.languages()))) {
                root.problem("languages: an overlay must have the languages of the catalog it extends: "
                        + base.languages());
            }
            for (String language : base.languages()) {
                placeholders.put(language, base.placeholders(language));
            }
        }
        if (fields.containsKey("placeholders")) {
            Node node = fields.get("placeholders");
            for (Map.Entry<String, Node> perLanguage : node.mapping(languages).entrySet()) {
                Map<String, String> words = new LinkedHashMap<>();
                for (Map.Entry<String, Node> word : perLanguage.getValue().mapping(TextSet.ARGUMENTS).entrySet()) {
                    String text = word.getValue().text();
                    if (text != null) {
                        words.put(word.getKey(), text);
                    }
                }
                placeholders.put(perLanguage.getKey(), words);
            }
        }
        for (String language : languages) {
            Map<String, String> words = placeholders.getOrDefault(language, Map.of());
            if (!words.keySet().containsAll(TextSet.ARGUMENTS)) {
                root.problem("placeholders." + language + ": every argument needs a placeholder: " + TextSet.ARGUMENTS);
            }
        }
        List<String> files = fields.containsKey("files") ? fields.get("files").texts() : List.of();
        if (files.isEmpty()) {
            root.problem("files: at least one entry file is required");
        } else if (files.size() > MAX_FILES || Set.copyOf(files).size() < files.size()) {
            fields.get("files").problem("at most " + MAX_FILES + " entry files, each named once");
            files = List.of();
        }
        return new Manifest(name == null ? "catalog" : name, version == null ? "0" : version, languages,
                placeholders, files);
    }

    private static List<EntryData> entries(CatalogSource source, Manifest manifest, Node.Problems problems,
                                           Map<EntryData, Node> overrides) {
        List<EntryData> entries = new ArrayList<>();
        for (String file : manifest.files) {
            Node root;
            try {
                root = parse(source, file, problems);
            } catch (CatalogProblem e) {
                continue; // already recorded
            }
            Map<String, Node> top = root.mapping(List.of("entries"));
            if (!top.containsKey("entries")) {
                root.problem("entries: the file has no entries list");
                continue;
            }
            for (Node node : top.get("entries").sequence()) {
                EntryData entry = entry(node, manifest.languages, overrides);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static EntryData entry(Node node, List<String> languages, Map<EntryData, Node> overrides) {
        Map<String, Node> f = node.mapping(ENTRY_FIELDS);
        String id = required(node, f, "id");
        if (id != null && !ID.matcher(id).matches()) {
            f.get("id").problem("'" + id + "' is not an id: lower-case words joined by '.', like client.cannot-connect");
        }
        List<String> aliases = f.containsKey("aliases") ? f.get("aliases").texts() : List.of();
        String kind = oneOf(node, f, "kind", KINDS, true);
        String reason = null;
        if (f.containsKey("reason") && !f.get("reason").isNull()) {
            reason = f.get("reason").text();
            if (reason != null && !REASONS.contains(reason)) {
                f.get("reason").problem("'" + reason + "' is not a Sisimai reason");
            }
        }
        Boolean hard = f.containsKey("hardBounce") ? f.get("hardBounce").bool() : null;
        if ("delivery".equals(kind)) {
            if (reason == null) {
                node.problem("reason: a delivery entry needs its Sisimai reason");
            }
            if (hard == null) {
                node.problem("hardBounce: a delivery entry says true or false");
            }
        }
        // Only the answer for "nothing recognised" may leave who acts and retrying open (null): it knows
        // nothing to guess from.
        boolean unknown = "unknown".equals(id);
        String whoActs = oneOf(node, f, "whoActs", WHO_ACTS, !unknown);
        String retry = oneOf(node, f, "retry", RETRY, !unknown);

        List<EntryData.Rule> rules = new ArrayList<>();
        if (f.containsKey("match")) {
            for (Node ruleNode : f.get("match").sequence()) {
                EntryData.Rule rule = rule(ruleNode);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        if (rules.isEmpty() && !"status".equals(kind) && !"unknown".equals(id)) {
            node.problem("match: at least one rule is required");
        }

        Map<String, TextSet> texts = new HashMap<>();
        if (!f.containsKey("texts")) {
            node.problem("texts: required, in " + languages);
        } else {
            Map<String, Node> byLanguage = f.get("texts").mapping(languages);
            for (String language : languages) {
                Node t = byLanguage.get(language);
                if (t == null) {
                    f.get("texts").problem(language + ": missing; every entry needs texts in " + languages);
                    continue;
                }
                TextSet set = texts(t, language);
                if (set != null) {
                    texts.put(language, set);
                }
            }
            sameShape(f.get("texts"), texts, languages);
        }

        List<String> references = f.containsKey("references") ? f.get("references").texts() : List.of();
        if (references.isEmpty()) {
            node.problem("references: at least one reference (RFC section or vendor documentation) is required");
        }
        List<String> examples = f.containsKey("examples") ? f.get("examples").texts() : List.of();
        if (examples.isEmpty() && !rules.isEmpty()) {
            node.problem("examples: at least one example input is required");
        }
        EntryData.Variant variant = f.containsKey("transient") ? variant(f.get("transient"), languages, texts, hard)
                : null;
        if (id == null || kind == null || (!unknown && (whoActs == null || retry == null))) {
            return null;
        }
        EntryData entry = new EntryData(id, aliases, EntryKind.of(kind), reason, hard,
                whoActs == null ? null : WhoActs.of(whoActs), retry == null ? null : Retry.of(retry), rules, texts,
                references, examples, node.file() + ":" + node.line(), variant);
        if (f.containsKey("overrides")) {
            overrides.put(entry, f.get("overrides"));
        }
        return entry;
    }

    /** The {@code transient} block: overrides for a class-4 deciding code; texts default to the entry's. */
    private static EntryData.Variant variant(Node node, List<String> languages, Map<String, TextSet> base,
                                             Boolean baseHard) {
        Map<String, Node> f = node.mapping(VARIANT_FIELDS);
        String retry = oneOf(node, f, "retry", RETRY, true);
        String whoActs = oneOf(node, f, "whoActs", WHO_ACTS, false);
        Boolean hard = f.containsKey("hardBounce") ? f.get("hardBounce").bool() : (baseHard == null ? null : false);
        Map<String, TextSet> texts = new HashMap<>();
        Map<String, Node> byLanguage = f.containsKey("texts") ? f.get("texts").mapping(languages) : Map.of();
        for (String language : languages) {
            TextSet own = base.get(language);
            if (own == null) {
                continue;
            }
            Node t = byLanguage.get(language);
            if (t == null) {
                if (!byLanguage.isEmpty()) {
                    f.get("texts").problem(language + ": missing; the transient texts need every language");
                }
                texts.put(language, own);
                continue;
            }
            Map<String, Node> tf = t.mapping(TEXT_FIELDS);
            String title = tf.containsKey("title") ? tf.get("title").text() : own.title();
            String summary = tf.containsKey("summary") ? tf.get("summary").text() : own.summary();
            List<String> steps = tf.containsKey("steps") ? tf.get("steps").texts() : own.steps();
            List<String> notes = tf.containsKey("adminNotes") ? tf.get("adminNotes").texts() : own.adminNotes();
            TextSet set = new TextSet(language, title == null ? own.title() : title,
                    summary == null ? own.summary() : summary, steps, notes);
            for (Map.Entry<String, String> pattern : set.patterns()) {
                Set<String> args = arguments(pattern.getValue());
                if (args == null || !TextSet.ARGUMENTS.containsAll(args)) {
                    t.problem(pattern.getKey() + ": not a valid message pattern with arguments from " + TextSet.ARGUMENTS);
                }
            }
            texts.put(language, set);
        }
        if (!f.containsKey("texts") || f.get("texts") == null) {
            node.problem("texts: a transient variant says in every language how the entry reads for a temporary code");
        } else {
            sameShape(f.get("texts"), texts, languages);
        }
        return retry == null ? null : new EntryData.Variant(hard, whoActs == null ? null : WhoActs.of(whoActs),
                Retry.of(retry), texts);
    }

    private static EntryData.Rule rule(Node node) {
        Map<String, Node> f = node.mapping(List.copyOf(CONDITIONS.keySet()));
        if (f.isEmpty()) {
            node.problem("a rule needs at least one condition: " + String.join(", ", CONDITIONS.keySet()));
            return null;
        }
        List<EntryData.RuleCondition> conditions = new ArrayList<>();
        for (Map.Entry<String, Node> e : f.entrySet()) {
            Condition type = CONDITIONS.get(e.getKey());
            Node valuesNode = e.getValue();
            List<String> values = new ArrayList<>();
            for (Node item : valuesNode.items()) {
                String raw = item.text();
                if (raw == null) {
                    continue;
                }
                String value = canonical(type, raw);
                if (type.weight(value) < 0) {
                    item.problem("'" + raw + "' is not a valid " + e.getKey() + " value" + help(type));
                } else if (type.isText() && TextNormalizer.normalizePhrase(value).isEmpty()) {
                    item.problem("the phrase is empty after normalisation");
                } else if (type.isGroup() && innerSentenceEnd(TextNormalizer.normalizePhrase(value))) {
                    item.problem("a part lies within one sentence: '" + raw + "' has a sentence end inside"
                            + " (catalog/README.md, \"Sentences\")");
                } else if (type == Condition.ALL && values.stream().anyMatch(v -> TextNormalizer.normalizePhrase(v)
                        .equals(TextNormalizer.normalizePhrase(value)))) {
                    item.problem("'" + raw + "' is already a part of this group");
                } else {
                    values.add(value);
                }
            }
            if (values.isEmpty()) {
                valuesNode.problem("no usable values");
                return null;
            }
            int written = valuesNode.items().size();
            if (type.isGroup() && (written < 2 || written > RuleSet.Builder.MAX_PARTS)) {
                valuesNode.problem("write 2 to " + RuleSet.Builder.MAX_PARTS + " parts (a single part is a phrase)");
                return null;
            }
            if (values.size() < written && type.isGroup()) {
                return null; // a part was reported above; the group without it would mean something else
            }
            conditions.add(new EntryData.RuleCondition(type, values));
        }
        if (conditions.stream().allMatch(c -> c.type() == Condition.NOT)) {
            node.problem("not: a rule needs a condition besides 'not', which only rules it out");
            return null;
        }
        return new EntryData.Rule(conditions, node.file() + ":" + node.line());
    }

    /** Whether a normalised part has a sentence end before its last character. */
    private static boolean innerSentenceEnd(String part) {
        for (int i = 0; i + 1 < part.length(); i++) {
            if (Sentences.endsSentence(part, i)) {
                return true;
            }
        }
        return false;
    }

    private static String canonical(Condition type, String raw) {
        switch (type) {
            case STATUS:
            case REPLY:
            case POP3:
            case IMAP:
                return raw.trim().toUpperCase(Locale.ROOT);
            case HRESULT: {
                String canonical = dev.bouncedoc.match.CodeSyntax.canonicalHresult(raw);
                return canonical == null ? raw : canonical;
            }
            default:
                return raw.trim();
        }
    }

    private static String help(Condition type) {
        switch (type) {
            case STATUS: return " (write 5.1.1, X.1.1 or 5.X.X)";
            case REPLY: return " (write 550 or 5XX)";
            case HRESULT: return " (write 0x800CCC0E)";
            case SOCKET: return " (a Windows Sockets error number such as 10061)";
            case POP3: return " (IN-USE, LOGIN-DELAY, SYS/TEMP, SYS/PERM, AUTH, UTF8 or ERR)";
            case IMAP: return " (an RFC 5530 response code such as AUTHENTICATIONFAILED)";
            default: return "";
        }
    }

    private static TextSet texts(Node node, String language) {
        Map<String, Node> f = node.mapping(TEXT_FIELDS);
        String title = required(node, f, "title");
        String summary = required(node, f, "summary");
        List<String> steps = f.containsKey("steps") ? f.get("steps").texts() : List.of();
        List<String> notes = f.containsKey("adminNotes") ? f.get("adminNotes").texts() : List.of();
        if (steps.isEmpty()) {
            node.problem("steps: at least one step for the end user is required");
        }
        if (notes.isEmpty()) {
            node.problem("adminNotes: at least one note for the administrator is required");
        }
        if (title == null || summary == null) {
            return null;
        }
        TextSet set = new TextSet(language, title, summary, steps, notes);
        for (Map.Entry<String, String> pattern : set.patterns()) {
            Set<String> args = arguments(pattern.getValue());
            if (args == null) {
                node.problem(pattern.getKey() + ": not a valid message pattern (a literal brace is written '{')");
            } else if (!TextSet.ARGUMENTS.containsAll(args)) {
                node.problem(pattern.getKey() + ": unknown template argument in " + args + "; allowed: "
                        + TextSet.ARGUMENTS);
            }
        }
        return set;
    }

    /** Every language must have the same fields, the same number of steps and the same arguments. */
    private static void sameShape(Node textsNode, Map<String, TextSet> texts, List<String> languages) {
        TextSet first = texts.get(languages.get(0));
        if (first == null) {
            return;
        }
        for (String language : languages.subList(1, languages.size())) {
            TextSet other = texts.get(language);
            if (other == null) {
                continue;
            }
            if (first.steps().size() != other.steps().size()) {
                textsNode.problem(language + ".steps: " + other.steps().size() + " steps, but "
                        + first.language() + " has " + first.steps().size());
                continue;
            }
            if (first.adminNotes().size() != other.adminNotes().size()) {
                continue; // notes may be split differently; only the arguments must agree below
            }
            List<Map.Entry<String, String>> a = first.patterns();
            List<Map.Entry<String, String>> b = other.patterns();
            for (int i = 0; i < a.size(); i++) {
                Set<String> argsA = arguments(a.get(i).getValue());
                Set<String> argsB = arguments(b.get(i).getValue());
                if (argsA != null && argsB != null && !argsA.equals(argsB)) {
                    textsNode.problem(language + "." + b.get(i).getKey() + ": uses arguments " + argsB + " but "
                            + first.language() + " uses " + argsA);
                }
            }
        }
    }

    /** The argument names of a MessageFormat pattern, or null when it does not parse. */
    static Set<String> arguments(String pattern) {
        try {
            return new TreeSet<>(new MessageFormat(pattern).getArgumentNames());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static CatalogData compile(String name, String version, Manifest manifest, List<EntryData> entries,
                                       Node.Problems problems) throws CatalogProblem {
        Map<String, String> owners = new HashMap<>();
        Map<String, String> ruleOwners = new HashMap<>();
        for (EntryData e : entries) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(0, e.id());
            for (String id : names) {
                String previous = owners.putIfAbsent(id, e.source());
                if (previous != null) {
                    problems.add(e.source() + ": id: '" + id + "' is already used at " + previous);
                }
            }
            for (EntryData.Rule rule : e.rules()) {
                String signature = signature(rule);
                String previous = ruleOwners.putIfAbsent(signature, e.id() + " (" + rule.source() + ")");
                if (previous != null) {
                    problems.add(rule.source() + ": match: the same rule is already in " + previous);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogProblem(problems.list());
        }
        RuleSet.Builder builder = RuleSet.builder();
        for (int i = 0; i < entries.size(); i++) {
            for (EntryData.Rule rule : entries.get(i).rules()) {
                int r = builder.rule(i);
                for (EntryData.RuleCondition c : rule.conditions()) {
                    builder.condition(r, c.type(), c.values());
                }
            }
        }
        return new CatalogData(name, version, manifest.languages, manifest.placeholders, entries, builder.build());
    }

    /** A rule's conditions, normalised and sorted, to find two rules that are really one. */
    private static String signature(EntryData.Rule rule) {
        Set<String> parts = new TreeSet<>();
        for (EntryData.RuleCondition c : rule.conditions()) {
            // the parts of an ordered group keep their order; any other values are a set
            java.util.Collection<String> values = c.type() == Condition.ORDERED ? new ArrayList<>() : new TreeSet<>();
            for (String v : c.values()) {
                values.add(c.type().isText() ? TextNormalizer.normalizePhrase(v) : v);
            }
            parts.add(c.type() + "=" + values);
        }
        return parts.toString();
    }

    private static Node parse(CatalogSource source, String file, Node.Problems problems) throws CatalogProblem {
        String name = source.describe(file);
        LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(false)
                .setCodePointLimit(MAX_FILE_CHARS + 1).build();
        String yaml;
        try (Reader reader = source.open(file)) {
            yaml = readAtMost(reader, MAX_FILE_CHARS);
        } catch (IOException e) {
            problems.add(name + ":1: cannot be read: " + e.getMessage());
            throw new CatalogProblem(problems.list());
        }
        if (yaml == null) {
            problems.add(name + ":1: larger than " + MAX_FILE_CHARS + " characters: a catalog file is text written"
                    + " by people, so it is not read");
            throw new CatalogProblem(problems.list());
        }
        try {
            String shape = source.builtIn() ? null : YamlShape.problem(new Parse(settings).parseString(yaml));
            if (shape != null) {
                problems.add(name + ":" + shape);
                throw new CatalogProblem(problems.list());
            }
            Optional<org.snakeyaml.engine.v2.nodes.Node> node = new Compose(settings).composeString(yaml);
            if (node.isEmpty()) {
                problems.add(name + ":1: the file is empty");
                throw new CatalogProblem(problems.list());
            }
            return new Node(node.get(), name, "", problems);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            problems.add(name + ":" + line + ": not valid YAML: " + e.getProblem());
            throw new CatalogProblem(problems.list());
        } catch (YamlEngineException e) {
            problems.add(name + ":1: not valid YAML: " + e.getMessage());
            throw new CatalogProblem(problems.list());
        }
    }

    /** The whole text, or null when it has more than {@code max} characters (the rest is not read). */
    private static String readAtMost(Reader reader, int max) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            if (text.length() + n > max) {
                return null;
            }
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static String required(Node parent, Map<String, Node> fields, String field) {
        Node node = fields.get(field);
        if (node == null || node.isNull()) {
            parent.problem(field + ": required");
            return null;
        }
        return node.text();
    }

    private static String oneOf(Node parent, Map<String, Node> fields, String field, List<String> allowed,
                                boolean required) {
        Node node = fields.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                parent.problem(field + ": required, one of " + String.join(", ", allowed));
            }
            return null;
        }
        String value = node.text();
        if (value != null && !allowed.contains(value)) {
            node.problem("'" + value + "' is not one of " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    private static Map<String, Condition> conditions() {
        Map<String, Condition> map = new LinkedHashMap<>();
        for (Condition c : Condition.values()) {
            map.put(c.name().toLowerCase(Locale.ROOT), c);
        }
        return map;
    }
}
