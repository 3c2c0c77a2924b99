package dev.bouncedoc.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MboxReaderTest {
    @Test
    void splitsAtFromLinesAfterABlankLineAndUnquotesFrom() throws IOException {
        String mbox = "From a@example.jp Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n>From the start\n\n"
                + "From b@example.jp Mon Jan  1 00:00:01 2024\nSubject: two\n\nline\nFrom here on, not a separator\n";
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII)), 1 << 20)) {
            String one = new String(r.next(), StandardCharsets.US_ASCII);
            String two = new String(r.next(), StandardCharsets.US_ASCII);
            assertNull(r.next());
            assertTrue(one.startsWith("Subject: one"), one);
            assertTrue(one.contains("\nFrom the start"), one);
            assertTrue(two.contains("From here on"), two);
        }
    }

    @Test
    void aCompleteSeparatorLineWithNoBlankLineBeforeItStartsTheNextMessage() throws IOException {
        // a writer that leaves out the blank line: the next message follows a MIME closing boundary directly
        String sender = "double-bounce-" + "x".repeat(80) + "@relay.example.com";
        String mbox = "From MAILER-DAEMON  Thu Jul  2 12:05:05 2020\nSubject: one\n\n--b1\nbody\n--b1--\n"
                + "From " + sender + "  Thu Jul  2 12:05:06 2020\r\nSubject: two\r\n\r\nbody\r\n"
                + "From here on, not a separator\nFrom Monday Jan 1 at 10:00 2024 too\n"
                + "From a@example.jp Mon Jan  1 00:00:01 +0900 2024\nSubject: three\n\nok\n";
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII)), 1 << 20)) {
            assertEquals("Subject: one\n\n--b1\nbody\n--b1--\n", new String(r.next(), StandardCharsets.US_ASCII));
            assertEquals("Subject: two\r\n\r\nbody\r\nFrom here on, not a separator\nFrom Monday Jan 1 at 10:00 2024 too\n",
                    new String(r.next(), StandardCharsets.US_ASCII));
            assertEquals("Subject: three\n\nok\n", new String(r.next(), StandardCharsets.US_ASCII));
            assertNull(r.next());
        }
    }

    @Test
    void separatorLinesAreTheSenderAndACtimeDate() {
        assertTrue(separator("From MAILER-DAEMON Sat Jun  9 14:15:30 2018\n"));
        assertTrue(separator("From bob@example.org Mon Jan 1 00:00 2024"));
        assertTrue(separator("From bob@example.org Mon Jan  1 00:00:00 2024 +0000"));
        assertTrue(separator("From bob@example.org Mon Jan  1 00:00:00 JST 2024"));
        assertTrue(!separator("From bob@example.org Mon Jan  1 2024"));
        assertTrue(!separator("From Mon Jan  1 00:00:00 2024")); // no sender
        assertTrue(!separator("From the team: Mon Jan 1 10:00 meeting"));
        assertTrue(!separator("From bob@example.org Mon January 1 00:00:00 2024"));
    }

    private static boolean separator(String line) {
        byte[] b = line.getBytes(StandardCharsets.US_ASCII);
        return MboxReader.isSeparator(b, b.length);
    }

    @Test
    void aMessageOverTheLimitIsCutAndTheNextOneStillRead() throws IOException {
        String mbox = "From a Mon Jan  1 00:00:00 2024\nSubject: big\n\n" + "x".repeat(500) + "\n\n"
                + "From b Mon Jan  1 00:00:01 2024\nSubject: small\n\nok\n";
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII)), 100)) {
            assertTrue(r.next().length <= 100);
            assertTrue(r.lastCut());
            assertEquals("Subject: small\n\nok\n", new String(r.next(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aLineLongerThanTheLimitIsCutNotDroppedAndNothingAfterItIsKept() throws IOException {
        String mbox = "From a Mon Jan  1 00:00:00 2024\r\nSubject: long\r\n\r\n" + "y".repeat(500) + "\r\nlast line\r\n\r\n"
                + "From b Mon Jan  1 00:00:01 2024\nSubject: next\n\nok\n";
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII)), 100)) {
            String cut = new String(r.next(), StandardCharsets.US_ASCII);
            assertEquals("Subject: long\r\n\r\n" + "y".repeat(100 - 17), cut);
            assertTrue(r.lastCut());
            assertEquals("Subject: next\n\nok\n", new String(r.next(), StandardCharsets.US_ASCII));
            assertTrue(!r.lastCut());
            assertNull(r.next());
        }
    }

    @Test
    void crlfAndLoneCrLinesKeepTheirEnds() throws IOException {
        String mbox = "From a Mon Jan  1 00:00:00 2024\r\nSubject: one\r\n\r\n>From x\rbody\r\n\r\nFrom b\r\nSubject: two\r\n";
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(mbox.getBytes(StandardCharsets.US_ASCII)), 1 << 20)) {
            assertEquals("Subject: one\r\n\r\nFrom x\rbody\r\n\r\n", new String(r.next(), StandardCharsets.US_ASCII));
            assertEquals("Subject: two\r\n", new String(r.next(), StandardCharsets.US_ASCII));
            assertNull(r.next());
        }
    }

    /** A stream that fails once, as a read that runs out of memory does, when byte {@code at} is reached. */
    static java.io.InputStream failingOnceAt(byte[] bytes, int at) {
        return new java.io.InputStream() {
            int pos;
            boolean failed;

            @Override
            public int read() {
                if (pos == at && !failed) {
                    failed = true;
                    throw new OutOfMemoryError("Java heap space");
                }
                return pos < bytes.length ? bytes[pos++] & 0xff : -1;
            }
        };
    }

    @Test
    void aMessageWhoseReadingFailsIsSkippedAndTheNextOneReadWhole() throws IOException {
        String mbox = "From a Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n\n"
                + "From b Mon Jan  1 00:00:01 2024\nSubject: two\n\nlong body line\nmore\n\n"
                + "From c Mon Jan  1 00:00:02 2024\nSubject: three\n\nok\n";
        byte[] bytes = mbox.getBytes(StandardCharsets.US_ASCII);
        int at = mbox.indexOf("body line");
        try (MboxReader r = new MboxReader(new java.io.BufferedInputStream(failingOnceAt(bytes, at), 1), 1 << 20)) {
            assertEquals("Subject: one\n\nbody\n\n", new String(r.next(), StandardCharsets.US_ASCII));
            org.junit.jupiter.api.Assertions.assertThrows(OutOfMemoryError.class, r::next);
            assertEquals("Subject: three\n\nok\n", new String(r.next(), StandardCharsets.US_ASCII));
            assertNull(r.next());
        }
    }

    @Test
    void messagesOfEverySizeAroundTheBlocksReadWholeInArraysOfTheirLength() throws IOException {
        int b = MboxReader.BLOCK;
        int[] sizes = {1, b - 1, b, b + 1, 3 * b + 5};
        StringBuilder mbox = new StringBuilder();
        for (int size : sizes) {
            mbox.append("From a Mon Jan  1 00:00:00 2024\n").append("z".repeat(size - 1)).append("\n\n");
        }
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(mbox.toString().getBytes(StandardCharsets.US_ASCII)),
                1 << 20)) {
            for (int size : sizes) {
                byte[] m = r.next();
                assertEquals(size + 1, m.length); // the line and the blank line before the next separator
                assertEquals("z".repeat(size - 1) + "\n\n", new String(m, StandardCharsets.US_ASCII));
            }
            assertNull(r.next());
        }
        // a limit that is no multiple of the block: cut at exactly the limit, in an array of that length
        String big = "From a Mon Jan  1 00:00:00 2024\n" + "q".repeat(2 * b + 100) + "\n";
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(big.getBytes(StandardCharsets.US_ASCII)), b + 7)) {
            byte[] m = r.next();
            assertEquals(b + 7, m.length);
            assertTrue(r.lastCut());
            assertNull(r.next());
        }
    }
}
