package dev.bouncedoc.message.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Limits;
import dev.bouncedoc.message.MailMessage;
import dev.bouncedoc.message.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Exchange2007Test {
    static Report read(String message) {
        return Recognizers.read(MailMessage.parse(message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), Limits.DEFAULT));
    }

    @Test
    void exchange2010TwoRecipientsWithSmtpAndStoreDriverErrors() {
        Report r = read("""
                From: postmaster@example.org
                To: sender@example.com
                Subject: Undeliverable: Quarterly figures
                MIME-Version: 1.0
                Content-Type: text/plain; charset=us-ascii

                Delivery has failed to these recipients or groups:

                Alice Example
                The e-mail address you entered couldn't be found.

                Bob Example
                The recipient's mailbox is full and can't accept messages now.

                Diagnostic information for administrators:

                Generating server: mail.example.org

                alice@example.net
                #< #5.1.1 smtp;550 5.1.1 <alice@example.net>: Recipient address rejected: User unknown in local recipient table> #SMTP#

                bob@example.org
                #550 5.2.2 STOREDRV.Deliver: mailbox full ##

                Original message headers:

                From: sender@example.com
                To: alice@example.net, bob@example.org
                Subject: Quarterly figures
                Message-ID: <q1@example.com>
                Date: Mon, 3 Mar 2025 10:00:00 +0000
                """);
        assertEquals("exchange2007", r.format());
        assertEquals(Report.Kind.FAILURE, r.kind());
        assertEquals("mail.example.org", r.reportingMta());
        assertEquals(2, r.failures().size());
        Failure a = r.failures().get(0);
        assertEquals("alice@example.net", a.address());
        assertEquals("5.1.1", a.status());
        assertEquals("550", a.replyCode());
        assertEquals("550 5.1.1 <alice@example.net>: Recipient address rejected: User unknown in local recipient table",
                a.diagnostic());
        Failure b = r.failures().get(1);
        assertEquals("bob@example.org", b.address());
        assertEquals("5.2.2", b.status());
        assertEquals("550 5.2.2 STOREDRV.Deliver: mailbox full", b.diagnostic());
        assertEquals("Quarterly figures", r.original().get("subject"));
    }

    @Test
    void japaneseNdrWithRemoteServerReturned() {
        Report r = read("""
                From: postmaster@example.jp
                To: taro@example.com
                Subject: =?UTF-8?B?6YWN5L+h5LiN6IO9OiDmiZPjgaHlkIjjgo/jgZs=?=
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit
                X-MS-Exchange-Message-Is-Ndr:

                次の受信者またはグループへの配信に失敗しました:

                hanako@example.jp
                電子メール アドレスが見つかりませんでした。

                管理者向けの診断情報:

                生成サーバー: MX01.example.jp

                hanako@example.jp
                リモート サーバーから '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' が返されました

                元のメッセージ ヘッダー:

                From: taro@example.com
                To: hanako@example.jp
                Subject: meeting
                Message-ID: <m1@example.com>
                """);
        assertEquals("exchange2007", r.format());
        assertEquals("MX01.example.jp", r.reportingMta());
        assertEquals(1, r.failures().size());
        Failure f = r.failures().get(0);
        assertEquals("hanako@example.jp", f.address());
        assertEquals("5.1.1", f.status());
        assertEquals("550", f.replyCode());
        assertEquals("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", f.diagnostic());
        assertEquals("<m1@example.com>", r.original().get("message-id"));
    }

    @Test
    void expiredAfterAttemptsNamesTheReceivingServerAndTheDate() {
        Report r = read("""
                From: postmaster@example.edu
                To: sender@example.com
                Subject: Undeliverable: hello
                MIME-Version: 1.0
                Content-Type: text/plain; charset=us-ascii

                Delivery has failed to these recipients or groups:

                carol@example.net
                The server has tried to deliver this message, without success, and has stopped trying.

                Diagnostic information for administrators:

                Generating server: ex1.example.edu
                Receiving server: mx.example.net (192.0.2.7)

                carol@example.net
                5/01/2025 9:00:00 PM - Remote Server at mx.example.net (192.0.2.7) returned '550 4.4.7 QUEUE.Expired; message expired'
                5/01/2025 8:50:00 PM - Remote Server at mx.example.net (192.0.2.7) returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped." Attempted failover to alternate host, but that did not succeed.'

                Original message headers:

                Subject: hello
                """);
        Failure f = r.failures().get(0);
        assertEquals("carol@example.net", f.address());
        assertEquals("550 4.4.7 QUEUE.Expired; message expired", f.diagnostic());
        assertEquals("4.4.7", f.status());
        assertEquals("mx.example.net", f.remoteMta());
        assertEquals("5/01/2025 9:00:00 PM", f.lastAttempt());
        assertEquals("expired", f.reason());
    }

    @Test
    void deliveryStatusPartGivesTheRecipientsAndTheTextTheWords() {
        Report r = read("""
                From: postmaster@contoso.example
                To: sender@example.com
                Subject: Undeliverable: hi
                MIME-Version: 1.0
                X-MS-Exchange-Message-Is-Ndr:
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain; charset=us-ascii

                Your message to dave@contoso.example couldn't be delivered.

                Diagnostic information for administrators:

                Generating server: AM0PR01MB0001.eurprd01.prod.exchangelabs.com

                dave@contoso.example
                mx.contoso.example
                Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

                Original message headers:

                Subject: hi

                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns;AM0PR01MB0001.eurprd01.prod.exchangelabs.com

                Final-Recipient: rfc822;dave@contoso.example
                Action: failed
                Status: 5.1.10
                Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found

                --b1--
                """);
        assertEquals("exchange2007", r.format());
        Failure f = r.failures().get(0);
        assertEquals("dave@contoso.example", f.address());
        assertEquals("failed", f.action());
        assertEquals("5.1.10", f.status());
        assertEquals("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", f.diagnostic());
        assertEquals("mx.contoso.example", f.remoteMta());
        assertNull(f.reason());
    }

    @Test
    void delayNoticeWithoutStatusPartIsADelay() {
        Report r = read("""
                From: postmaster@example.org
                To: sender@example.com
                Subject: Delivery delayed:hello
                Content-Type: text/plain; charset=us-ascii

                Delivery is delayed to these recipients or groups:

                pat@example.net

                Diagnostic information for administrators:

                Generating server: ex2.example.org

                pat@example.net
                Remote Server at mx.example.net (192.0.2.8) returned '400 4.4.7 Message delayed'
                3/3/2025 1:00:00 PM - Remote Server at mx.example.net (192.0.2.8) returned '451 4.4.0 DNS query failed'

                Original message headers:

                Subject: hello
                """);
        assertEquals(Report.Kind.DELAY, r.kind());
        Failure f = r.failures().get(0);
        assertEquals("delayed", f.action());
        assertEquals("400 4.4.7 Message delayed", f.diagnostic());
        assertNull(f.reason());
    }

    @Test
    void otherReportsAreNotRead() {
        Report r = read("""
                From: MAILER-DAEMON@example.org
                To: sender@example.com
                Subject: Undelivered Mail Returned to Sender
                Content-Type: text/plain

                This is the mail system at host example.org.

                <x@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 unknown user
                """);
        assertNotEquals("exchange2007", r.format());
        assertNull(new Exchange2007().recognize(MailMessage.parse("garbage".getBytes(StandardCharsets.UTF_8), Limits.DEFAULT)));
    }
}
