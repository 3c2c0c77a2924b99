package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain {@code explain} or {@code scan} is read without picocli (ExplainArguments, ScanArguments); every
 * command line gives the same standard output, standard error and exit status either way, and the ones
 * picocli must read (help, errors, argument files) are left to it.
 */
class CommandLineFastPathTest {
    record Run(int status, String out, String err) {
    }

    private static Run run(boolean quick, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, 60, quick);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final String RELAY = "554 5.7.1 <bob@example.com>: Relay access denied";

    /** Command lines read without picocli: the standard input, then the arguments. */
    static Stream<Arguments> quick() {
        return Stream.of(
                Arguments.of("", new String[] {"explain", RELAY}),
                Arguments.of("", new String[] {"explain", "554", "5.7.1", "Relay", "access", "denied"}),
                Arguments.of("", new String[] {"explain", "--lang", "ja", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang=en-US", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "ja_JP.UTF-8", "-v", "0x800CCC0E"}),
                Arguments.of("", new String[] {"explain", "--verbose", "--lang", "en", "550 5.1.1 User unknown"}),
                Arguments.of("", new String[] {"explain", "--format", "json", "--lang", "en", RELAY}),
                Arguments.of("", new String[] {"explain", "--format=JSON", "--pretty", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "html", "--lang", "ja", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "jsonl", "--lang", "en", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "json", "--help-base-url",
                    "https://help.example.jp/bouncedoc/", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "json", "--help-base-url", "ftp:x", RELAY}),
                Arguments.of("", new String[] {"explain", "--catalog", "/nonexistent/overlay", RELAY}),
                Arguments.of("", new String[] {"explain", "--catalog-only", "--lang", "en", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "hello", "world"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "-ERR", "[IN-USE]", "mailbox", "locked"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "--", "--lang", "ja"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "-vh", RELAY}), // a text: "--" goes before it
                Arguments.of("", new String[] {"explain", "550", "5.1.1", "--lang", "en"}),
                Arguments.of("", new String[] {"explain", "--lang", "ja", "メールボックスが一杯です"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "bad\u001b[31m text\u202e"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", ""}),
                Arguments.of("550 5.1.1 <a@example.com>: User unknown\n", new String[] {"explain", "--lang", "en", "-"}),
                Arguments.of("550 5.1.1 unknown\n452 4.2.2 mailbox full\n\nhello\n",
                    new String[] {"explain", "--format", "jsonl", "--lang", "en", "-"}),
                Arguments.of("554 relay denied\n", new String[] {"explain", "--charset", "Shift_JIS", "--lang", "ja", "-"}));
    }

    /** Command lines left to picocli. */
    static Stream<Arguments> picocli() {
        return Stream.of(
                Arguments.of("", new String[] {"explain"}),
                Arguments.of("", new String[] {"explain", "--lang", "en"}),
                Arguments.of("", new String[] {"explain", "-h"}),
                Arguments.of("", new String[] {"explain", "--help"}),
                Arguments.of("", new String[] {"explain", "-V", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "fr", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang=", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "--lang", "ja", RELAY}),
                Arguments.of("", new String[] {"explain", "-v", "--verbose", RELAY}),
                Arguments.of("", new String[] {"explain", "--verbose=true", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "yaml", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "--lang", "en", RELAY}),
                Arguments.of("", new String[] {"explain", "--pretty", RELAY}),
                Arguments.of("", new String[] {"explain", "--format", "jsonl", "--pretty", RELAY}),
                Arguments.of("", new String[] {"explain", "--charset", "no-such-charset", "-"}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "--fromat", "json", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "@/nonexistent/args", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "-v", "-h", RELAY}),
                Arguments.of("", new String[] {"explain", "--lang", "en", "550", "--x"}),
                Arguments.of("", new String[] {"explain", "--catalog", "nul\u0000", RELAY}),
                Arguments.of("", new String[] {"--lang", "en", "explain", RELAY}),
                Arguments.of("", new String[] {"catalog", "show", "delivery.user-unknown", "--lang", "en"}),
                Arguments.of("", new String[] {}));
    }

    @ParameterizedTest
    @MethodSource("quick")
    void aPlainExplainSkipsPicocliAndAnswersTheSame(String stdin, String[] args) {
        assertNotNull(ExplainArguments.read(Main.textAfterOptions(args), System.in, 60), String.join(" ", args));
        assertEquals(run(false, stdin, args), run(true, stdin, args));
    }

    @ParameterizedTest
    @MethodSource("picocli")
    void everythingElseIsPicocliAsBefore(String stdin, String[] args) {
        assertNull(ExplainArguments.read(Main.textAfterOptions(args), System.in, 60), String.join(" ", args));
        assertEquals(run(false, stdin, args), run(true, stdin, args));
    }

    private static final String FORMATS = "src/test/resources/formats";
    private static final String POSTFIX = FORMATS + "/postfix";
    private static final String DSN = "From: MAILER-DAEMON@mx.example.jp\nTo: taro@example.jp\nSubject: failure\n"
            + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n"
            + "--b1\nContent-Type: text/plain\n\nundeliverable\n\n--b1\nContent-Type: message/delivery-status\n\n"
            + "Reporting-MTA: dns; mx.example.jp\n\nFinal-Recipient: rfc822; hanako@example.net\nAction: failed\n"
            + "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <hanako@example.net>: User unknown\n\n--b1--\n";

    /** Scan command lines read without picocli: the standard input, then the arguments. */
    static Stream<Arguments> quickScan() {
        return Stream.of(
                Arguments.of("", new String[] {"scan", POSTFIX + "/01.eml"}),
                Arguments.of("", new String[] {"scan", "--lang", "en", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--lang=ja-JP", POSTFIX + "/02.eml", POSTFIX + "/03.eml"}),
                Arguments.of("", new String[] {"scan", "--format", "jsonl", "--lang", "en", FORMATS}),
                Arguments.of("", new String[] {"scan", "--format=JSON", "--pretty", "--lang", "en", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--format", "json", "--threads", "1", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--format", "html", "--lang", "ja", POSTFIX + "/04.eml"}),
                Arguments.of("", new String[] {"scan", "--threads=2", "--format", "jsonl", POSTFIX, FORMATS + "/exim"}),
                Arguments.of("", new String[] {"scan", "--format", "json", "--help-base-url",
                    "https://help.example.jp/bouncedoc/", POSTFIX + "/01.eml"}),
                Arguments.of("", new String[] {"scan", "--format", "json", "--help-base-url", "ftp:x", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--catalog", "/nonexistent/overlay", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--catalog-only", "--lang", "en", POSTFIX + "/01.eml"}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "/nonexistent"}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "--format", "jsonl", "/nonexistent", POSTFIX + "/05.eml"}),
                Arguments.of("", new String[] {"scan", POSTFIX + "/06.eml", "--lang", "en"}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "--", "-x", POSTFIX + "/07.eml"}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "help"}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "explain"}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "nul\u0000"}),
                Arguments.of("", new String[] {"scan", "--lang", "en", ""}),
                Arguments.of(DSN, new String[] {"scan", "--lang", "en", "-"}),
                Arguments.of(DSN, new String[] {"scan", "--format", "jsonl", "--lang", "ja", "-", POSTFIX + "/01.eml"}),
                Arguments.of("not a message", new String[] {"scan", "--format", "jsonl", "--lang", "en", "-"}));
    }

    /** Scan command lines left to picocli. */
    static Stream<Arguments> picocliScan() {
        return Stream.of(
                Arguments.of("", new String[] {"scan"}),
                Arguments.of("", new String[] {"scan", "--lang", "en"}),
                Arguments.of("", new String[] {"scan", "-h"}),
                Arguments.of("", new String[] {"scan", "--help", POSTFIX}),
                Arguments.of("", new String[] {"scan", "-V", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--lang", "fr", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--lang=", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "--lang", "ja", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--format", "yaml", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--format", "--lang", "en", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--pretty", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--format", "jsonl", "--pretty", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--pretty=true", "--format", "json", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--threads", "0", "--lang", "en", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--threads", "-1", "--lang", "en", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--threads", "two", "--lang", "en", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--threads", "010", "--lang", "en", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--threads", "+2", "--lang", "en", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--threads", "99999", "--lang", "en", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "-v", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "--fromat", "json", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "@/nonexistent/args"}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "-x"}),
                Arguments.of("", new String[] {"scan", "--catalog", "nul\u0000", POSTFIX}),
                Arguments.of("", new String[] {"--lang", "en", "scan", POSTFIX}),
                Arguments.of("", new String[] {"scan", "--lang", "en", "--threads"}));
    }

    @ParameterizedTest
    @MethodSource("quickScan")
    void aPlainScanSkipsPicocliAndAnswersTheSame(String stdin, String[] args) {
        assertNotNull(ScanArguments.read(Main.textAfterOptions(args), System.in, null, false, 60), String.join(" ", args));
        assertEquals(run(false, stdin, args), run(true, stdin, args));
    }

    @ParameterizedTest
    @MethodSource("picocliScan")
    void everyOtherScanIsPicocliAsBefore(String stdin, String[] args) {
        assertNull(ScanArguments.read(Main.textAfterOptions(args), System.in, null, false, 60), String.join(" ", args));
        assertEquals(run(false, stdin, args), run(true, stdin, args));
    }

    /** An mbox file and a Maildir, read both ways. */
    @Test
    void mboxAndMaildirTheSameBothWays(@TempDir Path dir) throws IOException {
        Path mbox = dir.resolve("box.mbox");
        Files.writeString(mbox, "From MAILER-DAEMON Mon Dec  7 10:00:00 2026\n" + DSN
                + "\nFrom MAILER-DAEMON Mon Dec  7 10:01:00 2026\nSubject: hello\n\nnot a bounce\n", StandardCharsets.UTF_8);
        Path maildir = dir.resolve("Maildir");
        for (String sub : new String[] {"cur", "new", "tmp"}) {
            Files.createDirectories(maildir.resolve(sub));
        }
        Files.writeString(maildir.resolve("new").resolve("1.host"), DSN, StandardCharsets.UTF_8);
        for (String[] args : new String[][] {
            {"scan", "--lang", "en", mbox.toString()},
            {"scan", "--format", "jsonl", "--lang", "en", mbox.toString(), maildir.toString()},
            {"scan", "--format", "json", "--lang", "ja", "--threads", "2", dir.toString()}}) {
            assertNotNull(ScanArguments.read(args, System.in, null, false, 60), String.join(" ", args));
            Run quick = run(true, "", args);
            assertEquals(run(false, "", args), quick);
            assertEquals(0, quick.status(), quick.err());
            assertTrue(quick.out().contains("box.mbox#2"), quick.out()); // the mbox was read as two messages
        }
    }
}
