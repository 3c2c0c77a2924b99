package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AppleMailTest {
    static Report read(String text) {
        return Recognizers.read(MailMessage.parse(text.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
    }

    @Test
    void icloudVacation() {
        Report r = read("""
                From: wendy@icloud.example
                To: xavier@home.example
                Subject: Auto reply: Plans
                In-Reply-To: <plans-2@home.example>
                X-Apple-Action: VACATION
                Content-Type: text/plain; charset=UTF-8

                Back on Monday.
                """);
        assertEquals(Report.Kind.AUTO_REPLY, r.kind());
        assertEquals("wendy@icloud.example", r.failures().get(0).address());
        assertEquals("vacation", r.failures().get(0).reason());
        assertEquals("<plans-2@home.example>", r.original().get("message-id"));
    }

    @Test
    void appleMailUnsubscribeIsAnOptOut() {
        Report r = read("""
                From: yara@icloud.example
                To: unsubscribe-123@news.example
                Subject: unsubscribe
                Auto-Submitted: auto-replied
                X-Apple-Unsubscribe: true
                Content-Type: text/plain; charset=UTF-8

                Apple Mail sent this email to unsubscribe from the message "Weekly news".
                """);
        assertEquals(Report.Kind.FEEDBACK, r.kind());
        assertEquals("opt-out", r.feedbackType());
        assertEquals("yara@icloud.example", r.failures().get(0).address());
        assertEquals("feedback", r.failures().get(0).reason());
    }
}
