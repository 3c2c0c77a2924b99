package dev.bouncedoc.cli;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.CatalogException;
import dev.bouncedoc.Diagnosis;
import dev.bouncedoc.render.HtmlRenderer;
import dev.bouncedoc.render.JsonRenderer;
import dev.bouncedoc.render.TextRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", description = {
        "Explains one error text: an SMTP reply, a status code, a POP3 answer, a mail program's error, an HRESULT.",
        "TEXT may be given as several words; '-' reads standard input (with --format jsonl: one text per line)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:recognised", "1:not recognised (id unknown); with jsonl: at least one line", "2:usage error"})
final class ExplainCommand implements Callable<Integer> {
    enum Format { text, json, jsonl, html }

    private final InputStream in;

    @Mixin
    Options options = new Options();

    @Option(names = "--format", paramLabel = "text|json|jsonl|html", defaultValue = "text",
            description = "text for people, json, jsonl (one object per input line), or html (a safe fragment).")
    Format format;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The error text, or '-' for standard input.")
    List<String> words;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ExplainCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        BounceDoc doc;
        try {
            doc = BounceDoc.builder().catalog(options.catalog()).build();
        } catch (CatalogException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.USAGE;
        }
        Locale locale = options.locale();
        PrintWriter out = spec.commandLine().getOut();
        boolean stdin = words.size() == 1 && words.get(0).equals("-");
        if (format == Format.jsonl) {
            int status = 0;
            if (stdin) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    status = Math.max(status, emitLine(doc.diagnose(line, locale), out));
                }
            } else {
                status = emitLine(doc.diagnose(String.join(" ", words), locale), out);
            }
            out.flush();
            return status;
        }
        String text = stdin ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : String.join(" ", words);
        Diagnosis d = doc.diagnose(text, locale);
        switch (format) {
            case json:
                out.println(JsonRenderer.render(d));
                break;
            case html:
                out.print(HtmlRenderer.render(d));
                break;
            default:
                out.print(TextRenderer.render(d));
        }
        out.flush();
        return d.recognised() ? 0 : 1;
    }

    private static int emitLine(Diagnosis d, PrintWriter out) {
        JsonRenderer.write(d, out);
        out.write('\n');
        return d.recognised() ? 0 : 1;
    }
}
