package dev.bouncedoc;

import dev.bouncedoc.vocabulary.EnhancedStatus;
import dev.bouncedoc.vocabulary.ReplyCode;
import dev.bouncedoc.vocabulary.Hresult;
import dev.bouncedoc.vocabulary.Codes;
import dev.bouncedoc.vocabulary.Evidence;
import dev.bouncedoc.catalog.EntryData;
import dev.bouncedoc.match.CodeSyntax;
import dev.bouncedoc.match.Condition;
import dev.bouncedoc.match.Found;
import dev.bouncedoc.match.MatchResult;
import dev.bouncedoc.match.TextNormalizer;
import dev.bouncedoc.match.Token;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    private BounceDoc(Builder builder) {
        this.catalog = builder.catalog;
        this.locale = builder.locale;
        this.limits = builder.limits;
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
        return diagnose(text, locale, null, null);
    }

    /**
     * Diagnoses a text with some entries left out ({@code excluded}, by entry index, may be null), or with
     * the entry {@code forced} (may be null) whatever the text says; the codes of the text are kept.
     */
    Diagnosis diagnose(String text, Locale locale, boolean[] excluded, EntryData forced) {
        MatchResult match = catalog.data().rules().match(text, excluded, limits.maxTextChars());
        EntryData entry = forced != null ? forced : match.entry() >= 0 ? catalog.data().entries().get(match.entry())
                : catalog.data().entry(Diagnosis.UNKNOWN);

        List<Evidence> evidence = new ArrayList<>();
        for (Found f : match.evidence()) {
            evidence.add(new Evidence(f.condition().name().toLowerCase(Locale.ROOT), f.value(), f.start(), f.end(),
                    f.text()));
        }
        Codes codes = codes(match);
        Map<String, String> arguments = new HashMap<>();
        if (!codes.hosts().isEmpty()) {
            arguments.put("host", codes.hosts().get(0));
        }
        if (!codes.addresses().isEmpty()) {
            arguments.put("address", codes.addresses().get(0));
        }
        String code = codes.hresult() != null ? codes.hresult().hex()
                : codes.status() != null ? codes.status().toString()
                : codes.reply() != null ? codes.reply().toString()
                : codes.pop3() != null ? "[" + codes.pop3() + "]"
                : codes.imap() != null ? "[" + codes.imap() + "]"
                : codes.socketError() != null ? codes.socketError().toString() : null;
        if (code != null) {
            arguments.put("code", code);
        }
        boolean temporary = codes.status() != null ? codes.status().isTransient()
                : codes.reply() != null && codes.reply().isTransient();
        double confidence = forced != null ? 0.9 : confidence(match);
        if (forced != null && match.entry() >= 0 && !forced.id().equals(catalog.data().entries().get(match.entry()).id())) {
            evidence.clear(); // the evidence was for another entry; the report's own statement decided
        }
        int charsRead = match.truncated() ? Math.min(text.length(), limits.maxTextChars()) : text.length();
        return new Diagnosis(text, entry, catalog, codes, confidence, evidence, charsRead, arguments,
                locale, temporary);
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
        return reader().read(message);
    }

    /** Reads one message from a stream (read up to the size limit, not closed). */
    public BounceReport read(InputStream message) throws IOException {
        Objects.requireNonNull(message, "message stream must not be null");
        byte[] bytes = message.readNBytes(limits.maxMessageBytes() + 1);
        return read(bytes);
    }

    /** Reads one message file. */
    public BounceReport read(Path message) throws IOException {
        Objects.requireNonNull(message, "message path must not be null");
        try (InputStream in = Files.newInputStream(message)) {
            return read(in);
        }
    }

    /** Reads a message that the application already holds as a Jakarta Mail part or MimeMessage. */
    public BounceReport read(Part message) {
        Objects.requireNonNull(message, "message part must not be null");
        return reader().read(message);
    }

    /**
     * Reads every message under the paths: message files, mbox files, Maildir folders and directories
     * (recursively), one message in memory at a time. Each message gives one {@link ScannedMessage}: a
     * report, or an error record when it could not be read. Close the stream to release open files.
     */
    public Stream<ScannedMessage> scan(List<Path> paths) {
        Objects.requireNonNull(paths, "paths");
        return MessageScan.stream(this, paths);
    }

    /** The limits on what is read of each message. */
    public Limits limits() {
        return limits;
    }

    private BounceReader reader() {
        return new BounceReader(this, catalog, locale, limits);
    }

    /** The codes of the input: per kind, the one the winning rule used, else the first. */
    private static Codes codes(MatchResult match) {
        Map<Token.Kind, Found> chosen = new HashMap<>();
        List<String> addresses = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        Set<Integer> ruleStarts = new HashSet<>();
        for (Found e : match.evidence()) {
            if (e.condition() != Condition.PHRASE && e.condition() != Condition.HINT) {
                ruleStarts.add(e.start());
            }
        }
        for (Found f : match.codes()) {
            if (f.token() == Token.Kind.ADDRESS) {
                addresses.add(f.text());
            } else if (f.token() == Token.Kind.HOST) {
                hosts.add(f.text());
            } else if (ruleStarts.contains(f.start())) {
                chosen.put(f.token(), f); // the code the winning rule rests on
            } else {
                chosen.putIfAbsent(f.token(), f);
            }
        }
        Found reply = chosen.get(Token.Kind.REPLY);
        Found status = chosen.get(Token.Kind.STATUS);
        Found hresult = chosen.get(Token.Kind.HRESULT);
        Found pop3 = chosen.get(Token.Kind.POP3);
        Found imap = chosen.get(Token.Kind.IMAP);
        Found socket = chosen.get(Token.Kind.SOCKET);
        return new Codes(
                reply == null ? null : new ReplyCode(Integer.parseInt(reply.value())),
                status == null ? null : EnhancedStatus.parse(status.value()),
                hresult == null ? null : hresult(hresult.value()),
                pop3 == null ? null : pop3.value(),
                imap == null ? null : imap.value(),
                socket == null ? null : Integer.valueOf(socket.value()),
                addresses, hosts);
    }

    private static Hresult hresult(String hex) {
        String name = CodeSyntax.hresultName(hex);
        return new Hresult(Integer.parseUnsignedInt(hex.substring(2), 16), name == null || name.equals("-") ? null : name);
    }

    /** catalog/README.md weights: a phrase is surer than a status code, which is surer than a reply code. */
    private static double confidence(MatchResult match) {
        int score = match.score();
        if (match.entry() < 0) {
            return 0.0;
        }
        double c = score >= 55 ? 0.95 : score >= 40 ? 0.9 : score >= 30 ? 0.8 : score >= 20 ? 0.7
                : score >= 15 ? 0.6 : score >= 8 ? 0.45 : 0.3;
        if (match.runnerUp() >= score) {
            c *= 0.75; // another entry scored the same; the tie was broken by phrase length or order
        } else if (match.runnerUp() >= score - 5) {
            c *= 0.9;
        }
        return Math.round(c * 100) / 100.0;
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

        /** The language of {@link BounceDoc#diagnose(String)}; English by default. */
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
            if (catalog == null) {
                catalog = Catalog.bundled();
            }
            return new BounceDoc(this);
        }
    }
}
