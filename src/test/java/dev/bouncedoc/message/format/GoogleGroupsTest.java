package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GoogleGroupsTest {
    @Test
    void permissionToPost() {
        Report r = Recognizers.read(MailMessage.parse("""
                From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
                To: kim@home.example
                Subject: Delivery Status Notification (Failure)
                X-Failed-Recipients: board@googlegroups.com
                Content-Type: text/plain; charset="UTF-8"

                Hello kim@home.example,

                We're writing to let you know that the group you tried to contact (board) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

                 * You might have spelled or formatted the group name incorrectly.
                 * The owner of the group may have removed this group.

                If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.

                Thanks,

                Google Groups

                ----- Original message -----

                From: kim@home.example
                To: board@googlegroups.com
                Subject: Minutes
                Message-ID: <minutes-1@home.example>

                Hello
                """.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
        assertEquals("googlegroups", r.format());
        assertEquals(1, r.failures().size());
        Failure f = r.failures().get(0);
        assertEquals("board@googlegroups.com", f.address());
        assertTrue(f.diagnostic().startsWith("We're writing to let you know that the group you tried to contact (board)"));
        assertTrue(f.diagnostic().contains("you may not have permission to post messages to the group"));
        assertEquals("<minutes-1@home.example>", r.original().get("message-id"));
    }
}
