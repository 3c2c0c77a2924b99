package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * qmail (qmail-send, netqmail, notqmail and their patches). A plain-text "failure notice" that begins
 * {@code Hi. This is the qmail-send program at host.} and {@code I'm afraid I wasn't able to deliver your
 * message to the following addresses.}, then per recipient a line {@code <address>:} and qmail's account:
 * {@code 192.0.2.1 does not like recipient.} (RCPT), {@code ... failed after I sent the message.} (DATA),
 * {@code Connected to 192.0.2.1 but sender was rejected.} (MAIL), {@code ... but my name was rejected.}
 * (HELO), followed by {@code Remote host said: 550 ...} and the reply's further lines; or a local error with
 * qmail's own status in parentheses ({@code Sorry, no mailbox here by that name. (#5.1.1)}). Some patches put
 * {@code From: <sender> RCPT: <recipient>} before the account. A message given up on after its queue
 * lifetime adds {@code I'm not going to try again; this message has been in the queue too long.} The
 * returned message follows {@code --- Below this line is a copy of the message.}
 *
 * <p>Translated qmail (providers in China, Russia and elsewhere patch qmail-send's English) keeps the layout:
 * it is told by the header field qmail-send writes on every bounce it makes, {@code Received: (qmail 4711
 * invoked for bounce)}, whatever the language of the text, and read from the {@code <address>:} lines up to
 * the {@code --- } line that introduces the copy. A recipient with no text of its own gets the report's
 * opening paragraph as its diagnostic.
 */
final class Qmail extends FormatReader {
    @Override
    public String name() {
        return "qmail";
    }

    @Override
    Report read(ReportView message) {
        String lower = message.lowerBody();
        boolean english = lower.contains("this is the qmail-send program at")
                || lower.contains("i'm afraid i wasn't able to deliver your message to the following addresses");
        if (!english && !madeByQmailSend(message)) {
            return null;
        }
        List<String> lines = message.lines();
        List<Failure> failures = new ArrayList<>();
        boolean started = !english; // a translation: from the first "<address>:" line
        List<String> opening = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String l = Text.lower(line);
            if (l.startsWith("--- below this line is a copy") || l.startsWith("--- enclosed is a copy")
                    || l.startsWith("--- below this line is the original") || !english && l.startsWith("--- ")) {
                break;
            }
            if (l.startsWith("i'm afraid i wasn't able to deliver")) {
                started = true;
                continue;
            }
            boolean listed = line.startsWith("<") && line.endsWith(">:") && line.indexOf('@') > 0;
            if (!english && failures.isEmpty() && !listed && !line.isEmpty()) {
                opening.add(line);
            }
            if (!started || !listed) {
                continue;
            }
            String address = Text.cleanAddress(line.substring(1, line.length() - 2));
            List<String> text = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.size(); j++) {
                String t = lines.get(j).strip();
                if (t.isEmpty() || t.startsWith("--- ") || t.startsWith("<") && t.endsWith(">:")) {
                    break;
                }
                text.add(t);
            }
            i = j - 1;
            failures.add(failure(address, text.isEmpty() && !english ? opening : text));
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }

    /**
     * Whether the report carries the trace field qmail-send adds to each bounce it makes (qmail-send.c:
     * {@code Received: (qmail %d invoked for bounce); date}; indimail-mta writes {@code (invoked for bounce)}
     * too): the report's own header, not one of the returned message's, which is quoted in the body.
     */
    static boolean madeByQmailSend(ReportView message) {
        for (String v : message.headers().all("received")) {
            String l = Text.lower(v).strip();
            if (l.contains("invoked for bounce)")) { // also indimail-mta's "indimail-mta queue 72400 by host h (invoked for bounce)"
                return true;
            }
        }
        return false;
    }

    private static Failure failure(String address, List<String> text) {
        Failure.Builder b = Failure.builder().address(address).action("failed");
        boolean tooLong = false;
        String command = null;
        List<String> reply = new ArrayList<>();
        List<String> own = new ArrayList<>();
        boolean said = false;
        for (String raw : text) {
            String t = raw;
            String l = Text.lower(t);
            if (l.startsWith("from: <") && l.contains(" rcpt: <")) {
                int gt = t.indexOf('>', l.indexOf(" rcpt: <"));
                t = gt > 0 ? t.substring(gt + 1).strip() : t;
                l = Text.lower(t);
            }
            int tooLongAt = l.indexOf("i'm not going to try again");
            if (tooLongAt >= 0) {
                tooLong = true;
                t = t.substring(0, tooLongAt).strip();
                l = Text.lower(t);
            }
            if (l.contains(GiveUp.QMAIL_QUEUE_TOO_LONG)) {
                tooLong = true;
                continue;
            }
            if (l.startsWith("giving up on ")) {
                said = false;
                continue;
            }
            if (l.contains(" does not like recipient")) {
                command = "RCPT";
            } else if (l.contains(" failed after i sent the message")) {
                command = "DATA";
            } else if (l.contains(" but sender was rejected")) {
                command = "MAIL";
            } else if (l.contains(" but my name was rejected")) {
                command = "HELO";
            } else if (l.contains(" but greeting failed")) {
                command = "CONN";
            } else if (l.contains("most progress was ")) {
                int at = l.indexOf("most progress was ") + 18;
                command = SmtpCommand.named(l.substring(at));
                int rh = l.indexOf(" said: ", at);
                if (rh > 0) {
                    said = true;
                    reply.add(t.substring(rh + 7).strip());
                }
                continue;
            }
            if (l.startsWith("remote host said:")) {
                said = true;
                String r = t.substring(17).strip();
                if (!r.isEmpty()) {
                    reply.add(r);
                }
            } else if (said && !l.startsWith("(other mxes tried")) {
                if (!t.isEmpty()) {
                    reply.add(t);
                }
            } else if (command == null && !t.isEmpty() && !l.startsWith("(other mxes tried")) {
                own.add(t);
            }
        }
        String diagnostic = reply.isEmpty() ? Text.oneLine(String.join(" ", own)) : SmtpReply.join(reply);
        String status = Text.status(diagnostic);
        if (status == null) {
            for (String t : text) {
                int hash = t.indexOf("(#");
                if (hash >= 0 && Text.status(t.substring(hash + 2)) != null) {
                    status = Text.status(t.substring(hash + 2));
                }
            }
        }
        b.diagnostic(diagnostic).status(status).replyCode(Text.replyCode(diagnostic)).command(command);
        if (tooLong) {
            b.stated(reply.isEmpty() ? Stated.GAVE_UP : Stated.GAVE_UP_AFTER_REPLY);
        }
        return b.build();
    }
}
