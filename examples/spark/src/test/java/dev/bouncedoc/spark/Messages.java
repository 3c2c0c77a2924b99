package dev.bouncedoc.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bounces made for the tests from the formats' own shapes (an RFC 3464 report, a Postfix-style text report,
 * an RFC 3834 automatic reply, an ordinary message), with recipients, codes and texts drawn from a seeded
 * generator, and mbox archives of them (RFC 4155: a "From " line before each message, body lines that
 * start with "From " quoted with '>').
 */
final class Messages {
    private static final String[] DOMAINS = {"example.com", "example.net", "example.org", "mail.example.jp",
            "EXAMPLE.co.jp"};
    /** Status, reply code and the remote server's text: failures a list sender meets every day. */
    private static final String[][] FAILURES = {
            {"5.1.1", "550", "5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table"},
            {"5.2.2", "552", "5.2.2 <%s>: Mailbox full"},
            {"5.7.1", "554", "5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.example.org"},
            {"5.1.2", "550", "5.1.2 Host or domain name not found. Name service error for name=%s"},
            {"4.2.2", "452", "4.2.2 The email account that you tried to reach is over quota"},
            {"5.7.26", "550", "5.7.26 This message does not pass authentication checks (SPF and DKIM both do not pass)"},
    };

    private final Random random;
    private int serial;

    Messages(long seed) {
        this.random = new Random(seed);
    }

    /** The next message: mostly bounces of the formats above, sometimes an auto-reply or an ordinary message. */
    byte[] next() {
        serial++;
        int pick = random.nextInt(10);
        if (pick < 5) {
            return dsn(1 + random.nextInt(3));
        } else if (pick < 8) {
            return postfixText();
        } else if (pick < 9) {
            return autoReply();
        }
        return ordinary();
    }

    private String address() {
        return "user" + random.nextInt(500) + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
    }

    private String messageId() {
        return "<" + serial + "." + Integer.toHexString(random.nextInt()) + "@sender.example>";
    }

    byte[] dsn(int recipients) {
        String boundary = "b" + serial;
        StringBuilder s = new StringBuilder();
        s.append("From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>\n")
                .append("To: news@sender.example\n")
                .append("Subject: Undelivered Mail Returned to Sender\n")
                .append("Date: Mon, 7 Dec 2026 12:").append(two(serial % 60)).append(":00 +0900\n")
                .append("Message-Id: <dsn.").append(serial).append("@mx.sender.example>\n")
                .append("MIME-Version: 1.0\n")
                .append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"").append(boundary).append("\"\n\n")
                .append("--").append(boundary).append("\nContent-Type: text/plain; charset=us-ascii\n\n")
                .append("I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n")
                .append("From here on the report follows (this line starts with From).\n\n")
                .append("--").append(boundary).append("\nContent-Type: message/delivery-status\n\n")
                .append("Reporting-MTA: dns; mx.sender.example\nArrival-Date: Mon, 7 Dec 2026 11:59:00 +0900\n");
        String[] firstTo = new String[1];
        for (int i = 0; i < recipients; i++) {
            String to = address();
            firstTo[0] = firstTo[0] == null ? to : firstTo[0];
            String[] f = FAILURES[random.nextInt(FAILURES.length)];
            boolean delayed = f[0].startsWith("4");
            s.append("\nFinal-Recipient: rfc822; ").append(to)
                    .append("\nOriginal-Recipient: rfc822;").append(to)
                    .append("\nAction: ").append(delayed ? "delayed" : "failed")
                    .append("\nStatus: ").append(f[0])
                    .append("\nRemote-MTA: dns; mx").append(i).append('.').append(to.substring(to.indexOf('@') + 1))
                    .append("\nDiagnostic-Code: smtp; ").append(f[1]).append(' ').append(String.format(f[2], to))
                    .append('\n');
        }
        s.append("\n--").append(boundary).append("\nContent-Type: text/rfc822-headers\n\n")
                .append("From: news@sender.example\nTo: ").append(firstTo[0])
                .append("\nSubject: December news ").append(serial)
                .append("\nMessage-ID: ").append(messageId()).append('\n')
                .append("\n--").append(boundary).append("--\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] postfixText() {
        String to = address();
        String[] f = FAILURES[random.nextInt(FAILURES.length)];
        String s = "From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)\n"
                + "To: info@sender.example\n"
                + "Subject: Undelivered Mail Returned to Sender\n"
                + "Date: Mon, 7 Dec 2026 13:" + two(serial % 60) + ":00 +0900\n"
                + "Content-Type: text/plain; charset=us-ascii\n\n"
                + "This is the mail system at host mail.sender.example.\n\n"
                + "I'm sorry to have to inform you that your message could not\n"
                + "be delivered to one or more recipients. It's attached below.\n\n"
                + "                   The mail system\n\n"
                + "<" + to + ">: host mx." + to.substring(to.indexOf('@') + 1) + "[198.51.100." + (serial % 250)
                + "] said: " + f[1] + " " + String.format(f[2], to) + " (in reply to RCPT TO command)\n\n"
                + "------ This is a copy of the message, including all the headers. ------\n\n"
                + "From: info@sender.example\nTo: " + to + "\nSubject: invoice " + serial
                + "\nMessage-ID: " + messageId() + "\n\nHello.\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    byte[] autoReply() {
        String from = address();
        String s = "From: " + from + "\nTo: news@sender.example\nSubject: Auto: out of office " + serial
                + "\nAuto-Submitted: auto-replied\nIn-Reply-To: " + messageId()
                + "\nDate: Mon, 7 Dec 2026 14:00:00 +0900\nContent-Type: text/plain; charset=utf-8\n\n"
                + "I am away until 4 January and will read your message then.\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    byte[] ordinary() {
        String s = "From: " + address() + "\nTo: news@sender.example\nSubject: lunch " + serial
                + "\nMessage-ID: " + messageId() + "\nDate: Mon, 7 Dec 2026 15:00:00 +0900\n\n"
                + "From what I heard the new place is good.\n";
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** An mbox archive of {@code count} messages. */
    byte[] mbox(int count) {
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            messages.add(next());
        }
        return mbox(messages);
    }

    static byte[] mbox(List<byte[]> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] m : messages) {
            out.writeBytes("From MAILER-DAEMON Mon Dec  7 12:00:00 2026\n".getBytes(StandardCharsets.US_ASCII));
            String text = new String(m, StandardCharsets.UTF_8);
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("From ")) {
                    out.write('>');
                }
                out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /** A folder as a mail system leaves it: mbox archives, single message files, a Maildir. */
    void folder(Path root, int mboxes, int perMbox, int files) throws IOException {
        Files.createDirectories(root.resolve("archive"));
        for (int i = 0; i < mboxes; i++) {
            Files.write(root.resolve("archive").resolve("2026-" + two(i + 1) + ".mbox"), mbox(perMbox));
        }
        Files.createDirectories(root.resolve("incoming"));
        for (int i = 0; i < files; i++) {
            Files.write(root.resolve("incoming").resolve("bounce-" + i + ".eml"), next());
        }
        Path maildir = root.resolve("Maildir");
        for (String sub : new String[] {"cur", "new", "tmp"}) {
            Files.createDirectories(maildir.resolve(sub));
        }
        Files.write(maildir.resolve("new").resolve("1765000000.1.host"), next());
        Files.write(maildir.resolve("cur").resolve("1764000000.2.host:2,S"), next());
        Files.write(maildir.resolve("cur").resolve("1764000001.3.host:2,S"), next());
        Files.write(maildir.resolve("tmp").resolve("1766000000.4.host"), next()); // still being delivered: not read
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
