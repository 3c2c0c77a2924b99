package dev.bouncedoc.catalog;

import dev.bouncedoc.match.Condition;
import dev.bouncedoc.match.MatchResult;
import dev.bouncedoc.vocabulary.EntryKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks that need the engine, as libphonenumber checks its example numbers: every example of an entry
 * diagnoses to that entry, and every value of every rule can be reached (an input made of that value and
 * the first value of the rule's other conditions diagnoses to the rule's entry, so nothing is shadowed).
 * Entries that are not about the mail program are checked as in a bounce, where client entries do not
 * compete.
 */
public final class CatalogCheck {
    private CatalogCheck() {
    }

    /** Every problem found, one line each, naming the entry and where it is; empty when all is well. */
    public static List<String> problems(CatalogData catalog) {
        List<String> problems = new ArrayList<>();
        List<EntryData> entries = catalog.entries();
        for (EntryData e : entries) {
            for (String example : e.examples()) {
                String got = diagnose(catalog, example, e);
                if (!got.equals(e.id())) {
                    problems.add(e.source() + ": " + e.id() + ": example diagnoses to " + got + ": " + abbreviate(example));
                }
            }
            for (EntryData.Rule rule : e.rules()) {
                for (String input : reachabilityInputs(rule)) {
                    String got = diagnose(catalog, input, e);
                    if (!got.equals(e.id())) {
                        problems.add(rule.source() + ": " + e.id() + ": rule is shadowed by " + got + " on: "
                                + abbreviate(input));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * For every value of every condition, that value with the first value of the other conditions. The
     * parts of an {@code ordered} or {@code all} group are one value, written as one sentence in their
     * order; a {@code not} value is left out, since its absence is what the rule needs.
     */
    public static List<String> reachabilityInputs(EntryData.Rule rule) {
        List<String> inputs = new ArrayList<>();
        List<EntryData.RuleCondition> conditions = rule.conditions();
        for (int c = 0; c < conditions.size(); c++) {
            if (conditions.get(c).type() == Condition.NOT) {
                continue;
            }
            for (String value : alternatives(conditions.get(c))) {
                List<String> parts = new ArrayList<>();
                for (int other = 0; other < conditions.size(); other++) {
                    EntryData.RuleCondition condition = conditions.get(other);
                    if (condition.type() != Condition.NOT) {
                        parts.add(spell(condition.type(), other == c ? value : alternatives(condition).get(0)));
                    }
                }
                inputs.add(String.join(" ; ", parts));
            }
        }
        return inputs;
    }

    /** The values of a condition one of which must be found: a group's parts together are one. */
    private static List<String> alternatives(EntryData.RuleCondition condition) {
        return condition.type().isGroup() ? List.of(String.join(" ", condition.values())) : condition.values();
    }

    /** The value as it appears in the wild: a code in its usual surroundings. */
    static String spell(Condition type, String value) {
        switch (type) {
            case STATUS:
                return value.replace("X.X", "99.99").replace("X.", "5.");
            case REPLY:
                return value.replace("XX", "09"); // 409, 509: unassigned, so no entry owns them exactly
            case SOCKET:
                return "Socket Error: " + value;
            case POP3:
                return value.equals("ERR") ? "-ERR" : "-ERR [" + value + "]";
            case IMAP:
                return "a1 NO [" + value + "]";
            default:
                return value;
        }
    }

    /**
     * The entry an input diagnoses to in the context of {@code owner}: a delivery, notice or status entry
     * that a client entry shadows in a pasted text is checked as a bounce's diagnostic text is read, with
     * client entries left out (catalog/README.md, "Bounce context").
     */
    private static String diagnose(CatalogData catalog, String input, EntryData owner) {
        MatchResult m = catalog.rules().match(input);
        if (m.entry() >= 0 && catalog.isClientEntry(m.entry()) && owner.kind() != EntryKind.CLIENT) {
            m = catalog.rules().match(input, catalog.clientEntries());
        }
        return m.entry() < 0 ? "unknown" : catalog.entries().get(m.entry()).id();
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() > 100 ? oneLine.substring(0, 100) + "…" : oneLine;
    }
}
