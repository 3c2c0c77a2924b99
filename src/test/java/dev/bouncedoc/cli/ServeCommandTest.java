package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's failures before it listens: each its exit status and one line on standard error. */
class ServeCommandTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPortInUseIsStatus3() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run r = run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(Main.UNREADABLE, r.status(), r.err());
            assertTrue(r.err().startsWith("serve: cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void aMissingOrEmptyTokenFileIsAUsageError() throws Exception {
        Run missing = run("serve", "--port", "0", "--token-file", dir.resolve("none").toString());
        assertEquals(Main.USAGE, missing.status());
        assertTrue(missing.err().startsWith("serve: the token file "), missing.err());
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        Run blank = run("serve", "--port", "0", "--token-file", empty.toString());
        assertEquals(Main.USAGE, blank.status());
        assertTrue(blank.err().contains(" is empty"), blank.err());
    }

    @Test
    void numbersOutOfRangeAreUsageErrors() {
        assertEquals(Main.USAGE, run("serve", "--port", "70000").status());
        assertEquals(Main.USAGE, run("serve", "--port", "0", "--max-concurrent", "0").status());
        assertEquals(Main.USAGE, run("serve", "--port", "0", "--idle-timeout", "0").status());
    }

    @Test
    void aHelpBaseUrlThatIsNotAnAbsoluteHttpUrlIsAUsageError() {
        for (String url : new String[] {"/bouncedoc/", "help.example.jp/bouncedoc/", "ftp://help.example.jp/",
            "https://", "https:///path/", "https://help.example.jp/?q=1", "https://help.example.jp/#top",
            "https://help.example.jp/a b/", "javascript:alert(1)"}) {
            Run r = run("serve", "--port", "0", "--help-base-url", url);
            assertEquals(Main.USAGE, r.status(), url + ": " + r.err());
            assertTrue(r.err().contains("help base URL"), url + ": " + r.err());
            assertEquals("", r.out(), url);
        }
    }
}
