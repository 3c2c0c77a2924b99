package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The wordings with which an MTA says it gave up on its own, not because a server refused: the message
 * expired in its queue, or its own directory has no such recipient.
 */
final class GiveUp {
    private GiveUp() {
    }

    /** qmail's (and the qmail-derived reports') "I'm not going to try again; this message has been in the queue too long." */
    static final String QMAIL_QUEUE_TOO_LONG = "has been in the queue too long";

    /** Exim's own retry verdicts (GMX and WEB.DE, built on Exim, write them too). */
    static final String[] EXIM_RETRY_VERDICTS = {"retry timeout exceeded", "all hosts have been failing for a long time",
        "retry time not reached for any host after a long failure period"};

    /** Whether the text says the message expired in the queue (the MTA stopped retrying). */
    static boolean saysExpired(String diagnostic) {
        String l = Text.lower(diagnostic);
        return l.contains("queue.expired") || l.contains("message expired") || l.contains("delivery time expired")
                || l.contains("retry timeout exceeded") || l.contains("queue lifetime");
    }

    /** Sendmail's words for a message it gave up on after keeping it in the queue. */
    static boolean sendmailGaveUp(List<String> lines) {
        for (String line : lines) {
            String l = Text.lower(line).strip();
            if (l.startsWith("message could not be delivered for ") || l.startsWith("cannot send message for ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failures, each stated {@link Stated#NO_SUCH_LOCAL_USER} where the diagnostic is one of the MTA's own fixed texts
     * for a failed directory lookup: the MTA looked the recipient up itself, so no SMTP command or filter
     * is involved and the address does not exist.
     */
    static List<Failure> directoryLookups(List<Failure> failures, String... fixedTexts) {
        List<Failure> out = new ArrayList<>(failures.size());
        for (Failure f : failures) {
            boolean lookup = f.stated() == null && f.diagnostic() != null
                    && Text.containsAny(Text.lower(f.diagnostic()), fixedTexts);
            out.add(lookup ? f.toBuilder().stated(Stated.NO_SUCH_LOCAL_USER).build() : f);
        }
        return out;
    }

    /**
     * The failures, each stated {@link Stated#NO_SUCH_LOCAL_USER} where the diagnostic is a local delivery
     * agent's own verdict, written first: Postfix's local(8) and virtual(8) {@code unknown user: "bob"}, and
     * sendmail's mail.local {@code mail.local: unknown user: bob}. The MTA is the recipient's own host and
     * found no such user; no server answered, so no filter is involved.
     */
    static List<Failure> localDeliveryAgent(List<Failure> failures) {
        List<Failure> out = new ArrayList<>(failures.size());
        for (Failure f : failures) {
            String l = f.diagnostic() == null ? "" : Text.lower(f.diagnostic()).strip();
            boolean own = f.stated() == null && (l.startsWith("unknown user:") || l.startsWith("mail.local: unknown user:"));
            out.add(own ? f.toBuilder().stated(Stated.NO_SUCH_LOCAL_USER).build() : f);
        }
        return out;
    }
}
