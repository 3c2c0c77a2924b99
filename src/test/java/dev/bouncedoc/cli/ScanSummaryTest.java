package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: scan's closing summary counts failed recipients only, the rest by what it is, in plural right. */
class ScanSummaryTest {
    static final String COMPLAINT = """
            From: staff@isp.example
            To: fbl@sender.example
            Subject: Complaint
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=feedback-report; boundary="F"

            --F
            Content-Type: text/plain

            A complaint about a message.
            --F
            Content-Type: message/feedback-report

            Feedback-Type: abuse
            User-Agent: Example-FBL/1.0
            Version: 1
            Original-Rcpt-To: <dave@isp.example>

            --F
            Content-Type: message/rfc822

            From: news@sender.example
            To: dave@isp.example
            Subject: Offers
            Message-ID: <o-1@sender.example>

            Buy now.
            --F--
            """;
    static final String VACATION = """
            From: erin@example.org
            To: alice@example.jp
            Subject: Out of office: Hello
            Auto-Submitted: auto-replied
            Content-Type: text/plain; charset=UTF-8

            I am away until Monday and will read your mail then.
            """;

    private static List<String> closing(MainTest.Run r) {
        List<String> lines = r.lines();
        int start = lines.lastIndexOf("") + 1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) { // the first blank line ends the per-message part
                start = i + 1;
                break;
            }
        }
        return lines.subList(start, lines.size());
    }

    @Test
    void complaintsAndAutomaticRepliesAreNotFailedRecipients(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), ScanCommandTest.BOUNCE);
        Files.writeString(dir.resolve("2.eml"), COMPLAINT);
        Files.writeString(dir.resolve("3.eml"), VACATION);
        Files.writeString(dir.resolve("4.eml"), ScanCommandTest.PLAIN);
        MainTest.Run en = MainTest.run("", "scan", "--lang", "en", dir.toString());
        assertEquals(0, en.status(), en.err());
        assertEquals(List.of(
                "4 messages: 2 failed recipients, 1 complaint, 1 automatic reply, 1 not a bounce",
                "",
                "Failed recipients by reason",
                "  mailboxfull      1  mailbox full",
                "  userunknown      1  unknown user",
                "",
                "Failed recipients by domain",
                "  example.net      1",
                "  example.org      1"), closing(en));
        MainTest.Run ja = MainTest.run("", "scan", "--lang", "ja", dir.toString());
        // wrapped to 80 columns (a full-width character takes two), going on indented
        assertEquals(List.of("メッセージ 4 通（配信できなかった宛先 2 件、苦情の報告 1 通、自動応答 1 通、バウ",
                "  ンスではないもの 1 通）"), closing(ja).subList(0, 2));
        assertEquals("理由別の配信できなかった宛先数", closing(ja).get(3));
    }

    @Test
    void oneIsSingularAndEmptyTablesAreLeftOut(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), VACATION);
        MainTest.Run r = MainTest.run("", "scan", "--lang", "en", dir.resolve("1.eml").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("1 message: 0 failed recipients, 1 automatic reply"), closing(r));
        MainTest.Run two = MainTest.run("", "scan", "--lang", "en", dir.resolve("1.eml").toString(),
                dir.resolve("nope.eml").toString());
        assertEquals(List.of("2 messages: 0 failed recipients, 1 automatic reply, 1 could not be read"), closing(two));
    }

    @Test
    void aBounceWithOneRecipientSaysOneFailedRecipient(@TempDir Path dir) throws IOException {
        String one = ScanCommandTest.BOUNCE.replaceFirst("(?s)\nFinal-Recipient: rfc822; carol.*?Mailbox full\n", "\n");
        Files.writeString(dir.resolve("1.eml"), one);
        MainTest.Run r = MainTest.run("", "scan", "--lang", "en", dir.toString());
        assertEquals("1 message: 1 failed recipient", closing(r).get(0));
        assertFalse(r.out().contains("carol@"), r.out());
    }
}
