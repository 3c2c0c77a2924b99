package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit statuses of README.md's table ("Command line"), one test per row and command, and what the command
 * line does with standard input: line by line, each line cut at 65,536 characters and the cut reported.
 */
class ExitStatusTest {
    static MainTest.Run run(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), in);
        return new MainTest.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard input that fails as a closed or broken descriptor does. */
    static InputStream failing(Throwable t) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (t instanceof IOException) {
                    throw (IOException) t;
                }
                if (t instanceof RuntimeException) {
                    throw (RuntimeException) t;
                }
                throw (Error) t;
            }
        };
    }

    /** An endless standard input: {@code yes | bouncedoc explain -}. */
    static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 'y';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'y');
                return len;
            }
        };
    }

    @Test
    void explainZeroOneTwo() {
        assertEquals(0, MainTest.run("", "explain", "550 5.1.1 user unknown").status());
        assertEquals(1, MainTest.run("", "explain", "hello").status());
        assertEquals(2, MainTest.run("", "explain", "--format", "xml", "550").status());
    }

    @Test
    void explainThreeWhenStandardInputCannotBeRead() {
        MainTest.Run r = run(failing(new IOException("Input/output error")), "explain", "-");
        assertEquals(3, r.status());
        assertEquals("explain: standard input could not be read: Input/output error\n", r.err());
        MainTest.Run jsonl = run(failing(new IOException("Input/output error")), "explain", "--format", "jsonl", "-");
        assertEquals(3, jsonl.status());
        assertTrue(jsonl.err().startsWith("explain: standard input could not be read after line 0"), jsonl.err());
    }

    @Test
    void seventyForABugWithOneLineAndNoStackTrace() {
        MainTest.Run r = run(failing(new IllegalStateException("boom")), "explain", "-");
        assertEquals(70, r.status());
        assertEquals("bouncedoc: internal error (a bug: please report it): java.lang.IllegalStateException: boom\n",
                r.err());
        MainTest.Run error = run(failing(new StackOverflowError()), "scan", "-");
        assertEquals(70, error.status());
        assertEquals("bouncedoc: internal error (a bug: please report it): java.lang.StackOverflowError\n", error.err());
    }

    @Test
    void scanZeroOneTwoThree(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.eml"), ScanCommandTest.PLAIN);
        assertEquals(0, MainTest.run("", "scan", dir.toString()).status());
        Files.createSymbolicLink(dir.resolve("2.eml"), dir.resolve("missing"));
        assertEquals(1, MainTest.run("", "scan", dir.toString()).status());
        assertEquals(2, MainTest.run("", "scan").status());
        assertEquals(3, MainTest.run("", "scan", dir.resolve("nope").toString()).status());
        MainTest.Run stdin = run(failing(new IOException("Bad file descriptor")), "scan", "--format", "jsonl", "-");
        assertEquals(3, stdin.status());
        assertEquals("could not be read: Bad file descriptor",
                Json.createReader(new StringReader(stdin.out())).readObject().getString("error"));
    }

    @Test
    void catalogZeroOneTwo() {
        assertEquals(0, MainTest.run("", "catalog").status());
        assertEquals(1, MainTest.run("", "catalog", "--check", "--catalog-only", "--catalog",
                "src/test/resources/catalogs/shadowed").status());
        assertEquals(2, MainTest.run("", "catalog", "--catalog", "src/test/resources/catalogs/bad-enum").status());
    }

    @Test
    void jsonlCutsALongLineReportsItAndReadsTheNextOne() {
        String input = "x".repeat(70_000) + "\r\n550 5.1.1 user unknown\r\n\n";
        MainTest.Run r = MainTest.run(input, "explain", "--format", "jsonl", "-");
        List<JsonObject> lines = ScanCommandTest.jsonl(r.out());
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).getBoolean("truncated"));
        assertEquals(65_537, lines.get(0).getString("input").length());
        assertEquals("550 5.1.1 user unknown", lines.get(1).getString("input"));
        assertFalse(lines.get(1).getBoolean("truncated"));
        assertEquals("", lines.get(2).getString("input"));
        assertEquals("explain: line 1 of standard input has 70000 characters; the first 65536 were read\n", r.err());
    }

    @Test
    void anEndlessStandardInputIsCutNotWaitedFor() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            MainTest.Run r = run(endless(), "explain", "--format", "json", "-");
            assertEquals(1, r.status());
            assertTrue(r.json().getBoolean("truncated"));
            assertEquals("explain: standard input has more than 65536 characters; the first 65536 were read\n", r.err());
        });
    }
}
