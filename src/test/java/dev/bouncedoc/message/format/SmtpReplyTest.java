package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The toolkit's reading of SMTP replies and of the command a reply answered. */
class SmtpReplyTest {
    @Test
    void aMultiLineReplySaysItsCodeAndStatusOnce() {
        assertEquals("550 5.1.1 The email account that you tried to reach does not exist. Please try again",
                SmtpReply.join(List.of("550-5.1.1 The email account that you tried to reach does not exist.",
                        "550-5.1.1 Please try", "550 5.1.1 again")));
    }

    @Test
    void anotherStatusOnALaterLineIsKept() {
        assertEquals("550 5.7.1 Blocked. 5.7.0 see the policy",
                SmtpReply.join(List.of("550-5.7.1 Blocked.", "550 5.7.0 see the policy")));
    }

    @Test
    void blankLinesAreDroppedAndLinesWithAnotherCodeOrNoneKeptAsTheyAre() {
        assertEquals("Remote host said: 451 4.3.0 try later 421 closing",
                SmtpReply.join(List.of("Remote host said:", "", "451 4.3.0 try later", "421 closing")));
    }

    @Test
    void theCommandNamedByAReportsWording() {
        assertEquals("RCPT", SmtpCommand.named(">>> RCPT To:<bob@example.jp>".substring(4)));
        assertEquals("DATA", SmtpCommand.named("after I sent the message"));
        assertEquals("CONN", SmtpCommand.named("the greeting"));
        assertNull(SmtpCommand.named("something else"));
    }

    @Test
    void theCommandAfterEximsAfter() {
        assertEquals("RCPT", SmtpCommand.after("pipelined rcpt to:<bob@example.jp>:"));
        assertEquals("DATA", SmtpCommand.after("end of data:"));
        assertEquals("CONN", SmtpCommand.after("initial connection:"));
        assertNull(SmtpCommand.after("quit"));
    }

    @Test
    void theServersOwnStatusIsPreferredToAClassOnlyOne() {
        assertEquals("5.1.1", SmtpReply.preferStatus("5.0.0", "5.1.1"));
        assertEquals("5.2.2", SmtpReply.preferStatus("5.2.2", "5.1.1"));
    }
}
