package dev.bouncedoc;

import dev.bouncedoc.vocabulary.EntryKind;
import dev.bouncedoc.vocabulary.Retry;
import dev.bouncedoc.vocabulary.WhoActs;
import java.util.List;
import java.util.Map;

/**
 * A catalog entry as the catalog lists it: what it means and which codes select it.
 *
 * @param id         the stable id
 * @param aliases    former ids
 * @param kind       client, delivery, notice or status
 * @param reason     the Sisimai reason, or null
 * @param hardBounce true or false for delivery failures, else null
 * @param whoActs    who must do something about the problem
 * @param retry      whether trying again can help
 * @param codes      the codes its rules name: enhanced status codes, reply codes, HRESULTs, POP3/IMAP codes,
 *                   socket errors, each as the catalog writes it
 * @param titles     its title by language
 */
public record CatalogEntry(String id, List<String> aliases, EntryKind kind, String reason, Boolean hardBounce,
                           WhoActs whoActs, Retry retry, List<String> codes, Map<String, String> titles) {
    /**
     * Keeps unmodifiable copies of the lists and the map.
     *
     * @param id         the stable id
     * @param aliases    former ids
     * @param kind       the kind of problem
     * @param reason     the Sisimai reason, or null
     * @param hardBounce true or false for delivery failures, else null
     * @param whoActs    who must act
     * @param retry      whether trying again can help
     * @param codes      the codes its rules name
     * @param titles     its title by language
     * @throws NullPointerException if {@code aliases}, {@code codes} or {@code titles} is null or holds null
     */
    public CatalogEntry {
        aliases = List.copyOf(aliases);
        codes = List.copyOf(codes);
        titles = Map.copyOf(titles);
    }

    /** {@return the languages the entry has texts in, in alphabetical order} */
    public List<String> languages() {
        return titles.keySet().stream().sorted().toList();
    }
}
