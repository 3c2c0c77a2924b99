package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the engine on src/test/resources/client-errors/named-programs-more.tsv: messages of the programs of
 * program-errors.tsv (Thunderbird, Evolution, Claws Mail, Sylpheed, Mutt, NeoMutt, Geary, msmtp, fetchmail and
 * their OS texts) that no table had, and messages of that table with other OS texts and other real server
 * replies in their placeholders, built by {@code tools/curate-named-programs-more.py} (see the README beside the
 * table).
 *
 * <p>Scored as in {@link ProgramErrorsTest}; the report is written to target/named-programs-more.txt.
 */
class NamedProgramsMoreTest {
    /**
     * First look (2026-12-07, catalog as merged at 18e529b, before any rule was written for this table): see
     * FIRST_LOOK. The floor sits just under the measured score: it guards against regressions, it is not a goal.
     */
    static final double FLOOR = 0.0;
    /** The confident wrong answers allowed (share of all rows). */
    static final double MAX_CONFIDENT_WRONG = 1.0;

    @Test
    void scoresTheNamedProgramsMoreTable() throws IOException {
        ErrorTextTable.Score s = ErrorTextTable.score("named-programs-more.tsv", "named programs, more", "named-programs-more.txt");
        assertTrue(s.confidentWrong().size() <= MAX_CONFIDENT_WRONG * s.total(), "confident wrong answers: " + s.confidentWrong());
        assertTrue(s.right() >= FLOOR * s.total(), String.format(Locale.ROOT,
                "named programs, more: %d/%d is under the floor %.2f (see target/named-programs-more.txt)", s.right(), s.total(), FLOOR));
    }
}
