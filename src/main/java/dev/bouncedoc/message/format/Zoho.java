package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Zoho Mail's bounce, from {@code mailer-daemon@mail.zoho.com} (header X-ZohoMail). A failure reads
 * <pre>
 * This message was created automatically by mail delivery software.
 * A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.
 *
 * user@example.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 &lt;user@example.jp&gt;... User Unknown
 * </pre>
 * (Zoho's own class of error, the remote reply code, the remote text; the returned message's header lines
 * follow). A delay warning ("THIS IS A WARNING MESSAGE ONLY.") lists
 * {@code [Status: Error, Address: <user@example.jp>, ResponseCode 421, , Host not reachable.]} and
 * "Message will be retried for 4 more day(s)". A permanent error that carries a temporary (4xx) reply
 * means Zoho gave up retrying: expired.
 */
final class Zoho extends FormatReader {
    private static final String ERROR_CODE = ", ERROR_CODE :";

    @Override
    public String name() {
        return "zoho";
    }

    @Override
    Report read(ReportView message) {
        String from = Text.lower(message.from());
        if (!(from.contains("zoho") || message.headers().has("x-zohomail"))) {
            return null;
        }
        boolean permanent = message.lowerBody().contains("this is a permanent error");
        List<Failure> failures = new ArrayList<>();
        for (String line : message.lines()) {
            String l = line.strip();
            int ec = l.indexOf(ERROR_CODE);
            if (ec > 0) {
                failures.add(errorCode(l, ec, permanent));
            } else if (l.startsWith("[Status:") && l.contains("Address:")) {
                failures.add(status(l));
            }
        }
        if (failures.isEmpty()) {
            return null;
        }
        return message.report(name(), null, failures);
    }

    /** "addr Class, ERROR_CODE :550, ERROR_CODE :text". */
    private static Failure errorCode(String l, int ec, boolean permanent) {
        String head = l.substring(0, ec);
        List<String> a = Text.addresses(head);
        String rest = l.substring(ec + ERROR_CODE.length());
        int second = rest.indexOf(ERROR_CODE);
        String code = second < 0 ? rest.strip() : rest.substring(0, second).strip();
        String text = second < 0 ? "" : rest.substring(second + ERROR_CODE.length()).strip();
        while (text.startsWith(",")) {
            text = text.substring(1).strip();
        }
        String reply = code.length() == 3 && Text.replyCode(code) != null ? code : null;
        String diagnostic = reply == null ? text : (reply + " " + text).strip();
        Failure.Builder b = Failure.builder()
                .address(a.isEmpty() ? null : a.get(0))
                .action("failed")
                .status(Text.status(text))
                .replyCode(reply)
                .diagnostic(diagnostic);
        if (permanent && reply != null && reply.startsWith("4")) {
            b.stated(Stated.GAVE_UP);
        }
        return b.build();
    }

    /** "[Status: Error, Address: <addr>, ResponseCode 421, , Host not reachable.]" in a delay warning. */
    private static Failure status(String l) {
        String s = l.endsWith("]") ? l.substring(1, l.length() - 1) : l.substring(1);
        String lower = s.toLowerCase(Locale.ROOT);
        int addr = lower.indexOf("address:");
        int rc = lower.indexOf("responsecode");
        List<String> a = Text.addresses(s.substring(addr, rc > addr ? rc : s.length()));
        String reply = null;
        String text = "";
        if (rc >= 0) {
            String after = s.substring(rc + "responsecode".length()).strip();
            reply = Text.replyCode(after);
            if (reply != null && after.startsWith(reply)) {
                after = after.substring(3);
            }
            text = after.strip();
            while (text.startsWith(",")) {
                text = text.substring(1).strip();
            }
        }
        return Failure.builder()
                .address(a.isEmpty() ? null : a.get(0))
                .action("delayed")
                .status(Text.status(text))
                .replyCode(reply)
                .diagnostic(reply == null ? text : (reply + " " + text).strip())
                .build();
    }
}
