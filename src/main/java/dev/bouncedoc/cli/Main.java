package dev.bouncedoc.cli;

import java.io.PrintStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar bouncedoc-cli.jar explain|scan|catalog ...}. Exit status: 0 recognised (scan: all
 * read), 1 unknown, 2 usage error (README.md, "Command line").
 */
@Command(name = "bouncedoc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explains why mail failed, in Japanese and English.",
        subcommands = {ExplainCommand.class, ScanCommand.class, CatalogCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    public static final int USAGE = 2;
    /** A bug in bouncedoc: an exception that should never escape. */
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Jakarta Mail looks its StreamProvider up with a ServiceLoader for every body part and header block
        // it reads (StreamProvider.provider(), uncached in jakarta.mail-api 2.1.3 to 2.1.5): a third of the
        // time of a scan. Naming the provider skips the lookup. The command line owns its JVM; the library
        // never sets this (benchmarks/README.md, "End to end").
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.in, System.console() != null));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err, java.io.InputStream in) {
        return run(args, out, err, in, false);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, java.io.InputStream)}; {@code terminal} allows a progress bar. */
    public static int run(String[] args, PrintStream out, PrintStream err, java.io.InputStream in, boolean terminal) {
        CommandLine cli = new CommandLine(new Main(), new Factory(in, err, terminal));
        cli.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        configure(cli);
        return cli.execute(args);
    }

    private static void configure(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cli.getCommandSpec().exitCodeOnExecutionException(INTERNAL);
        cli.getSubcommands().values().forEach(Main::configure);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: explain TEXT, scan PATH, or catalog");
    }

    /** Gives commands the standard input they should read. */
    private static final class Factory implements CommandLine.IFactory {
        private final java.io.InputStream in;
        private final PrintStream err;
        private final boolean terminal;

        Factory(java.io.InputStream in, PrintStream err, boolean terminal) {
            this.in = in;
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ExplainCommand.class) {
                return cls.cast(new ExplainCommand(in));
            }
            if (cls == ScanCommand.class) {
                return cls.cast(new ScanCommand(in, err, terminal));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
