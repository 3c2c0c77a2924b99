package dev.bouncedoc.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityIndexTest {
    static final SimilarityIndex INDEX = SimilarityIndex.build(List.of(
            List.of("The connection to the server was refused by the remote host"),
            List.of("Your mailbox on the server is over its storage quota", "メールボックスの容量が上限を超えています"),
            List.of("The server's certificate has expired")));

    @Test
    void aRewordedTextFindsTheEntryOfItsSituation() {
        SimilarityIndex.Hit hit = INDEX.nearest("the remote host refused the connection to server", null);
        assertEquals(0, hit.entry());
        assertTrue(hit.score() > 0.4, "score " + hit.score());
        assertEquals(1, INDEX.nearest("サーバーのメールボックス容量が上限を超えました", null).entry());
        assertEquals(2, INDEX.nearest("The certificate of the server expired yesterday", null).entry());
    }

    @Test
    void excludedEntriesAreNotProposed() {
        boolean[] excluded = {true, false, false};
        SimilarityIndex.Hit hit = INDEX.nearest("the remote host refused the connection to server", excluded);
        assertTrue(hit == null || hit.entry() != 0);
    }

    @Test
    void shortOrUnrelatedInputFindsNothingNear() {
        assertNull(INDEX.nearest("hello", null));
        assertNull(INDEX.nearest("", null));
        SimilarityIndex.Hit hit = INDEX.nearest("lunch on friday at the usual place?", null);
        assertTrue(hit == null || hit.score() < 0.2, String.valueOf(hit));
    }

    @Test
    void anIdenticalTextScoresOne() {
        assertEquals(1.0, INDEX.nearest("The server's certificate has expired", null).score(), 1e-6);
    }
}
