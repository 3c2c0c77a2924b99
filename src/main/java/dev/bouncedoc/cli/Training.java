package dev.bouncedoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of {@code bin/bouncedoc}'s start-up archive (not a command for people): the commands
 * people run most, each once, in one JVM, with their output thrown away, so that the classes they load
 * (and on Java 25 how they are linked) go into the archive the launcher writes from this run.
 * {@code java -cp bouncedoc-cli.jar dev.bouncedoc.cli.Training MESSAGE [PATH...]}: {@code explain} of a
 * reply line in Japanese (text) and English (JSON), {@code scan --format jsonl -} of the message file
 * MESSAGE on standard input (read on the calling thread), then {@code scan} of the PATHs (default:
 * MESSAGE) on the pool of threads, as JSON lines and as text in English and Japanese. One JVM instead of
 * one per command: Java 25's AOT cache is written from a single run, and the Java 17 class list then has
 * no repeated lines. The exit status is 0 once every command has run, whatever each one answered (a
 * message the training cannot read is still a training), 2 when MESSAGE cannot be read.
 */
public final class Training {
    private Training() {
    }

    /** Runs the training commands (see the class comment) and exits with {@link #run}'s status. */
    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs the training commands; returns 0, or 2 (after a line on {@code err}) when MESSAGE is missing or unreadable. */
    static int run(String[] args, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: java -cp bouncedoc-cli.jar dev.bouncedoc.cli.Training MESSAGE [PATH...]");
            return Main.USAGE;
        }
        byte[] message;
        try {
            message = Files.readAllBytes(Path.of(args[0]));
        } catch (IOException | RuntimeException e) {
            err.println("bouncedoc training: " + args[0] + ": could not be read");
            return Main.USAGE;
        }
        List<String> paths = new ArrayList<>();
        for (int i = args.length > 1 ? 1 : 0; i < args.length; i++) {
            paths.add(args[i]);
        }
        String text = "554 5.7.1 <bob@example.com>: Relay access denied";
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("explain", "--lang", "ja", text));
        commands.add(List.of("explain", "--lang", "en", "--format", "json", text));
        commands.add(List.of("scan", "--format", "jsonl", "-"));
        for (List<String> options : List.of(List.of("--format", "jsonl"), List.of("--lang", "en"), List.of("--lang", "ja"))) {
            List<String> command = new ArrayList<>(List.of("scan"));
            command.addAll(options);
            command.add("--");
            command.addAll(paths);
            commands.add(command);
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (List<String> command : commands) {
            InputStream in = new java.io.ByteArrayInputStream(message);
            Main.run(command.toArray(new String[0]), nowhere, nowhere, in, false, Main.DEFAULT_COLUMNS);
        }
        return 0;
    }
}
