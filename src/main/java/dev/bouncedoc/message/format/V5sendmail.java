package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Section;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Sendmail 5 and other pre-DSN sendmails: a plain-text "Returned mail: ..." message with no
 * message/delivery-status part and no list of failed addresses. After
 * {@code ----- Transcript of session follows -----} come, per remote host, {@code While talking to host:},
 * the command ({@code >>> RCPT To:<...>}) and the server's reply ({@code <<< 550 ...}); sendmail's verdict
 * per recipient is a line {@code 550 <address>... User unknown} (the reply code first, then the address and
 * three dots). The returned message follows {@code ----- Unsent message follows -----}. A message given up
 * on says so in its subject: {@code Returned mail: Cannot send message for 5 days}.
 */
final class V5sendmail extends FormatReader {
    @Override
    public String name() {
        return "v5sendmail";
    }

    @Override
    Report read(ReportView message) {
        for (Section s : message.sections()) {
            if (s.isDeliveryStatus()) {
                return null;
            }
        }
        String lower = message.lowerBody();
        if (!lower.contains(MtaWordings.SENDMAIL_TRANSCRIPT) || !(lower.contains("----- unsent message follows -----")
                || lower.contains("----- original message follows -----") || lower.contains("\nwhile talking to "))) {
            return null;
        }
        List<String> lines = ReportLines.unquoted(message.lines(), MtaWordings.SENDMAIL_TRANSCRIPT, MtaWordings.SENDMAIL_FATAL,
                MtaWordings.SENDMAIL_UNSENT);
        boolean gaveUp = Text.lower(message.subject()).contains("cannot send message for") || GiveUp.sendmailGaveUp(lines);
        List<Failure> failures = new ArrayList<>();
        String host = null;
        String command = null;
        List<String> replies = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (SessionTranscript.Line t : SessionTranscript.read(lines, false)) {
            String line = t.line();
            if (t.kind() == SessionTranscript.Kind.HOST) {
                host = t.value();
                command = null;
                replies.clear();
            } else if (t.kind() == SessionTranscript.Kind.COMMAND) {
                command = t.value();
                replies.clear();
            } else if (t.kind() == SessionTranscript.Kind.REPLY) {
                replies.add(t.value());
            } else {
                own.add(line);
                String address = recipientOf(line);
                if (address == null) {
                    continue;
                }
                Failure.Builder b = Failure.builder().address(address).action("failed");
                String diagnostic;
                boolean fromServer = !replies.isEmpty() && (replies.get(0).startsWith("4") || replies.get(0).startsWith("5"));
                if (fromServer) {
                    diagnostic = SmtpReply.join(replies);
                    b.command(command == null ? "CONN" : command).remoteMta(host);
                    replies.clear();
                } else {
                    diagnostic = verdictText(line);
                }
                b.diagnostic(diagnostic).replyCode(Text.replyCode(diagnostic)).status(Text.status(diagnostic));
                if (gaveUp) {
                    b.stated(fromServer ? Stated.GAVE_UP_AFTER_REPLY : Stated.GAVE_UP);
                }
                failures.add(b.build());
            }
        }
        Headers original = message.original();
        if (failures.isEmpty()) {
            // the transcript names no recipient: the returned message's To field does
            String error = null;
            for (String o : own) {
                if (Text.replyCode(o) != null && o.indexOf(Text.replyCode(o)) == 0) {
                    error = o;
                }
            }
            if (error == null && replies.isEmpty()) {
                return null;
            }
            if (error == null) {
                error = SmtpReply.join(replies);
            }
            List<String> to = Text.addresses(original.get("to"));
            for (String a : to.isEmpty() ? java.util.Collections.<String>singletonList(null) : to) {
                Failure.Builder b = Failure.builder().address(a).action("failed").diagnostic(error)
                        .replyCode(Text.replyCode(error)).status(Text.status(error));
                if (gaveUp) {
                    b.stated(Stated.GAVE_UP);
                }
                failures.add(b.build());
            }
        }
        return ReportView.report(name(), null, failures, original);
    }

    /** The address of a verdict line "554 <a@b>... text" or "a@b... text", else null. */
    private static String recipientOf(String line) {
        int dots = line.indexOf("... ");
        if (dots < 0) {
            dots = line.endsWith("...") ? line.length() - 3 : -1;
        }
        if (dots <= 0) {
            return null;
        }
        String head = line.substring(0, dots);
        int sp = head.lastIndexOf(' ');
        String word = head.substring(sp + 1);
        if (word.indexOf('@') < 0 || head.contains("(smtp)")) {
            return null;
        }
        return Text.cleanAddress(word);
    }

    /** "554 <a@b>... 550 Host unknown" gives "550 Host unknown"; "550 <a@b>... User unknown" gives "550 User unknown". */
    private static String verdictText(String line) {
        int dots = line.indexOf("... ");
        String text = dots < 0 ? "" : line.substring(dots + 4).strip();
        String code = Text.replyCode(line.substring(0, Math.max(0, dots)));
        if (Text.replyCode(text) != null && text.indexOf(Text.replyCode(text)) == 0 || code == null) {
            return text;
        }
        return code + " " + text;
    }
}
