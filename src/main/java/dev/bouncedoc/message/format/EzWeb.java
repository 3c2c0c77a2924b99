package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * EZweb, the mail service of au (KDDI) phones: "Mail System Error - Returned Mail" from
 * Postmaster@ezweb.ne.jp, in ISO-2022-JP. A Japanese paragraph ("次のあて先へのメッセージはエラーのため送信
 * できませんでした。") is followed by an English statement of the cause ("The user(s) account is disabled.",
 * "The user(s) account is temporarily over quota.", "Your message was not delivered within 0 days and 1
 * hours. Remote host is not responding.") and the recipients, in one of three layouts:
 *
 * <pre>
 * &lt;bob@ezweb.ne.jp&gt;: 550 user unknown (in reply to RCPT TO command)
 *
 *     Recipient: &lt;bob@example.com&gt;
 *     &gt;&gt;&gt; RCPT TO:&lt;bob@example.com&gt;
 *     &lt;&lt;&lt; 550 &lt;bob@example.com&gt;: User unknown
 *
 * &lt;bob@ezweb.ne.jp&gt;
 * </pre>
 *
 * The English statement and the remote reply together are the diagnostic; the "&gt;&gt;&gt;" line names the
 * command. "was not delivered within" says the server gave up after its retry period: expired. Some
 * reports carry a message/delivery-status part as well. A report with the header "X-SPASIGN: NG" and no
 * cause of its own (no English statement, no remote reply) marks a refusal by the recipient's reception
 * filter (its domain or address filter): the reader states it.
 */
final class EzWeb extends FormatReader {
    private static final String[] BOILERPLATE = {"each of the following recipients was rejected by a remote",
        "the following recipients did not receive this message", "mail server.", "this is a multi-part message"};

    @Override
    public String name() {
        return "ezweb";
    }

    @Override
    Report read(ReportView message) {
        if (!Text.lower(message.subject()).contains("mail system error - returned mail") || !fromEzweb(message)) {
            return null;
        }
        List<String> lines = Lines.of(message.beforeOriginal());
        StringBuilder statement = new StringBuilder();
        List<String[]> rcpts = new ArrayList<>(); // address, command, reply
        String[] cur = null;
        for (String line : lines) {
            String s = line.strip();
            String l = Text.lower(s);
            if (l.startsWith("received:") || l.startsWith("----")) {
                break; // the original's headers follow the rejection notice
            }
            if (s.isEmpty() || !isAscii(s)) {
                continue;
            }
            boolean transcript = s.startsWith(">>>") || s.startsWith("<<<");
            String v = transcript ? null : ReportLines.after(s, "Recipient:");
            if (v == null && !transcript && s.startsWith("<") && s.indexOf('@') > 0 && s.indexOf('>') > 0) {
                v = s;
            }
            if (v != null && ReportLines.firstAddress(v) != null) {
                cur = new String[3];
                cur[0] = ReportLines.firstAddress(v);
                int close = v.indexOf('>');
                String rest = close < 0 ? "" : v.substring(close + 1).strip();
                if (rest.startsWith(":")) {
                    cur[2] = rest.substring(1).strip();
                    cur[1] = inReplyTo(cur[2]);
                }
                rcpts.add(cur);
            } else if (cur != null && s.startsWith(">>>")) {
                cur[1] = SmtpCommand.after(Text.lower(s.substring(3).strip()));
            } else if (cur != null && s.startsWith("<<<")) {
                cur[2] = cur[2] == null ? s.substring(3).strip() : cur[2] + " " + s.substring(3).strip();
            } else if (cur == null && !Text.containsAny(l, BOILERPLATE)) {
                statement.append(s).append(' ');
            }
        }
        if (rcpts.isEmpty()) {
            return null;
        }
        String stated = statement.toString().strip();
        List<Headers> dsn = message.dsnGroups();
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < rcpts.size(); i++) {
            String[] r = rcpts.get(i);
            String d = (stated + " " + (r[2] == null ? "" : r[2])).strip();
            if (d.isEmpty()) {
                d = "Each of the following recipients was rejected by a remote mail server.";
            }
            Failure.Builder b = SmtpReply.failure(r[0], d).command(r[1]);
            if (Text.lower(stated).contains("was not delivered within")) {
                b.stated(Stated.GAVE_UP);
            } else if (stated.isEmpty() && r[2] == null && spasignNg(message)) {
                b.stated(Stated.REFUSED_BY_RECIPIENT_FILTER);
            }
            failures.add(DsnGroups.enrich(b.build(), DsnGroups.forRecipient(dsn, r[0], i, rcpts.size())));
        }
        return message.report(name(), message.dsnReportingMta(), failures);
    }

    /** "X-SPASIGN: NG": au's mark of a message its user's reception filter refused. */
    private static boolean spasignNg(ReportView m) {
        String v = m.headers().get("x-spasign");
        return v != null && v.strip().equalsIgnoreCase("NG");
    }

    private static boolean fromEzweb(ReportView m) {
        String from = Text.lower(m.from() + " " + m.headers().get("reply-to"));
        if (from.contains("ezweb.ne.jp") || from.contains("@au.com")) {
            return true;
        }
        return Text.lower(String.join(" ", m.headers().all("received"))).contains("ezweb.ne.jp");
    }

    /** "(in reply to RCPT TO command)", as Postfix words it. */
    private static String inReplyTo(String s) {
        String l = Text.lower(s);
        int at = l.indexOf("in reply to ");
        return at < 0 ? null : SmtpCommand.after(l.substring(at + 12));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
