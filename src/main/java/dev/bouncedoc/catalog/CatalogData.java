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
    private volatile SimilarityIndex similarity; // built on first use: most inputs never need it

    CatalogData(String name, String version, List<String> languages, Map<String, Map<String, String>> placeholders,
                List<EntryData> entries, RuleSet rules) {
        this.name = name;
        this.version = version;
        this.languages = List.copyOf(languages);
        this.placeholders = Map.copyOf(placeholders);
        this.entries = List.copyOf(entries);
        this.rules = rules;
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ids.put(entries.get(i).id(), i);
            for (String alias : entries.get(i).aliases()) {
                ids.put(alias, i);
            }
        }
        this.byId = Map.copyOf(ids);
        this.clientEntries = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            clientEntries[i] = entries.get(i).kind() == EntryKind.CLIENT;
        }
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
