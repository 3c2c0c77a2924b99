package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Lines;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Google Groups refusing a post: a plain-text message from {@code mailer-daemon@googlemail.com} with
 * {@code X-Failed-Recipients: group@googlegroups.com}, written in the sender's language: a greeting
 * naming the sender, one paragraph saying the group may not exist or the sender may not have permission to
 * post to it ("We're writing to let you know that the group you tried to contact (name) may not exist, or
 * you may not have permission to post messages to the group."), a bulleted list of causes, a pointer to
 * https://groups.google.com/support/, "Google Groups", then "----- Original message -----" and the
 * returned message. That paragraph is the diagnostic; there are no codes. The bulleted causes say, in any
 * language, that the group refused the post (Sisimai reads the four bullets so). A group of a Google
 * Workspace domain has that domain's address; the sender mailer-daemon@googlemail.com and the Help Center
 * link (groups.google.com) tell the notice then.
 */
final class GoogleGroups extends FormatReader {
    @Override
    public String name() {
        return "googlegroups";
    }

    @Override
    Report read(ReportView message) {
        // a group of a Google Workspace domain has the domain's own address: Google's daemon and its Help
        // Center link tell the notice then, in whatever language it is written
        boolean fromGoogle = Text.lower(message.from()).contains("mailer-daemon@googlemail.com");
        List<String> rcpts = new ArrayList<>();
        for (String v : message.headers().all("x-failed-recipients")) {
            for (String a : Text.addresses(v)) {
                if (fromGoogle || Text.lower(a).endsWith("@googlegroups.com")) {
                    rcpts.add(a);
                }
            }
        }
        String body = message.bodyText();
        String lower = message.lowerBody();
        if (rcpts.isEmpty() || !(lower.contains("groups.google.com") || !fromGoogle && lower.contains("google groups"))) {
            return null;
        }
        String text = Signals.beforeOriginal(body);
        int cut = text.indexOf("----- Original message -----");
        if (cut >= 0) {
            text = text.substring(0, cut);
        }
        String diagnostic = paragraph(text);
        // the notice lists the possible causes as bullets (the group may not exist, the sender may have to
        // join it, it may not be open to posting): the layout says the post was refused, in any language
        boolean refused = bullets(text) >= 2;
        List<Failure> failures = new ArrayList<>();
        for (String r : rcpts) {
            failures.add(Failure.builder().address(r).action("failed").diagnostic(diagnostic)
                    .stated(refused ? Stated.POST_REFUSED : null).build());
        }
        return message.report(name(), null, failures);
    }

    /** The number of lines that begin with a bullet ("*", "•", "-"). */
    static int bullets(String text) {
        int n = 0;
        for (String line : Lines.of(text)) {
            String s = line.strip();
            if (s.startsWith("* ") || s.startsWith("\u2022") || s.startsWith("- ")) {
                n++;
            }
        }
        return n;
    }

    /** The first paragraph that is not the greeting (a short single line naming the sender) nor a list. */
    static String paragraph(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int lines = 0;
        List<Integer> lineCounts = new ArrayList<>();
        for (String line : Lines.of(text)) {
            if (line.isBlank()) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                    lineCounts.add(lines);
                    current.setLength(0);
                    lines = 0;
                }
                continue;
            }
            current.append(current.length() > 0 ? " " : "").append(line.strip());
            lines++;
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            lineCounts.add(lines);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean greeting = lineCounts.get(i) == 1 && p.length() < 100 && p.indexOf('@') >= 0;
            if (greeting || p.startsWith("*") || p.startsWith("-")) {
                continue;
            }
            return Text.oneLine(p);
        }
        return null;
    }
}
