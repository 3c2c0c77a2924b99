package dev.bouncedoc.catalog;

import dev.bouncedoc.match.Condition;
import dev.bouncedoc.vocabulary.EntryKind;
import dev.bouncedoc.vocabulary.Retry;
import dev.bouncedoc.vocabulary.WhoActs;
import java.util.List;
import java.util.Map;

/**
 * One catalog entry as loaded and checked. Field meanings are in catalog/README.md.
 *
 * @param source where the entry starts, as {@code file:line}
 */
public record EntryData(String id, List<String> aliases, EntryKind kind, String reason, Boolean hardBounce,
                        WhoActs whoActs, Retry retry, List<Rule> rules, Map<String, TextSet> texts,
                        List<String> references, List<String> examples, String source, Variant whenTransient) {

    /**
     * How the entry reads when the code that decides it is temporary (class 4: 4.x.y or 4xx), or null when
     * it reads the same. Its texts are complete: fields the catalog does not override are the entry's own.
     */
    public record Variant(Boolean hardBounce, WhoActs whoActs, Retry retry, Map<String, TextSet> texts) {
        public Variant {
            texts = Map.copyOf(texts);
        }
    }

    /** One match rule: every condition must hold. */
    public record Rule(List<RuleCondition> conditions, String source) {
        public Rule {
            conditions = List.copyOf(conditions);
        }
    }

    /** One condition of a rule: any of its values must be found. */
    public record RuleCondition(Condition type, List<String> values) {
        public RuleCondition {
            values = List.copyOf(values);
        }
    }

    public EntryData {
        aliases = List.copyOf(aliases);
        rules = List.copyOf(rules);
        texts = Map.copyOf(texts);
        references = List.copyOf(references);
        examples = List.copyOf(examples);
    }
}
