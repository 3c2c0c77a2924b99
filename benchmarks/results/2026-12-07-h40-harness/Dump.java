package dev.bouncedoc.benchmarks;
import dev.bouncedoc.*;
import dev.bouncedoc.render.JsonRenderer;
import java.nio.file.*;
import java.util.*;
/** Dumps every diagnosis of many texts, both languages: JSON, hashCode, equals with itself re-made, texts. */
public final class Dump {
  public static void main(String[] a) throws Exception {
    BounceDoc doc = BounceDoc.create();
    BounceDoc ja = BounceDoc.builder().locale(Locale.JAPANESE).helpBaseUrl("https://h.example/").build();
    List<String> texts = new ArrayList<>();
    Path root = Inputs.root();
    List<Path> tables = new ArrayList<>();
    tables.add(root.resolve("src/test/resources/evaluation/single-texts.tsv"));
    try (var s = Files.list(root.resolve("src/test/resources/client-errors"))) { s.filter(p -> p.toString().endsWith(".tsv")).sorted().forEach(tables::add); }
    for (Path t : tables) {
      List<String> lines = Files.readAllLines(t);
      int col = Arrays.asList(lines.get(0).split("\t", -1)).indexOf("text");
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (col >= f.length) continue;
        texts.add(f[col]); texts.add(f[col].replace("\\n", "\n"));
      }
    }
    texts.addAll(Inputs.shortTexts()); texts.addAll(Inputs.replyLines(false)); texts.addAll(Inputs.replyLines(true));
    StringBuilder out = new StringBuilder();
    for (String t : texts) {
      Diagnosis d = doc.diagnose(t); Diagnosis d2 = ja.diagnose(t);
      out.append(JsonRenderer.render(d)).append('\n').append(JsonRenderer.render(d2)).append('\n')
         .append(d.hashCode()).append(' ').append(d2.hashCode()).append(' ').append(d.equals(doc.diagnose(t))).append(' ')
         .append(d.equals(d2)).append(' ').append(d2.equals(d.in(Locale.JAPANESE))).append(' ').append(d.title()).append(' ').append(d2.helpUrl())
         .append(' ').append(d.evidence()).append(' ').append(d.codes()).append(' ').append(d.temporary()).append(' ').append(d.truncated()).append('\n');
    }
    Files.writeString(Path.of(a[0]), out);
    System.out.println(texts.size() + " texts");
  }
}
