package dev.bouncedoc.engine;

import dev.bouncedoc.catalog.EntryData;
import dev.bouncedoc.vocabulary.Codes;
import dev.bouncedoc.vocabulary.Evidence;
import java.util.List;
import java.util.Map;

/**
 * What the engine found in one text, before it is put into words: the entry that explains it, the codes,
 * the evidence and how sure the match is. The facade turns it into a {@code Diagnosis} in a language.
 *
 * @param input      the text diagnosed
 * @param entry      the catalog entry, or the catalog's {@code unknown} entry
 * @param codes      the codes of the text
 * @param confidence from 0 to 1
 * @param evidence   which conditions matched which part of the text
 * @param charsRead  how many characters of the text were read
 * @param arguments  the template arguments the text supplies ({@code host}, {@code address}, {@code code})
 * @param temporary  whether the code that decides the entry is temporary (class 4)
 */
public record Finding(String input, EntryData entry, Codes codes, double confidence, List<Evidence> evidence,
                      int charsRead, Map<String, String> arguments, boolean temporary) {
    public Finding {
        evidence = List.copyOf(evidence);
        arguments = Map.copyOf(arguments);
    }

    /** Whether a phrase or a group of words of the catalog matched (not only codes or hints). */
    public boolean byPhrase() {
        for (Evidence e : evidence) {
            if (e.kind().equals("phrase") || e.kind().equals("ordered") || e.kind().equals("all")) {
                return true;
            }
        }
        return false;
    }

    /** Whether something was recognised: the entry is not {@code unknown}. */
    public boolean recognised() {
        return !entry.id().equals(Diagnoser.UNKNOWN);
    }
}
