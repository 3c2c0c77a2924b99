package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class DragonFlyTest {
    @Test
    void theServersReplyAndTheCommandItAnswered() {
        Report r = SendmailTest.read("""
                From: MAILER-DAEMON <>
                To: alice@dma.example.net
                Subject: Mail delivery failed

                This is the DragonFly Mail Agent v0.13 at dma.example.net.

                There was an error delivering your mail to <bob@example.com>.

                mx.example.com [192.0.2.3] did not like our final DATA:
                550-5.7.1 The message was rejected
                550 5.7.1 because of its content.

                Message headers follow.

                From: <alice@dma.example.net>
                To: <bob@example.com>
                Subject: hi
                Message-Id: <1@dma.example.net>
                """);
        assertEquals("dragonfly", r.format());
        Failure f = r.failures().get(0);
        assertEquals("bob@example.com", f.address());
        assertEquals("550 5.7.1 The message was rejected because of its content.", f.diagnostic());
        assertEquals("DATA", f.command());
        assertEquals("mx.example.com", f.remoteMta());
        assertEquals("5.7.1", f.status());
        assertEquals("<1@dma.example.net>", r.original().get("message-id"));
    }

    @Test
    void givingUpAfterTheQueueLifetime() {
        Report r = SendmailTest.read("""
                From: MAILER-DAEMON <>
                Subject: Mail delivery failed

                This is the DragonFly Mail Agent v0.13 at dma.example.net.

                There was an error delivering your mail to <carol@example.org>.

                Could not deliver for the last 432000 seconds. Giving up.

                Message headers follow.
                """);
        assertEquals("expired", r.failures().get(0).reason());
    }
}
