// Every explain answer of the evaluation texts, five ways each (text in both languages, -v, json, html),
// through the command line in-process (80 columns). Compare two jars:
//   javac -cp before.jar -d /tmp/same Same.java
//   java -cp before.jar:/tmp/same Same src/test/resources/evaluation/single-texts.tsv > before.txt   # then after.jar
//   cmp before.txt after.txt
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/** Every explain answer of the evaluation texts, as the command line gives it (in-process, 80 columns). */
public class Same {
  public static void main(String[] a) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(a[0]));
    PrintStream sink = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("expect\t")) continue;
      String[] f = line.split("\t", -1);
      String lang = f[1], other = lang.equals("ja") ? "en" : "ja", text = f[3].replace("\\n", "\n");
      String[][] variants = {
        {"explain", "--lang", lang, text}, {"explain", "--lang", other, text}, {"explain", "-v", "--lang", lang, text},
        {"explain", "--lang", lang, "--format", "json", text}, {"explain", "--format", "html", "--lang", lang, text}};
      for (String[] v : variants) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = dev.bouncedoc.cli.Main.run(v, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        sink.println("### " + String.join(" | ", v).replace("\n", "\\n") + " -> " + status);
        sink.print(out.toString(StandardCharsets.UTF_8));
        sink.print(err.toString(StandardCharsets.UTF_8));
      }
    }
  }
}
