package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.vocabulary.BounceKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What is an automatic reply and no bounce (out-of-office notices in several languages, a list's "held for
 * moderation" notice), and what stays a bounce although it is marked Auto-Submitted: auto-replied.
 */
class AutomaticReplyTest {
    static BounceReport read(String message) {
        return BounceReadTest.DOC.read(message.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAutoReplyMarkedByPrecedenceInSpanishIsNoBounce() {
        BounceReport r = read("""
                From: "Contact" <contact@shop.example>
                To: "Sender" <noreply@example.org>
                Precedence: auto_reply
                Subject: Auto reply
                Message-Id: <r1@shop.example>

                Gracias por contactar con nosotros. Estamos procesando su consulta y le responderemos pronto.
                """);
        assertEquals(BounceKind.AUTO_REPLY, r.kind());
        assertFalse(r.bounce());
        assertEquals("contact@shop.example", r.recipients().get(0).address());
        assertEquals("vacation", r.recipients().get(0).reason());
        assertFalse(r.recipients().get(0).hardBounce());
    }

    @Test
    void anOutlookAutoReplyInGermanIsNoBounce() {
        BounceReport r = read("""
                From: Jana Beispiel <jana@firma.example>
                To: bob@example.org
                Subject: Automatische Antwort: Angebot
                Auto-Submitted: auto-generated
                X-Auto-Response-Suppress: All
                In-Reply-To: <angebot-1@example.org>

                Ich bin bis zum 10. Januar nicht im Büro und habe keinen Zugriff auf meine E-Mails.
                """);
        assertEquals(BounceKind.AUTO_REPLY, r.kind());
        assertFalse(r.bounce());
        assertEquals("jana@firma.example", r.recipients().get(0).address());
        assertEquals("<angebot-1@example.org>", r.original().messageId());
    }

    @Test
    void anAutoReplyQuotingBounceWordsIsStillAnAutoReply() {
        // the header says auto-replied and nothing has a mail system's report structure: the quoted words do not decide
        BounceReport r = read("""
                From: Dave <dave@example.net>
                To: alice@example.jp
                Subject: Re: the parcel
                Auto-Submitted: auto-replied

                I am out of the office until Monday.

                > Your parcel could not be delivered: the server said 550 the address was unknown.
                """);
        assertEquals(BounceKind.AUTO_REPLY, r.kind());
        assertFalse(r.bounce());
    }

    @Test
    void anEximBounceMarkedAutoRepliedStaysABounce() {
        BounceReport r = read("""
                From: Mail Delivery System <Mailer-Daemon@mx.example.org>
                To: alice@example.jp
                Subject: Mail delivery failed: returning message to sender
                Auto-Submitted: auto-replied
                X-Failed-Recipients: bob@example.org

                This message was created automatically by mail delivery software.

                A message that you sent could not be delivered to one or more of its
                recipients. This is a permanent error. The following address(es) failed:

                  bob@example.org
                    host mx.example.org [192.0.2.1]
                    SMTP error from remote mail server after RCPT TO:<bob@example.org>:
                    550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown
                """);
        assertEquals(BounceKind.FAILURE, r.kind());
        assertTrue(r.bounce());
        assertEquals("bob@example.org", r.recipients().get(0).address());
        assertEquals("userunknown", r.recipients().get(0).reason());
    }

    @Test
    void aBounceOfAnUnknownLayoutMarkedAutoRepliedStaysABounce() {
        BounceReport r = read("""
                From: postmaster@mail.example.net
                To: alice@example.jp
                Subject: Undeliverable: Plans
                Auto-Submitted: auto-replied

                Your message could not be delivered to carol@example.net.
                Reason: 550 5.2.2 mailbox full
                """);
        assertEquals(BounceKind.FAILURE, r.kind());
        assertTrue(r.bounce());
        assertEquals("carol@example.net", r.recipients().get(0).address());
    }

    @Test
    void aMailmanHoldNoticeIsNoBounce() {
        BounceReport r = read("""
                From: news-bounces@lists.example.org
                To: alice@example.jp
                Subject: Your message to news@lists.example.org awaits moderator approval
                List-Id: <news.lists.example.org>
                X-List-Administrivia: yes
                Precedence: bulk

                Your mail to 'news@lists.example.org' with the subject

                    Plans for the meeting

                Is being held until the list moderator can review it for approval.

                The message is being held because:

                The message comes from a non-member

                Either the message will get posted to the list, or you will receive
                notification of the moderator's decision.
                """);
        assertEquals(BounceKind.AUTO_REPLY, r.kind());
        assertEquals("mailman", r.format());
        assertFalse(r.bounce());
        FailedRecipient f = r.recipients().get(0);
        assertEquals("news@lists.example.org", f.address());
        assertEquals("notice.held-for-moderation", f.diagnosis().id());
        assertFalse(f.hardBounce());
    }

    @Test
    void aSympaModerationReportIsNoBounce() {
        BounceReport r = read("""
                From: SYMPA <sympa@lists.example.org>
                To: alice@example.jp
                Subject: Message distribution

                Your message to the list 'news' has been forwarded to the moderator(s)
                """);
        assertEquals(BounceKind.AUTO_REPLY, r.kind());
        assertEquals("sympa", r.format());
        assertFalse(r.bounce());
        assertEquals("notice.held-for-moderation", r.recipients().get(0).diagnosis().id());
    }

    @Test
    void aBounceOfAHoldNoticeIsABounceOfItsRecipient() {
        // a Microsoft SMTPSVC report that returns a Mailman hold notice: the notice's addressee bounced
        BounceReport r = read("""
                From: <admin@example.com>
                To: <news-bounces@lists.example.org>
                Subject: Non-Delivery: Your message to news awaits moderator approval
                X-List-Administrivia: yes
                List-Id: <news.lists.example.org>

                --- Non-Delivery Report ---
                The email below could not be delivered to the following user:

                "userx@example.com" <userx@example.com>

                Old message:

                Your mail to 'news' with the subject

                    Plans

                Is being held until the list moderator can review it for approval.
                """);
        assertTrue(r.bounce());
        assertEquals("userx@example.com", r.recipients().get(0).address());
    }
}
