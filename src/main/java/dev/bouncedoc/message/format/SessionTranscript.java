package dev.bouncedoc.message.format;

import dev.bouncedoc.message.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a sendmail-style SMTP session transcript (after "----- Transcript of session follows -----",
 * up to the next "-----" line), each classified: "... while talking to host:" names the remote host,
 * {@code >>> } a command sent, {@code <<< } a reply received, and any other line the MTA's own words.
 */
final class SessionTranscript {
    private SessionTranscript() {
    }

    /** What a transcript line is. */
    enum Kind { HOST, COMMAND, REPLY, TEXT }

    /**
     * One line.
     *
     * @param kind  what it is
     * @param line  the line, stripped
     * @param value for HOST the host; for COMMAND the command in short form (RCPT, DATA, ...; null when not
     *              known); for REPLY the reply text after {@code <<<}; for TEXT the line
     */
    record Line(Kind kind, String line, String value) {
    }

    /**
     * The transcript's non-blank lines. With {@code endsAtDsnFields}, delivery-status fields written right
     * after it (Reporting-MTA:, Final-Recipient:, Content-Type:) end it too.
     */
    static List<Line> read(List<String> lines, boolean endsAtDsnFields) {
        List<Line> out = new ArrayList<>();
        boolean in = false;
        for (String raw : lines) {
            String line = raw.strip();
            String l = Text.lower(line);
            if (!in) {
                in = l.contains(MtaWordings.SENDMAIL_TRANSCRIPT);
                continue;
            }
            if (l.startsWith("-----") || endsAtDsnFields && (l.startsWith("reporting-mta:")
                    || l.startsWith("content-type:") || l.startsWith("final-recipient:"))) {
                break;
            }
            if (l.isEmpty()) {
                continue;
            }
            String host = ReportLines.talkingTo(line);
            if (host != null) {
                out.add(new Line(Kind.HOST, line, host));
            } else if (line.startsWith(">>>")) {
                out.add(new Line(Kind.COMMAND, line, SmtpCommand.named(line.substring(3))));
            } else if (line.startsWith("<<<")) {
                out.add(new Line(Kind.REPLY, line, line.substring(3).strip()));
            } else {
                out.add(new Line(Kind.TEXT, line, line));
            }
        }
        return out;
    }
}
