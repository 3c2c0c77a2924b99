package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import java.util.List;

/**
 * Apple's (iCloud Mail and Apple Mail) automatic messages that carry their meaning in X-Apple header
 * fields rather than in RFC 3834 or RFC 5965 form:
 * <ul>
 *   <li>an iCloud vacation reply: {@code X-Apple-Action: VACATION} (with X-Apple-Criteria giving its
 *   dates), Subject "Auto reply: ...", the body being only the user's own text;</li>
 *   <li>Apple Mail's one-click unsubscribe: {@code X-Apple-Unsubscribe: true}, sent by the user's mail
 *   program to the List-Unsubscribe mailto address ("Apple Mail sent this email to unsubscribe from the
 *   message ..."); an opt-out feedback report about the user who sent it.</li>
 * </ul>
 * The person concerned is the message's From.
 */
final class AppleMail extends FormatReader {
    @Override
    public String name() {
        return "applemail";
    }

    @Override
    Report read(ReportView message) {
        Headers h = message.headers();
        boolean unsubscribe = Text.lower(h.get("x-apple-unsubscribe")).strip().equals("true");
        boolean vacation = Text.lower(h.get("x-apple-action")).strip().startsWith("vacation");
        if (!unsubscribe && !vacation) {
            return null;
        }
        List<String> from = Text.addresses(message.from());
        String who = from.isEmpty() ? null : from.get(0);
        String body = message.bodyText().strip();
        String text = Text.oneLine(body.length() > 300 ? body.substring(0, 300) : body);
        Headers original = h.get("in-reply-to") == null ? Headers.EMPTY
                : Headers.parse("Message-ID: " + h.get("in-reply-to") + "\n");
        if (unsubscribe) {
            Failure f = Failure.builder().address(who).action("failed").stated(Stated.COMPLAINT).diagnostic(text).build();
            return new Report(BounceKind.FEEDBACK, name(), null, List.of(f), original, "opt-out");
        }
        Failure f = Failure.builder().address(who).action("delivered").stated(Stated.AUTO_REPLY).diagnostic(text).build();
        return new Report(BounceKind.AUTO_REPLY, name(), null, List.of(f), original, null);
    }
}
