package dev.bouncedoc;

import dev.bouncedoc.catalog.EntryData;
import dev.bouncedoc.catalog.TextSet;
import dev.bouncedoc.engine.Diagnoser;
import dev.bouncedoc.engine.Finding;
import dev.bouncedoc.vocabulary.Codes;
import dev.bouncedoc.vocabulary.EntryKind;
import dev.bouncedoc.vocabulary.Evidence;
import dev.bouncedoc.vocabulary.Limits;
import dev.bouncedoc.vocabulary.Retry;
import dev.bouncedoc.vocabulary.WhoActs;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The explanation of one error text: which catalog entry it is, what was recognised, and the entry's
 * texts in one language. Immutable and thread-safe; {@link #in(Locale)} gives the same diagnosis in
 * another language.
 *
 * <p>A value: two diagnoses are equal when they explain the same input with the same entry of the same
 * catalog version, in the same language, with the same codes, evidence, confidence and texts.
 */
public final class Diagnosis {
    /** The id of the diagnosis when nothing in the input was recognised. */
    public static final String UNKNOWN = Diagnoser.UNKNOWN;

    private final Finding finding;
    private final Catalog catalog;
    private final Locale locale;
    private final TextSet patterns; // the entry's texts in this language, before their arguments are put in
    private volatile TextSet texts; // formatted on first use: many callers read only the id and the codes
    private final EntryData.Variant variant; // non-null when the deciding code is temporary and the entry says how
    private final String helpBaseUrl; // null, or ends with "/"

    Diagnosis(Finding finding, Catalog catalog, Locale requested, String helpBaseUrl) {
        this.finding = finding;
        this.helpBaseUrl = helpBaseUrl;
        this.variant = finding.temporary() ? finding.entry().whenTransient() : null;
        this.catalog = catalog;
        String language = catalog.language(requested);
        this.locale = catalog.locale(language);
        this.patterns = (variant != null ? variant.texts() : finding.entry().texts()).get(language);
    }

    /** The texts with their arguments; any thread that races here formats equal texts, and any may stay. */
    private TextSet texts() {
        TextSet t = texts;
        if (t == null) {
            t = patterns.format(withPlaceholders(catalog, locale.getLanguage(), finding.arguments()));
            texts = t;
        }
        return t;
    }

    private static Map<String, String> withPlaceholders(Catalog catalog, String language, Map<String, String> found) {
        Map<String, String> args = new HashMap<>(catalog.data().placeholders(language));
        args.putAll(found);
        return args;
    }

    /**
     * The same diagnosis with its texts in another language.
     *
     * @param locale the language wanted; a language the catalog lacks gets the catalog's default one
     * @return the diagnosis with its texts in the catalog language that best serves {@code locale}; this one
     *         when that is already its language
     * @throws NullPointerException if {@code locale} is null
     */
    public Diagnosis in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return catalog.language(locale).equals(this.locale.getLanguage()) ? this : new Diagnosis(finding, catalog, locale, helpBaseUrl);
    }

    /** {@return the text that was diagnosed, whole, even when only part of it was read} */
    public String input() {
        return finding.input();
    }

    /** {@return the stable id of the catalog entry, or {@link #UNKNOWN}} */
    public String id() {
        return finding.entry().id();
    }

    /**
     * The path of the entry's help page in the site that {@code bouncedoc site} writes, relative to the
     * site's root, in the diagnosis's language: {@code ja/delivery.user-unknown.html}. Ids are lower-case
     * letters, digits, {@code -} and {@code .}, so the path needs no escaping in a URL.
     *
     * @return the page's path, such as {@code en/client.cannot-connect.html}
     */
    public String helpPath() {
        return HelpPages.path(locale.getLanguage(), id());
    }

    /**
     * {@return the full address of the entry's help page: the base URL set with
     * {@link BounceDoc.Builder#helpBaseUrl(String)} followed by {@link #helpPath()}, and {@code #temporary}
     * when the deciding code is temporary and the entry reads differently then (the page's section on it);
     * null when no base URL was set}
     */
    public String helpUrl() {
        return helpBaseUrl == null ? null : helpBaseUrl + helpPath() + (variant != null ? "#temporary" : "");
    }

    /** {@return whether something in the input was recognised: the id is not {@link #UNKNOWN}} */
    public boolean recognised() {
        return finding.recognised();
    }

    /** {@return the version of the catalog that made the diagnosis (see {@link Catalog#version()})} */
    public String catalogVersion() {
        return catalog.version();
    }

    /** {@return what kind of problem the entry describes: a client problem, a delivery failure, ...} */
    public EntryKind kind() {
        return finding.entry().kind();
    }

    /**
     * {@return the Sisimai reason (userunknown, mailboxfull, ...) for delivery failures; null for client
     * problems}
     */
    public String reason() {
        return finding.entry().reason();
    }

    /**
     * {@return for delivery failures, whether sending again can never succeed; null where it does not apply}
     */
    public Boolean hardBounce() {
        return variant != null ? variant.hardBounce() : finding.entry().hardBounce();
    }

    /**
     * {@return who must do something about the problem; null when nothing was recognised ({@link #UNKNOWN}): the answer does not guess} When the deciding code is temporary
     * ({@link #temporary()}), the entry may name someone other than for a permanent one.
     */
    public WhoActs whoActs() {
        return variant != null && variant.whoActs() != null ? variant.whoActs() : finding.entry().whoActs();
    }

    /**
     * {@return whether trying again can help; null when nothing was recognised ({@link #UNKNOWN})} When the deciding code is temporary ({@link #temporary()}),
     * the entry may say so differently than for a permanent one.
     */
    public Retry retry() {
        return variant != null ? variant.retry() : finding.entry().retry();
    }

    /**
     * Whether the code that decides the diagnosis is temporary (4.x.y, or 4xx without an enhanced status
     * code): the catalog may then say that waiting helps.
     *
     * @return true when the deciding code is temporary
     */
    public boolean temporary() {
        return finding.temporary();
    }

    /** {@return the codes, addresses and hosts recognised in the input} */
    public Codes codes() {
        return finding.codes();
    }

    /** {@return the language of the texts: a catalog language such as {@code ja} or {@code en}} */
    public Locale locale() {
        return locale;
    }

    /** {@return the title: what happened, in one line} */
    public String title() {
        return texts().title();
    }

    /** {@return the summary: two or three sentences on what happened and why} */
    public String summary() {
        return texts().summary();
    }

    /** {@return what the end user does, in order, one step per element} */
    public List<String> steps() {
        return texts().steps();
    }

    /** {@return notes for the administrator or help desk; empty when the entry has none} */
    public List<String> adminNotes() {
        return texts().adminNotes();
    }

    /**
     * From 0 to 1: how sure the diagnosis is. 0.9 and above for a specific phrase, about 0.7 for an
     * enhanced status code alone, lower for a bare reply code or generic wording, 0 for {@link #UNKNOWN};
     * lower again when another entry scored nearly as well.
     *
     * @return the confidence, from 0 to 1
     */
    public double confidence() {
        return finding.confidence();
    }

    /**
     * {@return which conditions of which rule matched which part of the input; empty for {@link #UNKNOWN}}
     */
    public List<Evidence> evidence() {
        return finding.evidence();
    }

    /**
     * Whether the input was longer than the instance's {@link Limits#maxTextChars()} (by default
     * {@value dev.bouncedoc.BounceDoc#MAX_INPUT_CHARS} characters): only {@link #charsRead()} were read.
     *
     * @return true when the end of the input was not read
     */
    public boolean truncated() {
        return finding.charsRead() < finding.input().length();
    }

    /** {@return how many characters of the input were read: all of them unless {@link #truncated()}} */
    public int charsRead() {
        return finding.charsRead();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Diagnosis)) {
            return false;
        }
        Diagnosis d = (Diagnosis) o;
        Finding f = d.finding;
        return finding.charsRead() == f.charsRead() && Double.compare(finding.confidence(), f.confidence()) == 0
                && finding.input().equals(f.input()) && finding.entry().id().equals(f.entry().id())
                && (variant == null) == (d.variant == null) && catalog.version().equals(d.catalog.version())
                && locale.equals(d.locale) && finding.codes().equals(f.codes()) && finding.evidence().equals(f.evidence())
                && texts().equals(d.texts()) && Objects.equals(helpBaseUrl, d.helpBaseUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(finding.input(), finding.entry().id(), catalog.version(), locale, finding.codes(), texts());
    }

    @Override
    public String toString() {
        return "Diagnosis[" + id() + ", " + title() + "]";
    }
}
