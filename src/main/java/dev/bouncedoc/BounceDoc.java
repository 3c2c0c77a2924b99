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
    private final String helpBaseUrl;
    private final Diagnoser diagnoser;
    private final BounceReader reader;

    private BounceDoc(Builder builder) {
        this.catalog = builder.catalog;
        this.locale = builder.locale;
        this.limits = builder.limits;
        this.helpBaseUrl = builder.helpBaseUrl;
        this.diagnoser = new Diagnoser(catalog.data(), limits.maxTextChars());
        this.reader = new BounceReader(diagnoser, limits);
    }

    /**
     * {@return an instance with the bundled catalog, English texts and the default limits}
     * The same as {@code builder().build()}.
     */
    public static BounceDoc create() {
        return builder().build();
    }

    /**
     * {@return a builder that starts from the bundled catalog, English texts and {@link Limits#DEFAULT}}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the catalog this instance diagnoses with} */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * Diagnoses one text with texts in the language of this instance ({@link Builder#locale(Locale)});
     * otherwise as {@link #diagnose(String, Locale)}.
     *
     * @param text the error text as the user saw it
     * @return the diagnosis; its id is {@link Diagnosis#UNKNOWN} when nothing was recognised
     * @throws NullPointerException if {@code text} is null
     */
    public Diagnosis diagnose(String text) {
        return diagnose(text, locale);
    }

    /**
     * Diagnoses one text (an SMTP reply, a status code, a POP3 answer, a mail program's error message, an
     * HRESULT, a line of a bounce) with texts in the catalog language that best serves {@code locale}.
     * Never throws for any non-null text; text beyond {@link #MAX_INPUT_CHARS} is not read.
     *
     * @param text   the error text as the user saw it, one line or several
     * @param locale the language wanted for the texts; a language the catalog lacks gets its default one
     * @return the diagnosis; its id is {@link Diagnosis#UNKNOWN} when nothing was recognised
     * @throws NullPointerException if {@code text} or {@code locale} is null
     */
    public Diagnosis diagnose(String text, Locale locale) {
        Objects.requireNonNull(text, "text to diagnose must not be null");
        Objects.requireNonNull(locale, "locale must not be null");
        return new Diagnosis(diagnoser.diagnose(text), catalog, locale, helpBaseUrl);
    }

    /**
     * Reads a message (a bounce, a delay warning, a feedback report, an auto-reply, or any other message)
     * and diagnoses each recipient it reports on, with texts in this instance's language. Never throws for
     * any bytes: what cannot be read is said in {@link BounceReport#problems()}.
     *
     * @param message the whole message as received, header and body; bytes beyond
     *                {@link Limits#maxMessageBytes()} are not read
     * @return what the message says about delivery, with a diagnosis per recipient
     * @throws NullPointerException if {@code message} is null
     */
    public BounceReport read(byte[] message) {
        Objects.requireNonNull(message, "message bytes must not be null");
        return BounceReport.of(reader.read(message), catalog, locale, helpBaseUrl);
    }

    /**
     * Reads one message from a stream, as {@link #read(byte[])} reads its bytes. At most one byte more than
     * {@link Limits#maxMessageBytes()} is taken from the stream (so that a cut is seen); the rest stays in
     * it, and the stream is not closed.
     *
     * @param message the stream positioned at the start of the message
     * @return what the message says about delivery, with a diagnosis per recipient
     * @throws IOException if reading the stream fails
     * @throws NullPointerException if {@code message} is null
     */
    public BounceReport read(InputStream message) throws IOException {
        return read(Objects.requireNonNull(message, "message stream must not be null").readNBytes(limits.maxMessageBytes() + 1));
    }

    /**
     * Reads one message file (a single message, not an mbox: see {@link #scan(List)}), as
     * {@link #read(byte[])} reads its bytes.
     *
     * @param message the path of the file
     * @return what the message says about delivery, with a diagnosis per recipient
     * @throws IOException if the file cannot be opened or read
     * @throws NullPointerException if {@code message} is null
     */
    public BounceReport read(Path message) throws IOException {
        Objects.requireNonNull(message, "message path must not be null");
        try (InputStream in = Files.newInputStream(message)) {
            // one array of the file's size, not readNBytes's chunks and their copy (twice the size at once)
            return read(MessageScan.bytes(in, Files.size(message), limits.maxMessageBytes() + 1));
        }
    }

    /**
     * Reads a message that the application already holds as a Jakarta Mail part or MimeMessage. Never throws
     * for any content: what cannot be read is said in {@link BounceReport#problems()}.
     *
     * @param message the message or part
     * @return what the message says about delivery, with a diagnosis per recipient
     * @throws NullPointerException if {@code message} is null
     */
    public BounceReport read(Part message) {
        Objects.requireNonNull(message, "message part must not be null");
        return BounceReport.of(reader.read(message), catalog, locale, helpBaseUrl);
    }

    /**
     * Reads every message under the paths: message files, mbox files, Maildir folders and directories
     * (recursively), one message in memory at a time. Each message gives one {@link ScannedMessage}: a
     * report, or an error record when it could not be read. Links are followed, but each file and folder is
     * read once (a link loop ends), and only regular files are opened (a FIFO, a device or a socket gets an
     * error record). Close the stream to release open files.
     *
     * @param paths files, mbox files, Maildir folders and directories, read in this order
     * @return one element per message, read as the stream is consumed: the paths in the order given, the
     *         files of a directory in sorted order
     * @throws NullPointerException if {@code paths} or one of its elements is null
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
     * @param paths   as for {@link #scan(List)}
     * @param threads how many threads read messages ahead, at least 1
     * @return one element per message, in the order {@link #scan(List)} gives them
     * @throws IllegalArgumentException if {@code threads} is less than 1
     * @throws NullPointerException if {@code paths} or one of its elements is null
     */
    public Stream<ScannedMessage> scan(List<Path> paths, int threads) {
        Objects.requireNonNull(paths, "paths");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        return MessageScan.stream(reader, limits.maxMessageBytes(), List.copyOf(paths), threads,
                m -> ScannedMessage.of(m, catalog, locale, helpBaseUrl));
    }

    /** {@return the limits on what is read of each message and text} */
    public Limits limits() {
        return limits;
    }

    /** Configures a {@link BounceDoc}. */
    public static final class Builder {
        private Catalog catalog;
        private Locale locale = Locale.ENGLISH;
        private Limits limits = Limits.DEFAULT;
        private String helpBaseUrl;

        private Builder() {
        }

        /**
         * Sets the catalog to diagnose with; the bundled one by default.
         *
         * @param catalog the catalog, such as {@link Catalog#bundled()} with an overlay
         * @return this builder
         * @throws NullPointerException if {@code catalog} is null
         */
        public Builder catalog(Catalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * Sets the language of {@link BounceDoc#diagnose(String)} and of reports; English by default.
         *
         * @param locale the language wanted; a language the catalog lacks gets the catalog's default one
         * @return this builder
         * @throws NullPointerException if {@code locale} is null
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets how much of each message and text is read; {@link Limits#DEFAULT} by default.
         *
         * @param limits the limits
         * @return this builder
         * @throws NullPointerException if {@code limits} is null
         */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets where the help pages of {@code bouncedoc site} are published, so that every diagnosis carries
         * the full address of its page ({@link Diagnosis#helpUrl()}); none by default.
         *
         * @param baseUrl the address of the site's root, such as {@code https://help.example.jp/bouncedoc/}
         *                (an absolute {@code http} or {@code https} URL, or a path beginning with {@code /}); a
         *                missing final {@code /} is added
         * @return this builder
         * @throws NullPointerException     if {@code baseUrl} is null
         * @throws IllegalArgumentException if {@code baseUrl} is neither an absolute http(s) URL nor an absolute
         *                                  path, or carries a query, a fragment, spaces or control characters
         */
        public Builder helpBaseUrl(String baseUrl) {
            this.helpBaseUrl = HelpPages.baseUrl(Objects.requireNonNull(baseUrl, "baseUrl"));
            return this;
        }

        /**
         * {@return a new instance with what was set} Loads the bundled catalog when no catalog was set.
         */
        public BounceDoc build() {
            catalog = catalog == null ? Catalog.bundled() : catalog;
            return new BounceDoc(this);
        }
    }
}
