package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AmazonWorkMailTest {
    @Test
    void expiryWithTheRemoteReplyInBrackets() {
        Report r = Recognizers.read(MailMessage.parse("""
                From: MAILER-DAEMON@eu-west-1.amazonses.com
                To: gina@corp.example
                Subject: Delivery Status Notification (Failure)
                X-Mailer: Amazon WorkMail
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="w1"

                --w1
                Content-Type: text/plain; charset=us-ascii

                An error occurred while trying to deliver the mail to the following recipients:
                hank@remote.example

                Technical report:

                Reporting-MTA: dsn; a1-9.smtp-out.eu-west-1.amazonses.com

                Action: failed
                Final-Recipient: rfc822; hank@remote.example
                Diagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>
                Status: 4.4.7

                --w1
                Content-Type: message/rfc822

                Subject: Plans
                From: gina@corp.example
                To: hank@remote.example
                Message-Id: <plans-1@corp.example>

                Hi
                --w1--
                """.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
        assertEquals("amazonworkmail", r.format());
        assertEquals("a1-9.smtp-out.eu-west-1.amazonses.com", r.reportingMta());
        Failure f = r.failures().get(0);
        assertEquals("hank@remote.example", f.address());
        assertEquals("4.4.2", f.status());
        assertEquals("421", f.replyCode());
        assertEquals("expired", f.reason());
        assertEquals("<plans-1@corp.example>", r.original().get("message-id"));
    }
}
