package dev.bouncedoc.cli;

import java.io.PrintStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar bouncedoc-cli.jar explain|scan|catalog|serve ...}. Exit status (README.md, "Command line"):
 * 0 done; 1 explain: not recognised, scan: a message or path under a PATH could not be read, catalog
 * --check: problems found; 2 usage error or a catalog that cannot be loaded; 3 a PATH or standard input
 * could not be read; 70 an internal error (EX_SOFTWARE of sysexits.h).
 */
@Command(name = "bouncedoc", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explains why mail failed, in Japanese and English.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {" 0:done (explain: recognised)",
            " 1:explain: not recognised; scan: some message could not be read; catalog --check: problems",
            " 2:usage error, or a catalog that cannot be loaded",
            " 3:a PATH or standard input could not be read",
            "70:internal error (a bug: please report it)"},
        subcommands = {ExplainCommand.class, ScanCommand.class, CatalogCommand.class, SiteCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** explain: nothing recognised; scan: some message could not be read; catalog --check: problems. */
    public static final int NOT_RECOGNISED = 1;
    public static final int USAGE = 2;
    /** A path given on the command line, or standard input, could not be read. */
    public static final int UNREADABLE = 3;
    /** A bug in bouncedoc: an exception or error that should never escape (sysexits.h EX_SOFTWARE). */
    public static final int INTERNAL = 70;
    /** The width of text output when COLUMNS does not say. */
    static final int DEFAULT_COLUMNS = 80;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Arguments.Repaired repaired = Arguments.repair(args, commandLine(), platformCharset());
        repaired.warnings().forEach(err::println); // our words and numbers only, nothing of the input
        System.exit(run(repaired.args(), out, err, System.in, System.console() != null, columns(System.getenv("COLUMNS"))));
    }

    /** The raw bytes of this process's command line (Linux), or null. */
    private static byte[] commandLine() {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/cmdline"));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** The charset the JVM decoded the arguments with. */
    private static java.nio.charset.Charset platformCharset() {
        try {
            return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return java.nio.charset.Charset.defaultCharset();
        }
    }

    /** The width text is wrapped to: COLUMNS when it is a sensible number, else 80. */
    static int columns(String env) {
        if (env != null && !env.isEmpty() && env.length() <= 4) {
            int n = 0;
            for (int i = 0; i < env.length(); i++) {
                char c = env.charAt(i);
                if (c < '0' || c > '9') {
                    return DEFAULT_COLUMNS;
                }
                n = n * 10 + (c - '0');
            }
            if (n >= 20) {
                return n;
            }
        }
        return DEFAULT_COLUMNS;
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err, java.io.InputStream in) {
        return run(args, out, err, in, false);
    }

    /**
     * A pasted POP3 answer begins with "-" ("-ERR [IN-USE] ..."): for {@code explain}, whose options are all
     * long ("--lang"), the first argument that begins with a single "-" (other than "-", standard input,
     * and the short options "-h", "-v" and "-V") starts the text, as if "--" stood before it.
     */
    static String[] textAfterOptions(String[] args) {
        int explain = java.util.Arrays.asList(args).indexOf("explain");
        if (explain < 0) {
            return args;
        }
        for (int i = explain + 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return args;
            }
            if (a.startsWith("-") && !a.startsWith("--") && a.length() > 1 && !a.equals("-h") && !a.equals("-v") && !a.equals("-V")) {
                String[] out = new String[args.length + 1];
                System.arraycopy(args, 0, out, 0, i);
                out[i] = "--";
                System.arraycopy(args, i, out, i + 1, args.length - i);
                return out;
            }
        }
        return args;
    }

    /** As {@link #run(String[], PrintStream, PrintStream, java.io.InputStream)}; {@code terminal} allows a progress bar. */
    public static int run(String[] args, PrintStream out, PrintStream err, java.io.InputStream in, boolean terminal) {
        return run(args, out, err, in, terminal, DEFAULT_COLUMNS);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, java.io.InputStream, boolean)}; text is wrapped to {@code columns}. */
    static int run(String[] args, PrintStream out, PrintStream err, java.io.InputStream in, boolean terminal, int columns) {
        return run(args, out, err, in, terminal, columns, true);
    }

    /**
     * As {@link #run(String[], PrintStream, PrintStream, java.io.InputStream, boolean, int)}; {@code quick}
     * lets a plain {@code explain} or {@code scan} skip picocli ({@link ExplainArguments}, {@link ScanArguments}), false always uses picocli (tests
     * compare the two).
     */
    static int run(String[] args, PrintStream out, PrintStream err, java.io.InputStream in, boolean terminal, int columns,
            boolean quick) {
        java.io.PrintWriter errors = new java.io.PrintWriter(
                new TerminalWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8)), true);
        java.io.PrintWriter output = new java.io.PrintWriter(
                new TerminalWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)), true);
        try {
            String[] arguments = textAfterOptions(args);
            ExplainCommand explain = quick ? ExplainArguments.read(arguments, in, columns) : null;
            if (explain != null) {
                try {
                    return explain.explain(output, errors);
                } catch (Exception e) { // as picocli's execution exception handler below
                    return internal(e, errors);
                }
            }
            ScanCommand scan = quick ? ScanArguments.read(arguments, in, err, terminal, columns) : null;
            if (scan != null) {
                try {
                    return scan.scan(output, errors);
                } catch (Exception e) {
                    return internal(e, errors);
                }
            }
            CommandLine cli = new CommandLine(new Main(), new Factory(in, err, terminal, columns));
            cli.setOut(output);
            cli.setErr(errors);
            cli.setCaseInsensitiveEnumValuesAllowed(true);
            cli.setExecutionExceptionHandler((e, command, parsed) -> internal(e, command.getErr()));
            configure(cli);
            return cli.execute(arguments);
        } catch (Throwable e) { // an Error (OutOfMemoryError, StackOverflowError) passes picocli's handler
            return internal(e, errors);
        }
    }

    /** One line on standard error, without a stack trace: what escaped, and that it is a bug. */
    private static int internal(Throwable e, java.io.PrintWriter err) {
        err.println("bouncedoc: internal error (a bug: please report it): " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        err.flush();
        return INTERNAL;
    }

    private static void configure(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cli.getCommandSpec().exitCodeOnExecutionException(INTERNAL);
        cli.getSubcommands().values().forEach(Main::configure);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: explain TEXT, scan PATH, catalog, or serve");
    }

    /** Gives commands the standard input they should read. */
    private static final class Factory implements CommandLine.IFactory {
        private final java.io.InputStream in;
        private final PrintStream err;
        private final boolean terminal;
        private final int columns;

        Factory(java.io.InputStream in, PrintStream err, boolean terminal, int columns) {
            this.in = in;
            this.err = err;
            this.terminal = terminal;
            this.columns = columns;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ExplainCommand.class) {
                return cls.cast(new ExplainCommand(in, columns));
            }
            if (cls == ScanCommand.class) {
                return cls.cast(new ScanCommand(in, err, terminal, columns));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
