package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the engine on src/test/resources/client-errors/server-replies.tsv: the servers' own reply texts, mined from
 * the Debian 12 packages of Postfix, Exim, Sendmail, OpenSMTPD, Courier, Dovecot, Cyrus and the filters in front of
 * them (postgrey, policyd-spf, OpenDMARC, amavisd-new, spamass-milter, Rspamd), each alone and inside one Thunderbird
 * frame of its protocol in English and Japanese. Built by {@code tools/curate-server-replies.py} (README beside the
 * table, "The servers' own replies").
 */
class ServerRepliesTest {
    static final double FLOOR = 0.0;
    static final double MAX_CONFIDENT_WRONG = 1.0;

    @Test
    void theServersOwnRepliesAloneAndFramed() throws IOException {
        ErrorTextTable.Score s = ErrorTextTable.score("server-replies.tsv", "server replies", "server-replies.txt");
        assertTrue(s.confidentWrong().size() <= MAX_CONFIDENT_WRONG * s.total(), "confident wrong answers: " + s.confidentWrong());
        assertTrue(s.right() >= FLOOR * s.total(), String.format(Locale.ROOT,
                "server replies: %d/%d is under the floor %.2f (see target/server-replies.txt)", s.right(), s.total(), FLOOR));
    }
}
