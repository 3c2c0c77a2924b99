package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the engine on src/test/resources/client-errors/framed-replies.tsv: every frame of the named programs
 * (Thunderbird, Evolution, Claws Mail, Sylpheed, Mutt, NeoMutt, msmtp, fetchmail) that puts a server's reply into
 * its message, in English and Japanese, filled with the same real replies (62 in the first part, 28 in the second, 25 in the third;
 * SMTP, POP3, IMAP), and the replies alone. Built by {@code tools/curate-framed-replies.py} (README beside the table, "Framed replies"). A row is right
 * when the frame keeps the answer the reply's meaning asks for: the frame's generic words must not decide.
 *
 * <p>First look (2026-12-07, catalog 1.7.0 as at aac55bb, before any rule was written for this table): 704/740
 * (95.1 %) as first labelled, 22 confident wrong; 731/740 (98.8 %), 6 confident wrong, with the labels as now (27
 * rows relabelled after reading the catalog's entries: "454 4.7.0 Temporary authentication failure" is the 454
 * entry's own case, "504 5.7.4 Unrecognized authentication type" client.smtp-command-not-understood's, and two bare
 * replies mean a receiving server's condition without a sending program's frame). The 9 misses: a POP3 sign-in frame
 * ("Error sending password", "Sending of username did not succeed") or msmtp's "authentication failed (method …)"
 * deciding over the reply, and Thunderbird's IMAP alert frame taken as a bounce's; then 740/740.
 *
 * <p>Second look (28 other replies, 353 rows, labelled after the first part's rules and scored once before any rule
 * was changed for them): 266/353 (75.4 %), 47 confident wrong; 274/353 with one label changed. Third look (25 more
 * replies, 311 rows, the same way): 272/311 (87.5 %), 35 confident wrong. Now the whole table, 1404 rows: 1400 right,
 * none confident wrong (the misses: the bare "NO Over quota", 0.45, and Exchange's "User is authenticated but not
 * connected." after "Authentication failed:", 0.45). The floor sits under it so that a changed rule elsewhere may cost
 * a few rows, not more; the rules were written from these rows, so "now" shows no generalisation: the second and
 * third looks (75 % and 88 %) are the estimate for replies not seen.
 */
class FramedRepliesTest {
    static final double FLOOR = 0.99;
    /** At most 2 confident wrong answers in 1404 rows. */
    static final double MAX_CONFIDENT_WRONG = 0.0015;

    @Test
    void aFrameKeepsTheAnswerOfTheReplyInside() throws IOException {
        ErrorTextTable.Score s = ErrorTextTable.score("framed-replies.tsv", "framed replies", "framed-replies.txt");
        assertTrue(s.confidentWrong().size() <= MAX_CONFIDENT_WRONG * s.total(), "confident wrong answers: " + s.confidentWrong());
        assertTrue(s.right() >= FLOOR * s.total(), String.format(Locale.ROOT,
                "framed replies: %d/%d is under the floor %.2f (see target/framed-replies.txt)", s.right(), s.total(), FLOOR));
    }
}
