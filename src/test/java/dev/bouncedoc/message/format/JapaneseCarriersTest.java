package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

/** EZweb, KDDI (au one net) and BIGLOBE. */
class JapaneseCarriersTest {
    private static final String EZWEB_HEAD = """
            From: Postmaster@ezweb.ne.jp
            To: alice@example.jp
            Subject: Mail System Error - Returned Mail
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            次のあて先へのメッセージはエラーのため送信できませんでした。

            """;

    @Test
    void ezwebTranscriptGivesTheCommandAndReply() {
        Report r = Samples.read(EZWEB_HEAD + """
                Each of the following recipients was rejected by a remote
                mail server.

                    Recipient: <bob@example.com>
                    >>> RCPT TO:<bob@example.com>
                    <<< 550 <bob@example.com>: User unknown
                """);
        assertEquals("ezweb", r.format());
        assertEquals(1, r.failures().size());
        Failure f = r.failures().get(0);
        assertEquals("bob@example.com", f.address());
        assertEquals("RCPT", f.command());
        assertEquals("550 <bob@example.com>: User unknown", f.diagnostic());
    }

    @Test
    void ezwebStatementAndTimeLimit() {
        Report r = Samples.read(EZWEB_HEAD + """
                The user(s) account is disabled.

                <bob@ezweb.ne.jp>
                """);
        assertEquals("The user(s) account is disabled.", r.failures().get(0).diagnostic());
        assertNull(r.failures().get(0).reason());
        Report late = Samples.read(EZWEB_HEAD + """
                Your message was not delivered within 0 days and 1 hours.
                Remote host is not responding.

                The following recipients did not receive this message:

                <bob@ezweb.ne.jp>
                """);
        assertEquals("Your message was not delivered within 0 days and 1 hours. Remote host is not responding.",
                late.failures().get(0).diagnostic());
        assertEquals("expired", late.failures().get(0).reason());
    }

    @Test
    void kddiMailboxFull() {
        Report r = Samples.read("""
                From: no-reply@example.dion.ne.jp
                To: alice@example.jp
                Subject: Mail

                Your mail sent on: Thu, 29 Apr 2013 00:00:00 +0900
                     Could not be delivered to: <bob@example.dion.ne.jp>
                     As their mailbox is full.
                """);
        assertEquals("kddi", r.format());
        assertEquals("bob@example.dion.ne.jp", r.failures().get(0).address());
        assertEquals("As their mailbox is full.", r.failures().get(0).diagnostic());
    }

    @Test
    void biglobeListAndInformation() {
        Report r = Samples.read("""
                From: postmaster@biglobe.ne.jp
                To: alice@example.jp
                Subject: Returned mail: Service unavailable

                   ----- The following addresses had delivery problems -----
                bob@example.biglobe.ne.jp
                carol@example.biglobe.ne.jp

                   ----- Non-delivered information -----
                The number of messages in recipient's mailbox exceeded the local limit.
                """);
        assertEquals("biglobe", r.format());
        assertEquals(2, r.failures().size());
        assertEquals("carol@example.biglobe.ne.jp", r.failures().get(1).address());
        assertEquals("The number of messages in recipient's mailbox exceeded the local limit.",
                r.failures().get(1).diagnostic());
    }
}
