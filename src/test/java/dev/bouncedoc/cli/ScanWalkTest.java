package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory walk reads each real file once, whatever links lead to it, never opens what is not a regular
 * file, and gives every message and every path that could not be read exactly one record.
 */
class ScanWalkTest {
    @TempDir
    Path dir;

    static List<String> sources(MainTest.Run r) {
        return ScanCommandTest.jsonl(r.out()).stream().map(o -> o.getString("source")).collect(Collectors.toList());
    }

    static List<String> errors(MainTest.Run r) {
        return ScanCommandTest.jsonl(r.out()).stream().filter(o -> o.containsKey("error"))
                .map(o -> o.getString("error")).collect(Collectors.toList());
    }

    @Test
    void aLinkLoopRepeatsNoMessage() throws IOException {
        Files.writeString(dir.resolve("1.eml"), ScanCommandTest.PLAIN);
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", dir.toString());
        assertEquals(List.of(dir.resolve("1.eml").toString()), sources(r));
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void twoLinkLoopsEnd() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.writeString(sub.resolve("1.eml"), ScanCommandTest.PLAIN);
        Files.createSymbolicLink(sub.resolve("a"), dir);
        Files.createSymbolicLink(sub.resolve("b"), sub);
        Files.createSymbolicLink(dir.resolve("c"), sub);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", dir.toString());
            // c sorts before sub: the message is read once, through the first path that reaches it
            assertEquals(List.of(dir.resolve("c").resolve("1.eml").toString()), sources(r));
            assertEquals(0, r.status(), r.err());
        });
    }

    @Test
    void aLinkToAFileAlreadyReadAndThePathGivenTwiceGiveOneRecord() throws IOException {
        Path one = dir.resolve("1.eml");
        Files.writeString(one, ScanCommandTest.PLAIN);
        Files.createSymbolicLink(dir.resolve("2.eml"), one);
        MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", dir.toString(), one.toString());
        assertEquals(List.of(one.toString()), sources(r));
    }

    @Test
    void aFifoInAFolderIsSkippedWithAnErrorRecordAndTheRestIsRead() throws Exception {
        Files.writeString(dir.resolve("1.eml"), ScanCommandTest.PLAIN);
        mkfifo(dir.resolve("2.fifo"));
        Files.writeString(dir.resolve("3.eml"), ScanCommandTest.PLAIN);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", dir.toString());
            assertEquals(List.of(dir.resolve("1.eml").toString(), dir.resolve("2.fifo").toString(),
                    dir.resolve("3.eml").toString()), sources(r));
            assertEquals(List.of("not a regular file (a FIFO, device or socket is not opened)"), errors(r));
            assertEquals(1, r.status(), "a file under the PATH could not be read");
        });
    }

    @Test
    void aFifoOrADeviceGivenAsThePathIsExitStatusThree() throws Exception {
        Path fifo = dir.resolve("f");
        mkfifo(fifo);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", fifo.toString());
            assertEquals(List.of("not a regular file (a FIFO, device or socket is not opened)"), errors(r));
            assertEquals(3, r.status());
        });
        if (Files.exists(Path.of("/dev/zero"))) {
            MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", "/dev/zero");
            assertEquals(List.of("not a regular file (a FIFO, device or socket is not opened)"), errors(r));
            assertEquals(3, r.status());
        }
    }

    @Test
    void aLinkToNothingIsAnErrorRecord() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.eml"), dir.resolve("nowhere.eml"));
        Files.writeString(dir.resolve("ok.eml"), ScanCommandTest.PLAIN);
        MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", dir.toString());
        List<JsonObject> lines = ScanCommandTest.jsonl(r.out());
        assertEquals(2, lines.size());
        assertEquals("a link to nothing", lines.get(0).getString("error"));
        assertEquals(1, r.status());
    }

    @Test
    void anUnreadableFileAndFolderAreErrorRecords() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every file");
        Path secret = dir.resolve("1.eml");
        Files.writeString(secret, ScanCommandTest.PLAIN);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Path closed = Files.createDirectory(dir.resolve("2"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            MainTest.Run r = MainTest.run("", "scan", "--format", "jsonl", dir.toString());
            assertEquals(List.of("could not be read: permission denied", "could not be read: permission denied"), errors(r));
            assertEquals(1, r.status());
            assertEquals(3, MainTest.run("", "scan", "--format", "jsonl", secret.toString()).status());
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    static void mkfifo(Path p) throws Exception {
        dev.bouncedoc.OverlayLimitsTest.mkfifo(p);
    }
}
