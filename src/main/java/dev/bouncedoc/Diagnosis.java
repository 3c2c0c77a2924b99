package dev.bouncedoc;

import dev.bouncedoc.vocabulary.EnhancedStatus;
import dev.bouncedoc.vocabulary.Codes;
import dev.bouncedoc.vocabulary.Evidence;
import dev.bouncedoc.vocabulary.Retry;
import dev.bouncedoc.vocabulary.WhoActs;
import dev.bouncedoc.vocabulary.EntryKind;
import dev.bouncedoc.catalog.EntryData;
import dev.bouncedoc.catalog.TextSet;
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
    public static final String UNKNOWN = "unknown";

    private final String input;
    private final EntryData entry;
    private final Codes codes;
    private final double confidence;
    private final List<Evidence> evidence;
    private final int charsRead;
    private final Map<String, String> arguments; // template arguments found in the input
    private final Catalog catalog;
    private final Locale locale;
    private final TextSet texts;
    private final EntryData.Variant variant; // non-null when the deciding code is temporary and the entry says how

    Diagnosis(String input, EntryData entry, Catalog catalog, Codes codes, double confidence, List<Evidence> evidence,
              int charsRead, Map<String, String> arguments, Locale requested, boolean temporaryCode) {
        this.input = input;
        this.entry = entry;
        this.variant = temporaryCode ? entry.whenTransient() : null;
        this.catalog = catalog;
        this.codes = codes;
        this.confidence = confidence;
        this.evidence = List.copyOf(evidence);
        this.charsRead = charsRead;
        this.arguments = Map.copyOf(arguments);
        String language = catalog.language(requested);
        this.locale = Locale.forLanguageTag(language);
        this.texts = texts(language).format(withPlaceholders(catalog, language, this.arguments));
    }

    private TextSet texts(String language) {
        return (variant != null ? variant.texts() : entry.texts()).get(language);
    }

    private static Map<String, String> withPlaceholders(Catalog catalog, String language, Map<String, String> found) {
        Map<String, String> args = new HashMap<>(catalog.data().placeholders(language));
        args.putAll(found);
        return args;
    }

    /** The same diagnosis with its texts in the catalog language that best serves {@code locale}. */
    public Diagnosis in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return catalog.language(locale).equals(this.locale.getLanguage()) ? this
                : new Diagnosis(input, entry, catalog, codes, confidence, evidence, charsRead, arguments, locale,
                        variant != null);
    }

    /** The text that was diagnosed. */
    public String input() {
        return input;
    }

    /** The stable id of the catalog entry, or {@link #UNKNOWN}. */
    public String id() {
        return entry.id();
    }

    /** Whether something in the input was recognised: the id is not {@link #UNKNOWN}. */
    public boolean recognised() {
        return !UNKNOWN.equals(entry.id());
    }

    public String catalogVersion() {
        return catalog.version();
    }

    public EntryKind kind() {
        return EntryKind.of(entry.kind());
    }

    /** The Sisimai reason (userunknown, mailboxfull, ...) for delivery failures; null for client problems. */
    public String reason() {
        return entry.reason();
    }

    /** For delivery failures, whether sending again can never succeed; null where it does not apply. */
    public Boolean hardBounce() {
        return variant != null ? variant.hardBounce() : entry.hardBounce();
    }

    public WhoActs whoActs() {
        return WhoActs.of(variant != null && variant.whoActs() != null ? variant.whoActs() : entry.whoActs());
    }

    public Retry retry() {
        return Retry.of(variant != null ? variant.retry() : entry.retry());
    }

    /**
     * Whether the code that decides the diagnosis is temporary (4.x.y, or 4xx without an enhanced status
     * code): the catalog may then say that waiting helps.
     */
    public boolean temporary() {
        EnhancedStatus status = codes.status();
        return status != null ? status.isTransient() : codes.reply() != null && codes.reply().isTransient();
    }

    public Codes codes() {
        return codes;
    }

    /** The language of the texts. */
    public Locale locale() {
        return locale;
    }

    /** One line. */
    public String title() {
        return texts.title();
    }

    /** Two or three sentences: what happened and why. */
    public String summary() {
        return texts.summary();
    }

    /** What the end user does, in order. */
    public List<String> steps() {
        return texts.steps();
    }

    /** Notes for the administrator or help desk. */
    public List<String> adminNotes() {
        return texts.adminNotes();
    }

    /**
     * From 0 to 1: how sure the diagnosis is. 0.9 and above for a specific phrase, about 0.7 for an
     * enhanced status code alone, lower for a bare reply code or generic wording, 0 for {@link #UNKNOWN};
     * lower again when another entry scored nearly as well.
     */
    public double confidence() {
        return confidence;
    }

    /** Which conditions of which rule matched which part of the input. Empty for {@link #UNKNOWN}. */
    public List<Evidence> evidence() {
        return evidence;
    }

    /**
     * Whether the input was longer than the instance's {@link Limits#maxTextChars()} (by default
     * {@value dev.bouncedoc.BounceDoc#MAX_INPUT_CHARS} characters): only {@link #charsRead()} were read.
     */
    public boolean truncated() {
        return charsRead < input.length();
    }

    /** How many characters of the input were read: all of them unless {@link #truncated()}. */
    public int charsRead() {
        return charsRead;
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
        return charsRead == d.charsRead && Double.compare(confidence, d.confidence) == 0
                && input.equals(d.input) && entry.id().equals(d.entry.id()) && (variant == null) == (d.variant == null)
                && catalog.version().equals(d.catalog.version()) && locale.equals(d.locale) && codes.equals(d.codes)
                && evidence.equals(d.evidence) && texts.equals(d.texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, entry.id(), catalog.version(), locale, codes, confidence, texts);
    }

    @Override
    public String toString() {
        return "Diagnosis[" + id() + ", " + title() + "]";
    }
}
