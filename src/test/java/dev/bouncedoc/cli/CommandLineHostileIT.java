package dev.bouncedoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's own hostile input, through a forked JVM with a small heap (failsafe, {@code mvn
 * verify}): 200 MB piped into {@code explain -}, generated as it is written and never stored; folders
 * with link loops and FIFOs; an mbox line far over the message limit. Each finishes, with one record per
 * message and the documented exit status.
 */
class CommandLineHostileIT {
    @TempDir
    static Path dir;

    static final long PIPED = 200L * 1024 * 1024;

    record Result(int status, List<String> lines, String err) {
    }

    interface Feed {
        void write(OutputStream in) throws IOException;
    }

    static Result run(String heap, Feed feed, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        Thread writer = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                feed.write(in);
            } catch (IOException e) {
                // the command stopped reading (explain reads 65,536 characters of one text): a broken pipe
            }
        });
        writer.start();
        int status = p.waitFor();
        writer.join();
        return new Result(status, Files.readAllLines(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    /** {@code bytes} of a repeated text, with a line end every {@code lineLength} characters (0: none). */
    static Feed generated(String unit, long bytes, int lineLength) {
        return in -> {
            byte[] chunk = unit.repeat(8192 / unit.length()).getBytes(StandardCharsets.UTF_8);
            long written = 0;
            long sinceNewline = 0;
            while (written < bytes) {
                in.write(chunk);
                written += chunk.length;
                sinceNewline += chunk.length;
                if (lineLength > 0 && sinceNewline >= lineLength) {
                    in.write('\n');
                    sinceNewline = 0;
                }
            }
        };
    }

    static final Feed NOTHING = in -> { };

    @Test
    void twoHundredMegabytesAsOneTextInASmallHeap() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Result r = run("64m", generated("550 5.1.1 user unknown ", PIPED, 0), "explain", "--format", "json", "-");
            assertEquals(0, r.status(), r.err());
            assertTrue(r.lines().stream().anyMatch(l -> l.contains("\"truncated\":true")), String.valueOf(r.lines().size()));
            assertTrue(r.err().contains("standard input has more than 65536 characters"), r.err());
        });
    }

    @Test
    void twoHundredMegabytesOnOneJsonlLineInASmallHeap() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Feed feed = in -> {
                generated("x", PIPED, 0).write(in);
                in.write("\n550 5.1.1 user unknown\n".getBytes(StandardCharsets.US_ASCII));
            };
            Result r = run("64m", feed, "explain", "--format", "jsonl", "-");
            assertEquals(2, r.lines().size(), r.err());
            assertTrue(r.lines().get(0).contains("\"truncated\":true"));
            assertTrue(r.lines().get(1).contains("\"id\":\"delivery.user-unknown\""), r.lines().get(1));
            assertEquals(r.lines().get(0).contains("\"id\":\"unknown\"") ? 1 : 0, r.status(), r.err());
            assertTrue(r.err().startsWith("explain: line 1 of standard input has 209715200 characters"), r.err());
        });
    }

    @Test
    void twoHundredMegabytesOfLongJsonlLinesInASmallHeap() {
        assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
            Result r = run("64m", generated("550 5.1.1 user unknown ", PIPED / 4, 1_000_000), "explain",
                    "--format", "jsonl", "-");
            assertEquals(0, r.status(), r.err());
            assertTrue(r.lines().size() > 40, String.valueOf(r.lines().size()));
            // every line but the last (the rest of the 50 MB) is a million characters long
            assertTrue(r.lines().subList(0, r.lines().size() - 1).stream().allMatch(l -> l.contains("\"truncated\":true")));
        });
    }

    @Test
    void foldersWithLinkLoopsAndFifosEndWithOneRecordPerMessage() throws Exception {
        Path root = Files.createDirectory(dir.resolve("loops"));
        Path a = Files.createDirectory(root.resolve("a"));
        Path b = Files.createDirectory(a.resolve("b"));
        for (int i = 0; i < 50; i++) {
            Files.writeString(b.resolve(i + ".eml"), ScanCommandTest.BOUNCE);
        }
        Files.createSymbolicLink(b.resolve("up"), root);
        Files.createSymbolicLink(b.resolve("self"), b);
        Files.createSymbolicLink(a.resolve("down"), b);
        Files.createSymbolicLink(root.resolve("copy.eml"), b.resolve("0.eml"));
        dev.bouncedoc.OverlayLimitsTest.mkfifo(b.resolve("pipe"));
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Result r = run("64m", NOTHING, "scan", "--format", "jsonl", root.toString());
            // 50 messages of two recipients each, and the FIFO's error record
            assertEquals(101, r.lines().size(), r.err());
            assertEquals(1, r.lines().stream().filter(l -> l.contains("\"error\":")).count());
            assertEquals(1, r.status(), r.err());
        });
    }

    @Test
    void anMboxLineFarOverTheLimitIsCutAndTheNextMessageRead() throws Exception {
        Path mbox = dir.resolve("long-line.mbox");
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(mbox), StandardCharsets.UTF_8))) {
            w.write("From MAILER-DAEMON Mon Sep  2 10:00:00 2024\n" + ScanCommandTest.BOUNCE.replace("--B--\n", ""));
            String unit = "x".repeat(1024);
            for (int i = 0; i < 20 * 1024; i++) {
                w.write(unit);
            }
            w.write("\n--B--\n\nFrom MAILER-DAEMON Mon Sep  2 10:00:01 2024\n" + ScanCommandTest.PLAIN);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Result r = run("128m", NOTHING, "scan", "--format", "jsonl", mbox.toString());
            assertEquals(3, r.lines().size(), r.err());
            assertTrue(r.lines().get(0).contains("message longer than 16777216 bytes: the rest was cut"), r.lines().get(0));
            assertTrue(r.lines().get(0).contains("\"recipient\":\"bob@example.org\""), r.lines().get(0));
            assertTrue(r.lines().get(2).contains("long-line.mbox#2\",\"bounce\":false"), r.lines().get(2));
            assertEquals(0, r.status(), r.err());
        });
    }
}
