package dev.bouncedoc.cli;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.BounceReport;
import dev.bouncedoc.CatalogException;
import dev.bouncedoc.FailedRecipient;
import dev.bouncedoc.ScannedMessage;
import dev.bouncedoc.render.JsonRenderer;
import dev.bouncedoc.render.ReportRenderer;
import dev.bouncedoc.render.TextRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Reads bounce messages and explains each failed recipient.",
        "PATH is a message file, an mbox file, a directory (read recursively) or a Maildir; '-' reads one message",
        "from standard input."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {" 0:every message was read",
            " 1:some message, file or folder under a PATH could not be read (each has an error record)",
            " 2:usage error, or a catalog (--catalog) that cannot be loaded",
            " 3:a PATH (or standard input) could not be read at all: missing, unreadable, or not a"
                + " regular file or folder (it has an error record; the other PATHs are still read)",
            "70:internal error (a bug: please report it)"})
final class ScanCommand implements Callable<Integer> {
    enum Format { text, json, jsonl, html }

    private final InputStream in;
    private final PrintStream progress;
    private final boolean terminal;
    private final int columns; // text is wrapped to this width (COLUMNS, else 80), as explain's is

    @Mixin
    Options options = new Options();

    @Option(names = "--format", paramLabel = "text|json|jsonl|html", defaultValue = "text",
            description = "text (a summary per message and counts), json (one array of the jsonl objects),"
                    + " jsonl (one object per recipient, one per line), or html.")
    Format format;

    @Option(names = "--pretty", description = "With --format json: indented JSON (JSON is compact, on one line, without it).")
    boolean pretty;

    private JsonOutput.Array array;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Message files, mbox files, directories, Maildirs, or '-'.")
    List<String> paths;

    @Option(names = "--help-base-url", paramLabel = "URL", description = "Where the pages of 'bouncedoc site' are"
            + " published (such as https://help.example.jp/bouncedoc/): json gets helpUrl, html links to the page.")
    String helpBaseUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ScanCommand(InputStream in, PrintStream progress, boolean terminal, int columns) {
        this.in = in;
        this.progress = progress;
        this.terminal = terminal;
        this.columns = columns;
    }

    @Option(names = "--threads", paramLabel = "N",
            description = "Read messages on N threads (default: the number of processors); the output is the same, in the same order.")
    Integer threads;

    @Override
    public Integer call() {
        if (pretty && format != Format.json) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--pretty goes with --format json (jsonl keeps one object per line)");
        }
        return scan(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Scans, once the options are known to be valid together ({@link #call()} checks {@code --pretty};
     * {@link ScanArguments} checks it and {@code --threads} before it comes here without picocli).
     */
    int scan(PrintWriter out, PrintWriter err) {
        if (terminal) {
            return scanTo(out, err);
        }
        // Not on a terminal: the records are written in blocks as the output's buffer fills, not one system
        // call each (JSON's generator flushes after every record: 26,150 writes for 24,900 messages), and
        // all of it is flushed once at the end, also when something escapes.
        try {
            return scanTo(new PrintWriter(new HeldFlush(out), false), err);
        } finally {
            out.flush();
        }
    }

    /**
     * Passes everything on to the command's output but its flushes, so that the output's own buffer decides
     * when bytes are written; close is not passed on either (the output is not this command's to close).
     */
    private static final class HeldFlush extends java.io.FilterWriter {
        HeldFlush(java.io.Writer out) {
            super(out);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private int scanTo(PrintWriter out, PrintWriter err) {
        BounceDoc doc;
        try {
            BounceDoc.Builder builder = BounceDoc.builder().catalog(options.catalog()).locale(options.locale());
            if (helpBaseUrl != null) {
                builder.helpBaseUrl(helpBaseUrl);
            }
            doc = builder.build();
        } catch (IllegalArgumentException e) {
            err.println("bouncedoc: --help-base-url: " + e.getMessage());
            return Main.USAGE;
        } catch (CatalogException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
        Locale locale = options.locale();
        Summary summary = new Summary();
        Progress bar = new Progress(progress, terminal);
        if (format == Format.html) {
            out.println("<div class=\"bouncedoc-scan\">");
        } else if (format == Format.json) {
            array = new JsonOutput.Array(out, pretty);
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        int status = 0;
        List<Path> batch = new ArrayList<>(); // consecutive paths, scanned together on the same threads
        for (String p : paths) {
            if (!p.equals("-")) {
                try {
                    batch.add(Path.of(p));
                } catch (java.nio.file.InvalidPathException e) {
                    status = Math.max(status, scan(doc, batch, n, out, locale, summary, bar));
                    batch.clear();
                    emit(new ScannedMessage(p, null, "not a path: " + e.getReason()), out, locale, summary);
                    status = Main.UNREADABLE;
                }
                continue;
            }
            status = Math.max(status, scan(doc, batch, n, out, locale, summary, bar));
            batch.clear();
            ScannedMessage m;
            try {
                m = new ScannedMessage("-", doc.read(in), null);
            } catch (IOException e) {
                m = new ScannedMessage("-", null, "could not be read: " + e.getMessage());
            }
            emit(m, out, locale, summary);
            status = Math.max(status, m.ok() ? 0 : Main.UNREADABLE);
        }
        status = Math.max(status, scan(doc, batch, n, out, locale, summary, bar));
        bar.done();
        if (format == Format.html) {
            out.println("</div>");
        } else if (format == Format.json) {
            array.end();
        } else if (format == Format.text) {
            out.println();
            out.print(TextRenderer.wrap(ScanSummary.totals(locale, summary.totals), columns, "", "  ", locale));
            for (String table : List.of(
                    ScanSummary.counts(ScanSummary.word(locale, "byReason"), summary.byReason, locale, columns),
                    ScanSummary.counts(ScanSummary.word(locale, "byDomain"), summary.byDomain, null, columns))) {
                if (!table.isEmpty()) {
                    out.println();
                    out.print(table);
                }
            }
        }
        out.flush();
        return status;
    }

    /**
     * Scans the paths as one batch (so that a file reached twice, through links or given twice, is read
     * once) and returns the exit status they call for: 3 when a PATH itself could not be read, 1 when a
     * message or a path under one could not, else 0.
     */
    private int scan(BounceDoc doc, List<Path> batch, int threads, PrintWriter out, Locale locale, Summary summary,
                     Progress bar) {
        if (batch.isEmpty()) {
            return 0;
        }
        java.util.Set<String> given = new java.util.HashSet<>();
        batch.forEach(p -> given.add(p.toString()));
        int status = 0;
        try (Stream<ScannedMessage> messages = doc.scan(List.copyOf(batch), threads)) {
            Iterator<ScannedMessage> it = messages.iterator();
            while (it.hasNext()) {
                ScannedMessage m = it.next();
                emit(m, out, locale, summary);
                if (!m.ok()) {
                    // a PATH's own error record: it could not be read at all (unless it is a file whose message failed)
                    boolean path = given.contains(m.source()) && !isFile(m.source());
                    status = Math.max(status, path ? Main.UNREADABLE : Main.NOT_RECOGNISED);
                }
                bar.tick(summary.totals.messages);
            }
        }
        return status;
    }

    /**
     * Whether the PATH is a readable regular file: then an error record under its own name is about its
     * message (too large for this JVM, say), not about the path.
     */
    private static boolean isFile(String p) {
        Path path = Path.of(p);
        return java.nio.file.Files.isRegularFile(path) && java.nio.file.Files.isReadable(path);
    }

    private void emit(ScannedMessage m, PrintWriter out, Locale locale, Summary summary) {
        summary.totals.messages++;
        if (!m.ok()) {
            summary.totals.errors++;
            switch (format) {
                case jsonl:
                    JsonRenderer.writeErrorLine(m.source(), m.error(), out);
                    break;
                case json:
                    java.io.StringWriter record = new java.io.StringWriter();
                    JsonRenderer.writeErrorLine(m.source(), m.error(), record);
                    record.toString().lines().forEach(array::add);
                    break;
                case html:
                    out.print(ReportRenderer.htmlError(m.source(), m.error(), locale));
                    break;
                default:
                    out.print(TextRenderer.wrap("== " + TerminalWriter.escaped(m.source()) + " — "
                            + ScanSummary.word(locale, "error") + ": " + TerminalWriter.escaped(m.error()), columns, "",
                            "   ", locale));
            }
            return;
        }
        BounceReport r = m.report();
        summary.count(r);
        switch (format) {
            case jsonl:
                JsonRenderer.writeLines(m.source(), r, out);
                break;
            case json:
                java.io.StringWriter records = new java.io.StringWriter();
                JsonRenderer.writeLines(m.source(), r, records);
                records.toString().lines().forEach(array::add); // a line end in a JSON string is escaped
                break;
            case html:
                out.print(ReportRenderer.html(m.source(), r, locale));
                break;
            default:
                out.print(ReportRenderer.text(m.source(), r, locale, columns));
        }
    }

    private static String domain(String address) {
        if (address == null) {
            return "?";
        }
        int at = address.lastIndexOf('@');
        return at < 0 ? "?" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * What the closing summary counts. Only the recipients of a failure are failed recipients, counted by
     * reason and domain; a complaint (feedback report) or an automatic reply (a vacation notice) is counted
     * as such, once per message, and the recipients of a delay or a delivery report have counts of their own.
     */
    private static final class Summary {
        final ScanSummary.Totals totals = new ScanSummary.Totals();
        final Map<String, Integer> byReason = new TreeMap<>();
        final Map<String, Integer> byDomain = new TreeMap<>();

        void count(BounceReport r) {
            switch (r.kind()) {
                case FAILURE:
                    for (FailedRecipient f : r.recipients()) {
                        totals.failed++;
                        byReason.merge(f.reason(), 1, Integer::sum);
                        byDomain.merge(domain(f.address()), 1, Integer::sum);
                    }
                    break;
                case DELAY:
                    totals.delayed += r.recipients().size();
                    break;
                case DELIVERED:
                    totals.delivered += r.recipients().size();
                    break;
                case FEEDBACK:
                    totals.complaints++;
                    break;
                case AUTO_REPLY:
                    totals.autoReplies++;
                    break;
                default:
                    totals.notBounces++;
            }
        }
    }

    /** A one-line counter on standard error, only on a terminal and only after the first second. */
    private static final class Progress {
        private final PrintStream err;
        private final boolean on;
        private final long start = System.nanoTime();
        private long last;
        private boolean shown;

        Progress(PrintStream err, boolean terminal) {
            this.err = err;
            this.on = terminal && err != null;
        }

        void tick(int messages) {
            if (!on) {
                return;
            }
            long now = System.nanoTime();
            if (now - start < 1_000_000_000L || now - last < 200_000_000L) {
                return;
            }
            last = now;
            shown = true;
            int width = 30;
            int pos = messages / 10 % width;
            StringBuilder bar = new StringBuilder("\r[");
            for (int i = 0; i < width; i++) {
                bar.append(i == pos ? '#' : '.');
            }
            bar.append("] ").append(messages).append(" messages");
            err.print(bar);
            err.flush();
        }

        void done() {
            if (shown) {
                err.print("\r" + " ".repeat(60) + "\r");
                err.flush();
            }
        }
    }
}
