package dev.bouncedoc;

import dev.bouncedoc.engine.BounceReader;
import dev.bouncedoc.engine.Diagnoser;
import dev.bouncedoc.engine.MessageScan;
import dev.bouncedoc.match.TextNormalizer;
import dev.bouncedoc.vocabulary.Limits;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The front door: explains mail errors. Create one and share it; it is immutable and thread-safe.
 *
 * <pre>{@code
 * BounceDoc doc = BounceDoc.create();
 * Diagnosis d = doc.diagnose("554 5.7.1 <bob@example.com>: Relay access denied", Locale.JAPANESE);
 * d.id();      // client.smtp-auth-required
 * d.title();   // in Japanese
 * }</pre>
 */
public final class BounceDoc {
    /**
     * Input beyond this many UTF-16 characters is not read by default ({@link Limits#maxTextChars()}); the
     * diagnosis says it was cut.
     */
    public static final int MAX_INPUT_CHARS = TextNormalizer.MAX_INPUT_CHARS;

    private final Catalog catalog;
    private final Locale locale;
    private final Limits limits;
    private final Diagnoser diagnoser;
    private final BounceReader reader;

    private BounceDoc(Builder builder) {
        this.catalog = builder.catalog;
        this.locale = builder.locale;
        this.limits = builder.limits;
        this.diagnoser = new Diagnoser(catalog.data(), limits.maxTextChars());
        this.reader = new BounceReader(diagnoser, limits);
    }

    /** With the bundled catalog, English texts by default. */
    public static BounceDoc create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Diagnoses one text with texts in the default language of this instance. */
    public Diagnosis diagnose(String text) {
        return diagnose(text, locale);
    }

    /**
     * Diagnoses one text (an SMTP reply, a status code, a POP3 answer, a mail program's error message, an
     * HRESULT, a line of a bounce) with texts in the catalog language that best serves {@code locale}.
     * Never throws for any non-null text; text beyond {@link #MAX_INPUT_CHARS} is not read.
     *
     * @throws NullPointerException if {@code text} or {@code locale} is null
     */
    public Diagnosis diagnose(String text, Locale locale) {
        Objects.requireNonNull(text, "text to diagnose must not be null");
        Objects.requireNonNull(locale, "locale must not be null");
        return new Diagnosis(diagnoser.diagnose(text), catalog, locale);
    }

    /**
     * Reads a message (a bounce, a delay warning, a feedback report, an auto-reply, or any other message)
     * and diagnoses each recipient it reports on, with texts in this instance's language. Never throws for
     * any bytes: what cannot be read is said in {@link BounceReport#problems()}.
     *
     * @throws NullPointerException if {@code message} is null
     */
    public BounceReport read(byte[] message) {
        Objects.requireNonNull(message, "message bytes must not be null");
        return BounceReport.of(reader.read(message), catalog, locale);
    }

    /** Reads one message from a stream (read up to the size limit, not closed). */
    public BounceReport read(InputStream message) throws IOException {
        return read(Objects.requireNonNull(message, "message stream must not be null").readNBytes(limits.maxMessageBytes() + 1));
    }

    /** Reads one message file. */
    public BounceReport read(Path message) throws IOException {
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(message, "message path must not be null"))) {
            return read(in);
        }
    }

    /** Reads a message that the application already holds as a Jakarta Mail part or MimeMessage. */
    public BounceReport read(Part message) {
        Objects.requireNonNull(message, "message part must not be null");
        return BounceReport.of(reader.read(message), catalog, locale);
    }

    /**
     * Reads every message under the paths: message files, mbox files, Maildir folders and directories
     * (recursively), one message in memory at a time. Each message gives one {@link ScannedMessage}: a
     * report, or an error record when it could not be read. Close the stream to release open files.
     */
    public Stream<ScannedMessage> scan(List<Path> paths) {
        return scan(paths, 1);
    }

    /**
     * As {@link #scan(List)}, with the messages read on {@code threads} threads of the stream's own: the
     * messages come in the same order, with the same reports. While the caller consumes one, the threads read
     * the next ones: at most two a thread, and no more than {@link Limits#maxMessageBytes()} of message bytes
     * together unless it is a single message, so memory stays bounded. Close the stream to release open files
     * and its threads (idle threads also end by themselves after a second).
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Stream<ScannedMessage> scan(List<Path> paths, int threads) {
        Objects.requireNonNull(paths, "paths");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        return MessageScan.stream(reader, limits.maxMessageBytes(), List.copyOf(paths), threads,
                m -> ScannedMessage.of(m, catalog, locale));
    }

    /** The limits on what is read of each message. */
    public Limits limits() {
        return limits;
    }

    /** Configures a {@link BounceDoc}. */
    public static final class Builder {
        private Catalog catalog;
        private Locale locale = Locale.ENGLISH;
        private Limits limits = Limits.DEFAULT;

        private Builder() {
        }

        /** The catalog to diagnose with; the bundled one by default. */
        public Builder catalog(Catalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /** The language of {@link BounceDoc#diagnose(String)} and of reports; English by default. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** How much of each message and text is read; {@link Limits#DEFAULT} by default. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public BounceDoc build() {
            catalog = catalog == null ? Catalog.bundled() : catalog;
            return new BounceDoc(this);
        }
    }
}
