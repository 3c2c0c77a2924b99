package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the engine on src/test/resources/client-errors/program-errors.tsv: the real error texts of
 * Thunderbird, Evolution, Claws Mail, Sylpheed, Mutt, NeoMutt, Geary, msmtp, fetchmail and the OS texts
 * they embed, taken from their Debian packages (see the README beside the table).
 *
 * <p>Each row is diagnosed in its own language. A row is right when the diagnosis's id is the expected id,
 * or, for a {@code reason:} row, when the diagnosis's reason is that Sisimai reason. An expected id that
 * is not in the catalog yet counts as a miss. The report (accuracy per program, per language and per
 * expected id, the confusions, "confident wrong" answers and every miss) is written to
 * target/program-errors.txt.
 *
 * <p>This is development data: its failures may be studied, but a fix must be a general rule for a
 * format or a wording, never a copy of a row.
 */
class ProgramErrorsTest {
    /**
     * Measured on 2026-12-07: 385/848 (45.4 %) before the new client ids of issue #10; 843/848 (99.4 %; en
     * 457/460, ja 386/388) with 1 confident wrong answer after them and the programs' own wordings; 845/848 (en
     * 459/460) with the rules written for more-programs.tsv (Claws Mail's and Sylpheed's "Connection to
     * <host>:<port> failed."). This is
     * development data (the rules were written while reading its misses), so the floor guards against
     * regressions; it does not measure generalisation. The floor sits just under the measured score.
     */
    static final double FLOOR = 0.99;
    /** At most this share of the rows may be answered wrongly with confidence (issue #10: under 2 %). */
    static final double MAX_CONFIDENT_WRONG = 0.005;

    @Test
    void scoresTheProgramErrorTable() throws IOException {
        ErrorTextTable.Score s = ErrorTextTable.score("program-errors.tsv", "program errors", "program-errors.txt");
        assertTrue(s.confidentWrong().size() <= MAX_CONFIDENT_WRONG * s.total(), "confident wrong answers: " + s.confidentWrong());
        assertTrue(s.right() >= FLOOR * s.total(), String.format(Locale.ROOT,
                "program errors: %d/%d is under the floor %.2f (see target/program-errors.txt)", s.right(), s.total(), FLOOR));
    }
}
