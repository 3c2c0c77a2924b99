package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import dev.bouncedoc.vocabulary.BounceKind;
import java.util.List;

/**
 * RFC 3834 automatic replies: out-of-office and vacation messages. The header fields decide
 * (Auto-Submitted: auto-replied, X-Autoreply, Precedence: auto_reply), or a subject that says so.
 * The recipient is the person who is away: the From of the reply.
 */
final class AutoReply extends FormatReader {
    private static final String[] SUBJECTS = {"auto:", "automatic reply", "auto reply", "autoreply", "auto-reply",
        "out of office", "out of the office", "vacation", "away until", "自動応答", "自動返信", "不在"};

    @Override
    public String name() {
        return "rfc3834";
    }

    @Override
    Report read(ReportView message) {
        Headers h = message.headers();
        String auto = Text.lower(h.get("auto-submitted"));
        String subject = Text.lower(message.subject());
        boolean byHeader = auto.startsWith("auto-replied") || h.has("x-autoreply") || h.has("x-autorespond")
                || Text.lower(h.get("precedence")).contains("auto_reply") || h.has("x-autoreply-from");
        boolean bySubject = false;
        for (String s : SUBJECTS) {
            if (subject.startsWith(s) || subject.contains(s) && s.length() > 8) {
                bySubject = true;
                break;
            }
        }
        if (!byHeader && !bySubject || message.looksLikeBounce()) {
            return null; // Exim, among others, marks its bounces auto-replied too
        }
        boolean subjectSaysSo = subject.startsWith("automatic reply:") || subject.startsWith("auto reply:")
                || subject.startsWith("autoreply:") || subject.startsWith("out of office:")
                || subject.startsWith("自動応答:") || subject.startsWith("自動返信:");
        if (!byHeader && !subjectSaysSo && !Text.containsAny(message.lowerBody(), "out of the office", "out of office",
                "vacation", "away until", "away from", "return on", "returning", "不在", "休暇")) {
            return null;
        }
        List<String> from = Text.addresses(message.from());
        String who = from.isEmpty() ? null : from.get(0);
        Failure f = Failure.builder().address(who).action("delivered").stated(Stated.AUTO_REPLY)
                .diagnostic(Text.oneLine(firstLines(message.bodyText()))).build();
        Headers original = Headers.parse("Message-ID: " + (h.get("in-reply-to") == null ? "" : h.get("in-reply-to")) + "\n");
        return new Report(BounceKind.AUTO_REPLY, name(), null, List.of(f), h.get("in-reply-to") == null ? Headers.EMPTY : original, null);
    }

    private static String firstLines(String body) {
        String t = body.strip();
        return t.length() > 300 ? t.substring(0, 300) : t;
    }
}
