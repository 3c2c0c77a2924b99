package dev.bouncedoc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.catalog.CatalogLoader;
import dev.bouncedoc.catalog.CatalogProblem;
import dev.bouncedoc.catalog.CatalogSource;
import dev.bouncedoc.message.Failure;
import dev.bouncedoc.message.Headers;
import dev.bouncedoc.message.Report;
import dev.bouncedoc.message.Stated;
import dev.bouncedoc.vocabulary.BounceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reason policy from its table: one row per rule and branch, evidence in, reason and hard bounce out. */
class ReasonPolicyTest {
    static Diagnoser diagnoser;

    @BeforeAll
    static void load() throws CatalogProblem {
        diagnoser = new Diagnoser(CatalogLoader.load(CatalogSource.bundled()), 65_536);
    }

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = ReasonPolicyTest.class.getResourceAsStream("reasons.tsv")) {
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                assertTrue(c.length >= 12 && c.length <= 14, "reasons.tsv line " + n + " has " + c.length + " columns");
                rows.add(Arguments.of("line " + n + ": " + c[0] + " " + c[9], c));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(String name, String[] c) {
        Failure f = Failure.builder().action(v(c[2])).status(v(c[3])).replyCode(v(c[4])).command(v(c[5])).stated(c[6].equals("-") ? null : Stated.valueOf(c[6]))
                .address(v(c[7])).remoteMta(v(c[8])).diagnostic(v(c[9])).notice(c.length > 12 && v(c[12]) != null ? c[12].replace("\\n", "\n") : null).build();
        List<Failure> all = new ArrayList<>(List.of(f));
        if (c.length > 13 && !c[13].equals("-")) { // the report's other recipients, with the same notice
            for (String other : c[13].split(",")) {
                all.add(f.toBuilder().address(other).build());
            }
        }
        Report report = new Report(BounceKind.valueOf(c[1]), c[0], null, all, Headers.EMPTY, null);
        f = report.failures().get(0);
        boolean[] clients = diagnoser.catalog().clientEntries();
        Finding probe = diagnoser.diagnose(BounceReader.matchText(f), clients, null);
        Finding notice = ReasonPolicy.looksAtNotice(f, report, probe) ? diagnoser.diagnose(ReasonPolicy.noticeFor(f, report), clients, null) : null;
        ReasonPolicy.Verdict v = ReasonPolicy.decide(f, report, probe, notice);
        assertEquals(c[10] + " hard=" + c[11], v.reason() + " hard=" + v.hard(), "probe: " + probe.entry().id());
    }

    private static String v(String cell) {
        return cell.equals("-") ? null : cell;
    }
}
