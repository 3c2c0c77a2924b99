package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncedoc.message.Report;
import org.junit.jupiter.api.Test;

class NotesTest {
    @Test
    void failureReasonsBlockWithTwoRecipients() {
        Report r = Exchange2007Test.read("""
                From: POSTMASTER@gw.example.com
                To: sender@example.org
                Subject: Undeliverable message
                Content-Type: text/plain; charset=ISO-8859-1

                ------- Failure Reasons  --------

                User not listed in public Name & Address Book
                ken@example.com
                Mailbox full
                lee@example.com

                ------- Returned Message --------
                From: sender@example.org
                To: ken@example.com, lee@example.com
                Subject: report
                Message-Id: <n1@example.org>
                """);
        assertEquals("notes", r.format());
        assertEquals(2, r.failures().size());
        assertEquals("ken@example.com", r.failures().get(0).address());
        assertEquals("User not listed in public Name & Address Book", r.failures().get(0).diagnostic());
        assertEquals("lee@example.com", r.failures().get(1).address());
        assertEquals("Mailbox full", r.failures().get(1).diagnostic());
        assertEquals("report", r.original().get("subject"));
    }
}
