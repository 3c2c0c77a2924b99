package dev.bouncedoc.cli;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.CatalogException;
import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.render.HtmlRenderer;
import dev.bouncedoc.render.JsonRenderer;
import dev.bouncedoc.render.TextRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = {
        "Explains one error text: an SMTP reply, a status code, a POP3 answer, a mail program's error, an HRESULT.",
        "TEXT may be given as several words; '-' reads standard input (with --format jsonl: one text per line).",
        "Of a text or a line, the first 65,536 characters are read; a longer one is cut and the cut reported."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {" 0:recognised",
            " 1:not recognised (id unknown); with jsonl: for at least one line",
            " 2:usage error, or a catalog (--catalog) that cannot be loaded",
            " 3:standard input could not be read",
            "70:internal error (a bug: please report it)"})
final class ExplainCommand implements Callable<Integer> {
    enum Format { text, json, jsonl, html }

    private final InputStream in;
    private final int columns;

    @Mixin
    Options options = new Options();

    @Option(names = "--format", paramLabel = "text|json|jsonl|html", defaultValue = "text",
            description = "text for people, json, jsonl (one object per input line), or html (a safe fragment).")
    Format format;

    @Option(names = {"-v", "--verbose"}, description = "With --format text: also the notes for administrators, who acts,"
            + " retry, the reason and the evidence (without it: title, summary and steps).")
    boolean verbose;

    @Option(names = "--charset", paramLabel = "NAME", description = "The charset of standard input (UTF-8, Shift_JIS,"
            + " EUC-JP, ISO-2022-JP, ...). Default: detected: UTF-8, else ISO-2022-JP, Shift_JIS or EUC-JP.")
    String charset;

    @Option(names = "--pretty", description = "With --format json: indented JSON (JSON is compact, on one line, without it).")
    boolean pretty;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The error text, or '-' for standard input.")
    List<String> words;

    @Option(names = "--help-base-url", paramLabel = "URL", description = "Where the pages of 'bouncedoc site' are"
            + " published (such as https://help.example.jp/bouncedoc/): json gets helpUrl, html links to the page.")
    String helpBaseUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ExplainCommand(InputStream in, int columns) {
        this.in = in;
        this.columns = columns;
    }

    @Override
    public Integer call() {
        if (pretty && format != Format.json) {
            throw new CommandLine.ParameterException(spec.commandLine(), PRETTY_WITHOUT_JSON);
        }
        return explain(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    static final String PRETTY_WITHOUT_JSON = "--pretty goes with --format json (jsonl keeps one object per line)";

    /**
     * Explains, once the options are known to be valid together ({@link #call()} checks {@code --pretty};
     * {@link ExplainArguments} checks it and {@code --charset} before it comes here without picocli).
     */
    int explain(PrintWriter out, PrintWriter err) {
        BounceDoc doc;
        try {
            BounceDoc.Builder builder = BounceDoc.builder().catalog(options.catalog());
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
        boolean stdin = words.size() == 1 && words.get(0).equals("-");
        int max = doc.limits().maxTextChars();
        Charset forced = null;
        if (charset != null) {
            try {
                forced = Charset.forName(charset);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--charset': '" + charset + "' is not a charset this Java knows");
            }
        }
        if (!stdin) {
            String damage = Damage.describe(String.join(" ", words));
            if (damage != null) {
                err.println("explain: the text arrived damaged (" + damage + "): it was mangled before bouncedoc"
                        + " read it; the answer may be unknown");
            }
        }
        Reader input;
        boolean decodedCleanly = true; // else the replacement characters are ours, not damage on arrival
        if (stdin) {
            try {
                StdinCharset.Opened opened = StdinCharset.open(in, forced, format == Format.jsonl);
                input = opened.reader();
                decodedCleanly = !opened.replaced();
                if (opened.note() != null) {
                    err.println(opened.note());
                }
            } catch (IOException e) {
                err.println("explain: standard input could not be read" + (format == Format.jsonl ? " after line 0" : "")
                        + ": " + e.getMessage());
                return Main.UNREADABLE;
            }
        } else {
            input = new InputStreamReader(in, StandardCharsets.UTF_8);
        }
        if (format == Format.jsonl) {
            int status = 0;
            if (stdin) {
                LineInput lines = new LineInput(input, max);
                try {
                    String line;
                    while ((line = lines.next()) != null) {
                        if (lines.length() > max) {
                            err.println("explain: line " + lines.number() + " of standard input has " + lines.length()
                                    + " characters; the first " + max + " were read");
                        }
                        String damage = decodedCleanly ? Damage.describe(line) : null;
                        if (damage != null) {
                            err.println("explain: line " + lines.number() + " of standard input arrived damaged ("
                                    + damage + ")");
                        }
                        status = Math.max(status, emitLine(doc.diagnose(line, locale), out));
                    }
                } catch (IOException e) {
                    out.flush();
                    err.println("explain: standard input could not be read after line " + lines.number() + ": "
                            + e.getMessage());
                    return Main.UNREADABLE;
                }
            } else {
                status = emitLine(doc.diagnose(String.join(" ", words), locale), out);
            }
            out.flush();
            return status;
        }
        String text;
        if (stdin) {
            try {
                text = LineInput.text(input, max);
            } catch (IOException e) {
                err.println("explain: standard input could not be read: " + e.getMessage());
                return Main.UNREADABLE;
            }
            if (text.length() > max) {
                err.println("explain: standard input has more than " + max + " characters; the first " + max
                        + " were read");
            }
            String damage = decodedCleanly ? Damage.describe(text) : null;
            if (damage != null) {
                err.println("explain: standard input arrived damaged (" + damage + "): it was mangled before"
                        + " bouncedoc read it; the answer may be unknown");
            }
        } else {
            text = String.join(" ", words);
        }
        Diagnosis d = doc.diagnose(text, locale);
        switch (format) {
            case json:
                out.println(JsonOutput.format(JsonRenderer.render(d), pretty));
                break;
            case html:
                out.print(HtmlRenderer.render(d));
                break;
            default:
                out.print(TextRenderer.render(d, columns, verbose));
        }
        out.flush();
        return d.recognised() ? 0 : Main.NOT_RECOGNISED;
    }

    private static int emitLine(Diagnosis d, PrintWriter out) {
        JsonRenderer.write(d, out);
        out.write('\n');
        return d.recognised() ? 0 : Main.NOT_RECOGNISED;
    }
}
