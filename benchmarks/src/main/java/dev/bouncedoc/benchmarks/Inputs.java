package dev.bouncedoc.benchmarks;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.FailedRecipient;
import dev.bouncedoc.catalog.CatalogLoader;
import dev.bouncedoc.catalog.CatalogProblem;
import dev.bouncedoc.catalog.CatalogSource;
import dev.bouncedoc.match.RuleSet;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Realistic inputs and the catalog's phrases, read from the project and, when present, ../shared/corpus. */
final class Inputs {
    private Inputs() {
    }

    /** The project root: the benchmarks are run from it or from benchmarks/. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("catalog")) ? here : here.getParent();
    }

    /** The single texts of the evaluation set: short inputs as users paste them. */
    static List<String> shortTexts() {
        try {
            List<String> lines = Files.readAllLines(root().resolve("src/test/resources/evaluation/single-texts.tsv"));
            List<String> texts = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                texts.add(line.split("\t", -1)[3].replace("\\n", "\n"));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The corpus folder of 498 real bounces, ../shared/corpus/sisimai/maildir/bsd. Benchmarks that need it
     * fail at set-up with this message when it is absent, rather than measuring something else.
     */
    static Path corpus() {
        Path corpus = root().resolve("../shared/corpus/sisimai/maildir/bsd").normalize();
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("the corpus is absent: " + corpus
                    + " (clone it as ../shared/corpus beside the project; this benchmark needs real bounces)");
        }
        return corpus;
    }

    /** The corpus messages as bytes, in file-name order. */
    static List<byte[]> messages() {
        try (Stream<Path> files = Files.list(corpus())) {
            List<byte[]> messages = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                messages.add(Files.readAllBytes(file));
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole bounce messages of the corpus (a few KB each), as a help desk might paste them. */
    static List<String> wholeBounces() {
        List<String> texts = new ArrayList<>();
        for (byte[] m : messages()) {
            texts.add(new String(m, StandardCharsets.UTF_8));
        }
        return texts;
    }

    /**
     * The remote servers' reply lines and Diagnostic-Code texts of the corpus, one per failed recipient,
     * as bouncedoc reads them from the messages (decoded, so ISO-2022-JP bounces give Japanese text);
     * {@code japanese} selects those with Japanese characters, else the others.
     */
    static List<String> replyLines(boolean japanese) {
        BounceDoc doc = BounceDoc.create();
        List<String> texts = new ArrayList<>();
        for (byte[] m : messages()) {
            for (FailedRecipient r : doc.read(m).recipients()) {
                String text = r.diagnosticCode();
                if (text != null && !text.isBlank() && hasJapanese(text) == japanese) {
                    texts.add(text);
                }
            }
        }
        if (japanese) {
            texts.addAll(japaneseBodyLines());
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no " + (japanese ? "Japanese " : "") + "reply lines in the corpus");
        }
        return texts;
    }

    /**
     * The lines with Japanese of the corpus's bounce bodies (text parts, decoded by Angus Mail), 8 to 300
     * characters: what Japanese MTAs and carriers write about a failure. The Diagnostic-Code texts alone
     * hold only a few Japanese lines.
     */
    static List<String> japaneseBodyLines() {
        Session session = Session.getInstance(new Properties());
        List<String> lines = new ArrayList<>();
        for (byte[] m : messages()) {
            try {
                collect(new MimeMessage(session, new ByteArrayInputStream(m)), lines, 0);
            } catch (MessagingException e) {
                // a message Angus Mail cannot parse gives no lines
            }
        }
        return lines;
    }

    private static void collect(Part part, List<String> lines, int depth) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart mp && depth < 16) {
                for (int i = 0; i < mp.getCount(); i++) {
                    collect(mp.getBodyPart(i), lines, depth + 1);
                }
            } else if (content instanceof String text) {
                for (String line : text.split("\\R")) {
                    String t = line.strip();
                    if (t.length() >= 8 && t.length() <= 300 && hasJapanese(t)) {
                        lines.add(t);
                    }
                }
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            // an unreadable part gives no lines
        }
    }

    static boolean hasJapanese(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30FF || c >= 0x4E00 && c <= 0x9FFF);
    }

    /** The compiled rules of the bundled catalog: the matching core without the answer. */
    static RuleSet bundledRules() {
        try {
            return CatalogLoader.load(CatalogSource.bundled()).rules();
        } catch (CatalogProblem e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every phrase and hint of the bundled catalog, as written. */
    @SuppressWarnings("unchecked")
    static List<String> phrases() {
        List<String> phrases = new ArrayList<>();
        try (Stream<Path> files = Files.list(root().resolve("catalog"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Object doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
                if (!(doc instanceof Map) || !((Map<String, Object>) doc).containsKey("entries")) {
                    continue;
                }
                for (Object entry : (List<Object>) ((Map<String, Object>) doc).get("entries")) {
                    Object match = ((Map<String, Object>) entry).get("match");
                    if (match == null) {
                        continue;
                    }
                    for (Object rule : (List<Object>) match) {
                        for (String key : List.of("phrase", "hint")) {
                            Object values = ((Map<String, Object>) rule).get(key);
                            if (values instanceof List) {
                                ((List<Object>) values).forEach(v -> phrases.add(String.valueOf(v)));
                            } else if (values != null) {
                                phrases.add(String.valueOf(values));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return phrases;
    }
}
