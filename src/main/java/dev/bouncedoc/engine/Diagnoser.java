package dev.bouncedoc.engine;

import dev.bouncedoc.catalog.CatalogData;
import dev.bouncedoc.catalog.EntryData;
import dev.bouncedoc.match.CodeSyntax;
import dev.bouncedoc.match.Condition;
import dev.bouncedoc.match.Found;
import dev.bouncedoc.match.MatchResult;
import dev.bouncedoc.match.SimilarityIndex;
import dev.bouncedoc.match.Token;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.Codes;
import dev.bouncedoc.vocabulary.EnhancedStatus;
import dev.bouncedoc.vocabulary.Evidence;
import dev.bouncedoc.vocabulary.Hresult;
import dev.bouncedoc.vocabulary.ReplyCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Diagnoses one text against a catalog: matches it, picks the entry, and gathers its codes, evidence and
 * confidence. Immutable and thread-safe.
 */
public final class Diagnoser {
    /** The id of the entry for "nothing recognised". */
    public static final String UNKNOWN = "unknown";

    /** The cosine similarity from which the nearest catalog text is proposed; below it the answer is unknown. */
    static final double SIMILAR_THRESHOLD = 0.4;
    private static final int SIMILAR_EVIDENCE_CHARS = 200;
    /** The evidence kind of each condition type, by ordinal: its name in lower case. */
    private static final String[] KINDS = kinds();

    private final CatalogData catalog;
    private final int maxTextChars;

    public Diagnoser(CatalogData catalog, int maxTextChars) {
        this.catalog = catalog;
        this.maxTextChars = maxTextChars;
    }

    public CatalogData catalog() {
        return catalog;
    }

    /** Diagnoses a pasted text with every entry of the catalog. */
    public Finding diagnose(String text) {
        return diagnose(text, null, null);
    }

    /**
     * Diagnoses a text with some entries left out ({@code excluded}, by entry index, may be null), or with
     * the entry {@code forced} (may be null) whatever the text says; the codes of the text are kept.
     */
    Finding diagnose(String text, boolean[] excluded, EntryData forced) {
        return diagnose(text, excluded, forced, match(text, excluded));
    }

    /** The catalog's match of a text with some entries left out (may be null): what a diagnosis starts from. */
    MatchResult match(String text, boolean[] excluded) {
        return catalog.rules().match(text, excluded, maxTextChars);
    }

    /**
     * {@link #diagnose(String, boolean[], EntryData)} from the text's {@link #match} already made with the same
     * {@code excluded}: a recipient's text diagnosed again with an entry forced is not matched twice.
     */
    Finding diagnose(String text, boolean[] excluded, EntryData forced, MatchResult match) {
        SimilarityIndex.Hit similar = forced == null && match.entry() < 0 ? similar(match.normalized(), excluded) : null;
        EntryData entry = forced != null ? forced : match.entry() >= 0 ? catalog.entries().get(match.entry())
                : similar != null ? catalog.entries().get(similar.entry()) : catalog.entry(UNKNOWN);

        List<Found> found = match.evidence();
        boolean own = forced == null || match.entry() < 0 || forced.id().equals(catalog.entries().get(match.entry()).id());
        // else the evidence was for another entry; the report's own statement decided
        Evidence[] evidence = new Evidence[(own ? found.size() : 0) + (similar != null ? 1 : 0)];
        int e = 0;
        if (own) {
            for (Found f : found) {
                evidence[e++] = new Evidence(KINDS[f.condition().ordinal()], f.value(), f.start(), f.end(),
                        Text.visible(f.text()));
            }
        }
        if (similar != null) {
            int end = Math.min(text.length(), SIMILAR_EVIDENCE_CHARS);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never cut a character in two
            }
            evidence[e] = new Evidence("similar", similar.text(), 0, end, Text.visible(text.substring(0, end)));
        }
        Found[] chosen = chosen(match);
        Codes codes = codes(match, chosen);
        // the deciding code as written in the answer's texts: the scanner's canonical spelling of each kind is
        // the code's own (EnhancedStatus#toString, ReplyCode#toString), an HRESULT in hex, POP3 and IMAP in brackets
        Found pick;
        String code = codes.hresult() != null ? codes.hresult().hex()
                : (pick = chosen[Token.Kind.STATUS.ordinal()]) != null ? pick.value()
                : (pick = chosen[Token.Kind.REPLY.ordinal()]) != null ? pick.value()
                : codes.pop3() != null ? "[" + codes.pop3() + "]"
                : codes.imap() != null ? "[" + codes.imap() + "]"
                : codes.socketError() != null ? codes.socketError().toString() : null;
        String host = codes.hosts().isEmpty() ? null : codes.hosts().get(0);
        String address = codes.addresses().isEmpty() ? null : codes.addresses().get(0);
        Map<String, String> arguments = arguments(host, address, code);
        boolean temporary = codes.status() != null ? codes.status().isTransient()
                : codes.reply() != null && codes.reply().isTransient();
        double confidence = forced != null ? 0.9 : similar != null ? similarConfidence(similar.score()) : confidence(match);
        int charsRead = match.truncated() ? Math.min(text.length(), maxTextChars) : text.length();
        return new Finding(text, entry, codes, confidence, evidence.length == 0 ? List.of() : List.of(evidence),
                charsRead, arguments, temporary);
    }

    /**
     * When no rule matches: the entry whose example or phrase is nearest to the text, if it is near enough
     * (catalog/README.md, "When no rule matches"); null otherwise. The threshold was set from the labelled
     * mail-program texts (src/test/resources/client-errors): see {@link #SIMILAR_THRESHOLD}.
     */
    private SimilarityIndex.Hit similar(String normalized, boolean[] excluded) {
        SimilarityIndex.Hit hit = catalog.similarity().nearestNormalized(normalized, excluded, SIMILAR_THRESHOLD);
        return hit != null && hit.score() >= SIMILAR_THRESHOLD ? hit : null;
    }

    /** A guess by similarity is never sure: 0.3 at the threshold, rising to 0.45 for a near copy. */
    static double similarConfidence(double score) {
        double c = 0.3 + 0.15 * (score - SIMILAR_THRESHOLD) / (1 - SIMILAR_THRESHOLD);
        return Math.round(Math.min(0.45, c) * 100) / 100.0;
    }

    private static String[] kinds() {
        Condition[] types = Condition.values();
        String[] kinds = new String[types.length];
        for (Condition c : types) {
            kinds[c.ordinal()] = c.name().toLowerCase(Locale.ROOT);
        }
        return kinds;
    }

    /** The template arguments the text supplies, each when found (an immutable map, made once). */
    private static Map<String, String> arguments(String host, String address, String code) {
        if (host == null) {
            return address == null ? code == null ? Map.of() : Map.of("code", code)
                    : code == null ? Map.of("address", address) : Map.of("address", address, "code", code);
        }
        return address == null ? code == null ? Map.of("host", host) : Map.of("host", host, "code", code)
                : code == null ? Map.of("host", host, "address", address)
                : Map.of("host", host, "address", address, "code", code);
    }

    /** The codes of the input, by kind's ordinal: per kind, the one the winning rule used, else the first. */
    private static Found[] chosen(MatchResult match) {
        Found[] chosen = new Found[Token.Kind.values().length];
        for (Found f : match.codes()) {
            if (f.token() == Token.Kind.ADDRESS || f.token() == Token.Kind.HOST) {
                continue;
            }
            if (ruleStartsAt(match, f.start())) {
                chosen[f.token().ordinal()] = f; // the code the winning rule rests on
            } else if (chosen[f.token().ordinal()] == null) {
                chosen[f.token().ordinal()] = f;
            }
        }
        return chosen;
    }

    /** The codes of the input ({@link #chosen}), with every address and host. */
    private static Codes codes(MatchResult match, Found[] chosen) {
        int addressCount = 0;
        int hostCount = 0;
        for (Found f : match.codes()) {
            addressCount += f.token() == Token.Kind.ADDRESS ? 1 : 0;
            hostCount += f.token() == Token.Kind.HOST ? 1 : 0;
        }
        String[] addresses = new String[addressCount];
        String[] hosts = new String[hostCount];
        int a = 0;
        int h = 0;
        for (Found f : match.codes()) {
            if (f.token() == Token.Kind.ADDRESS) {
                addresses[a++] = Text.visible(f.text()); // no bidi or zero-width control in a value taken from input
            } else if (f.token() == Token.Kind.HOST) {
                hosts[h++] = Text.visible(f.text());
            }
        }
        Found reply = chosen[Token.Kind.REPLY.ordinal()];
        Found status = chosen[Token.Kind.STATUS.ordinal()];
        Found hresult = chosen[Token.Kind.HRESULT.ordinal()];
        Found pop3 = chosen[Token.Kind.POP3.ordinal()];
        Found imap = chosen[Token.Kind.IMAP.ordinal()];
        Found socket = chosen[Token.Kind.SOCKET.ordinal()];
        return new Codes(
                reply == null ? null : new ReplyCode(Integer.parseInt(reply.value())),
                status == null ? null : status(status.value()),
                hresult == null ? null : hresult(hresult.value()),
                pop3 == null ? null : pop3.value(),
                imap == null ? null : imap.value(),
                socket == null ? null : Integer.valueOf(socket.value()),
                addressCount == 0 ? List.of() : List.of(addresses), hostCount == 0 ? List.of() : List.of(hosts));
    }

    /**
     * {@link EnhancedStatus#parse} of the scanner's spelling of a status code ("5.7.1": three numbers of one to
     * three digits, without leading zeros), read in place.
     */
    private static EnhancedStatus status(String value) {
        int[] parts = new int[3];
        int p = 0;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '.') {
                p++;
            } else {
                parts[p] = parts[p] * 10 + (c - '0');
            }
        }
        return new EnhancedStatus(parts[0], parts[1], parts[2]);
    }

    /** Whether a code condition of the winning rule was found at {@code start} (a rule has a few conditions). */
    private static boolean ruleStartsAt(MatchResult match, int start) {
        for (Found e : match.evidence()) {
            if (!e.condition().isText() && e.start() == start) {
                return true;
            }
        }
        return false;
    }

    private static Hresult hresult(String hex) {
        String name = CodeSyntax.hresultName(hex);
        return new Hresult(Integer.parseUnsignedInt(hex.substring(2), 16), name == null || name.equals("-") ? null : name);
    }

    /**
     * The confidence of an answer that rests on one short phrase, or on one phrase the catalog also gives to
     * another entry (MatchResult#weak): below 0.5. On the first looks at unseen programs it took confident wrong
     * answers from 21 to 13 of 446 rows (src/test/resources/client-errors/README.md, "Confidence audit").
     */
    static final double WEAK = 0.45;

    /** catalog/README.md weights: a phrase is surer than a status code, which is surer than a reply code. */
    private static double confidence(MatchResult match) {
        int score = match.score();
        if (match.entry() < 0) {
            return 0.0;
        }
        double c = match.weak() ? WEAK : score >= 55 ? 0.95 : score >= 40 ? 0.9 : score >= 30 ? 0.8
                : score >= 20 ? 0.7 : score >= 15 ? 0.6 : score >= 8 ? 0.45 : 0.3;
        if (match.runnerUp() >= score) {
            c *= 0.75; // another entry scored the same; the tie was broken by phrase length or order
        } else if (match.runnerUp() >= score - 5) {
            c *= 0.9;
        }
        return Math.round(c * 100) / 100.0;
    }
}
