package dev.bouncedoc;

import java.util.List;

/**
 * A catalog entry's texts in one language, with the template arguments ({@code {host}}, ...) left as the
 * catalog's placeholders, and its references and examples (the same in every language): what a help page
 * about the entry shows.
 *
 * @param id         the entry's id
 * @param language   the catalog language of the texts, such as {@code ja}
 * @param title      what happened, in one line
 * @param summary    what happened and why
 * @param steps      what the end user does, in order
 * @param adminNotes notes for the administrator or help desk; may be empty
 * @param references RFC sections and documentation the entry rests on; may be empty
 * @param examples   inputs that diagnose to the entry
 * @param temporary  how the entry reads when the code that decides it is temporary (4xx, 4.x.x), when the
 *                   catalog says so ({@code transient}); null otherwise, and in the texts it gives
 */
public record EntryTexts(String id, String language, String title, String summary, List<String> steps,
                         List<String> adminNotes, List<String> references, List<String> examples,
                         EntryTexts temporary) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param id         the entry's id
     * @param language   the catalog language of the texts
     * @param title      the title
     * @param summary    the summary
     * @param steps      the steps
     * @param adminNotes the admin notes
     * @param references the references
     * @param examples   the examples
     * @param temporary  the texts for a temporary code, or null
     * @throws NullPointerException if a list is null or holds null
     */
    public EntryTexts {
        steps = List.copyOf(steps);
        adminNotes = List.copyOf(adminNotes);
        references = List.copyOf(references);
        examples = List.copyOf(examples);
    }

    /**
     * {@return the path of the entry's page in this language in the site of {@code bouncedoc site}, relative to
     * the site's root: {@code ja/delivery.user-unknown.html}, as {@link Diagnosis#helpPath()} gives it}
     */
    public String helpPath() {
        return HelpPages.path(language, id);
    }
}
