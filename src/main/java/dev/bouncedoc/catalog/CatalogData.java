package dev.bouncedoc.catalog;

import dev.bouncedoc.match.Condition;
import dev.bouncedoc.match.RuleSet;
import dev.bouncedoc.match.SimilarityIndex;
import dev.bouncedoc.vocabulary.EntryKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded, checked and compiled catalog: entries in precedence order and the rule set that selects
 * them. Immutable and thread-safe.
 */
public final class CatalogData {
    private final String name;
    private final String version;
    private final List<String> languages;
    private final Map<String, Map<String, String>> placeholders;
    private final List<EntryData> entries;
    private final Map<String, Integer> byId;
    private final RuleSet rules;
    private final boolean[] clientEntries;
    private final String[] ids;       // by entry index, known without making the entry
    private final EntryKind[] kinds;
    private final String[] reasons;
    private volatile SimilarityIndex similarity; // built on first use: most inputs never need it

    CatalogData(String name, String version, List<String> languages, Map<String, Map<String, String>> placeholders,
                List<EntryData> entries, RuleSet rules) {
        this(name, version, languages, placeholders, List.copyOf(entries), ids(entries), aliases(entries),
                kinds(entries), reasons(entries), rules);
    }

    /**
     * With the entries as given, not copied (a compiled catalog's list, which makes each entry when first
     * asked for it), and what is needed of every entry at once: by index, its id, aliases, kind and reason.
     */
    CatalogData(String name, String version, List<String> languages, Map<String, Map<String, String>> placeholders,
                List<EntryData> entries, String[] ids, List<List<String>> aliases, EntryKind[] kinds,
                String[] reasons, RuleSet rules) {
        this.name = name;
        this.version = version;
        this.languages = List.copyOf(languages);
        this.placeholders = Map.copyOf(placeholders);
        this.entries = entries;
        this.rules = rules;
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            byId.put(ids[i], i);
            for (String alias : aliases.get(i)) {
                byId.put(alias, i);
            }
        }
        this.byId = Map.copyOf(byId);
        this.clientEntries = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            clientEntries[i] = kinds[i] == EntryKind.CLIENT;
        }
        this.ids = ids;
        this.kinds = kinds;
        this.reasons = reasons;
    }

    private static String[] ids(List<EntryData> entries) {
        String[] ids = new String[entries.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = entries.get(i).id();
        }
        return ids;
    }

    private static List<List<String>> aliases(List<EntryData> entries) {
        List<List<String>> aliases = new ArrayList<>(entries.size());
        for (EntryData e : entries) {
            aliases.add(e.aliases());
        }
        return aliases;
    }

    private static EntryKind[] kinds(List<EntryData> entries) {
        EntryKind[] kinds = new EntryKind[entries.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = entries.get(i).kind();
        }
        return kinds;
    }

    private static String[] reasons(List<EntryData> entries) {
        String[] reasons = new String[entries.size()];
        for (int i = 0; i < reasons.length; i++) {
            reasons[i] = entries.get(i).reason();
        }
        return reasons;
    }

    /** The id of the entry at this index (without making the entry). */
    public String id(int index) {
        return ids[index];
    }

    /** The kind of the entry at this index (without making the entry). */
    public EntryKind kind(int index) {
        return kinds[index];
    }

    /** The reason of the entry at this index, or null (without making the entry). */
    public String reason(int index) {
        return reasons[index];
    }

    /**
     * The index of every entry's examples and phrases for the similarity fallback (catalog/README.md,
     * "When no rule matches"), built on first use.
     */
    public SimilarityIndex similarity() {
        SimilarityIndex s = similarity;
        if (s == null) {
            synchronized (this) {
                s = similarity;
                if (s == null) {
                    List<List<String>> texts = new ArrayList<>();
                    for (EntryData e : entries) {
                        List<String> mine = new ArrayList<>();
                        if (!e.id().equals("unknown")) {
                            mine.addAll(e.examples());
                            for (EntryData.Rule r : e.rules()) {
                                for (EntryData.RuleCondition c : r.conditions()) {
                                    if (c.type() == Condition.PHRASE) {
                                        mine.addAll(c.values());
                                    }
                                }
                            }
                        }
                        texts.add(mine);
                    }
                    s = SimilarityIndex.build(texts);
                    similarity = s;
                }
            }
        }
        return s;
    }

    /** Marks, by entry index, the entries about the user's own mail program (kind client). */
    public boolean[] clientEntries() {
        return clientEntries.clone();
    }

    /** Whether the entry at this index is about the user's own mail program. */
    public boolean isClientEntry(int index) {
        return clientEntries[index];
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public List<String> languages() {
        return languages;
    }

    /** The placeholder words of a language: what an absent template argument becomes. */
    public Map<String, String> placeholders(String language) {
        return placeholders.getOrDefault(language, Map.of());
    }

    /**
     * Every entry, in precedence order. From a compiled catalog, each entry is made when first asked for:
     * ask by index ({@code entries().get(i)}) where only some are needed.
     */
    public List<EntryData> entries() {
        return entries;
    }

    /** The entry with this id or alias, or null. */
    public EntryData entry(String idOrAlias) {
        Integer i = byId.get(idOrAlias);
        return i == null ? null : entries.get(i);
    }

    public RuleSet rules() {
        return rules;
    }
}
