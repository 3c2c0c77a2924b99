package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 16: arguments and standard input decoded without depending on the platform locale. */
class LocaleIndependentInputTest {
    static final String JAPANESE = "送信 (SMTP) サーバーに接続できませんでした。";
    static final Charset ASCII = Charset.forName("US-ASCII");

    record Run(int status, String out, String err) {
        JsonObject json() {
            return Json.createReader(new StringReader(out)).readObject();
        }
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "Shift_JIS", "windows-31j", "EUC-JP", "ISO-2022-JP"})
    void japaneseOnStandardInputIsDetected(String charset) {
        Run r = run(JAPANESE.getBytes(Charset.forName(charset)), "explain", "--format", "json", "--lang", "en", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals(JAPANESE, r.json().getString("input"));
        assertEquals("client.cannot-connect", r.json().getString("id"));
        String name = charset.equals("windows-31j") ? "Shift_JIS" : charset;
        assertEquals(charset.equals("UTF-8") ? "" : "explain: standard input is not UTF-8; read as " + name
                + " (--charset to choose another)\n", r.err());
    }

    @Test
    void jsonlLinesInShiftJisAreDetectedToo() {
        byte[] lines = (JAPANESE + "\r\n0x800CCC0E\r\n").getBytes(StdinCharset.SHIFT_JIS);
        Run r = run(lines, "explain", "--format", "jsonl", "--lang", "ja", "-");
        assertEquals(0, r.status(), r.err());
        assertEquals(JAPANESE, Json.createReader(new StringReader(r.out().lines().findFirst().get())).readObject()
                .getString("input"));
    }

    @Test
    void charsetNamesTheCharsetOfStandardInput() {
        byte[] euc = JAPANESE.getBytes(StdinCharset.EUC_JP);
        Run r = run(euc, "explain", "--format", "json", "--charset", "EUC-JP", "-");
        assertEquals(JAPANESE, r.json().getString("input"));
        assertEquals("", r.err());
        Run wrong = run(euc, "explain", "--format", "json", "--charset", "ISO-8859-1", "-");
        assertEquals(new String(euc, StandardCharsets.ISO_8859_1), wrong.json().getString("input"), "as told");
        Run unknown = run(euc, "explain", "--charset", "klingon", "-");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("Invalid value for option '--charset': 'klingon' is not a charset"), unknown.err());
    }

    @Test
    void bytesNoCharsetExplainsAreReplacedWithAWarning() {
        byte[] junk = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, ' ', '5', '5', '0', ' ', '5', '.', '1', '.', '1'};
        Run r = run(junk, "explain", "--format", "json", "--lang", "en", "-");
        assertEquals("\uFFFD\uFFFD\uFFFD 550 5.1.1", r.json().getString("input"));
        assertEquals("explain: standard input is neither UTF-8 nor Shift_JIS, EUC-JP or ISO-2022-JP: bytes that"
                + " could not be decoded were replaced (--charset names the charset)\n", r.err());
    }

    @Test
    void inputThatArrivedDamagedIsReported() {
        Run replaced = run("\uFFFD\uFFFD\uFFFD\uFFFD (SMTP) 550".getBytes(StandardCharsets.UTF_8), "explain", "--lang", "en", "-");
        assertEquals("explain: standard input arrived damaged (4 replacement characters U+FFFD): it was mangled"
                + " before bouncedoc read it; the answer may be unknown\n", replaced.err());
        Run questions = run(new byte[0], "explain", "--lang", "en", "??????", "(SMTP)", "??????????");
        assertEquals("explain: the text arrived damaged (a run of 10 '?' where characters were): it was mangled"
                + " before bouncedoc read it; the answer may be unknown\n", questions.err());
        Run line = run("0x800CCC0E\n??? ????\n".getBytes(StandardCharsets.UTF_8), "explain", "--format", "jsonl", "-");
        assertEquals("explain: line 2 of standard input arrived damaged (a run of 4 '?' where characters were)\n", line.err());
        Run fine = run(new byte[0], "explain", "--lang", "en", "Why? 550 5.1.1 user unknown??");
        assertEquals("", fine.err());
    }

    @Test
    void damagedArgumentsAreRepairedFromTheRawCommandLine() {
        // what the JVM passes under LANG=C: each non-ASCII byte has become U+FFFD
        String[] mangled = {"explain", "--lang", "ja", new String(JAPANESE.getBytes(StandardCharsets.UTF_8), ASCII)};
        assertTrue(mangled[3].startsWith("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD (SMTP) "), mangled[3]);
        byte[] cmdline = cmdline("java", "-cp", "x.jar", "dev.bouncedoc.cli.Main", "explain", "--lang", "ja", JAPANESE);
        Arguments.Repaired r = Arguments.repair(mangled, cmdline, ASCII);
        assertArrayEquals(new String[] {"explain", "--lang", "ja", JAPANESE}, r.args());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void argumentsThatCannotBeRepairedAreReported() {
        String[] mangled = {"explain", new String(JAPANESE.getBytes(StandardCharsets.UTF_8), ASCII)};
        Arguments.Repaired none = Arguments.repair(mangled, null, ASCII);
        assertArrayEquals(mangled, none.args());
        assertEquals(1, none.warnings().size());
        assertTrue(none.warnings().get(0).startsWith("bouncedoc: argument 2 arrived damaged (54 replacement"
                + " characters U+FFFD): the system locale could not decode it"), none.warnings().get(0));
        // a command line that does not match what the JVM passed is not used
        Arguments.Repaired other = Arguments.repair(mangled, cmdline("java", "Main", "explain", "something else"), ASCII);
        assertArrayEquals(mangled, other.args());
        String[] fine = {"explain", "550", "5.1.1"};
        assertEquals(List.of(), Arguments.repair(fine, null, ASCII).warnings());
    }

    private static byte[] cmdline(String... args) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String a : args) {
            b.writeBytes(a.getBytes(StandardCharsets.UTF_8));
            b.write(0);
        }
        return b.toByteArray();
    }

    /** The real thing: a JVM started under LANG=C (no locale, as in cron) gets Japanese arguments and input. */
    @Test
    void aJvmUnderLangCStillReadsJapanese() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")), "Linux /proc");
        Assumptions.assumeTrue(StandardCharsets.UTF_8.name().equals(System.getProperty("sun.jnu.encoding")),
                "this JVM passes the arguments to the child as UTF-8");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=ANSI_X3.4-1968",
                "-Dsun.jnu.encoding=ANSI_X3.4-1968", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "explain", "--format", "json", "--lang", "en", JAPANESE));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("LC_CTYPE");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        JsonObject o = Json.createReader(new StringReader(out)).readObject();
        assertEquals(JAPANESE, o.getString("input"));
        assertEquals("client.cannot-connect", o.getString("id"));
        assertEquals("", err);

        command = new ArrayList<>(command.subList(0, command.size() - 1));
        command.add("-");
        pb = new ProcessBuilder(command);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        p = pb.start();
        try (var in = p.getOutputStream()) {
            in.write(JAPANESE.getBytes(StdinCharset.EUC_JP));
        }
        out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        assertEquals(JAPANESE, Json.createReader(new StringReader(out)).readObject().getString("input"));
        assertEquals("explain: standard input is not UTF-8; read as EUC-JP (--charset to choose another)\n", err);
    }
}
