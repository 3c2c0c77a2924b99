package dev.bouncedoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Catalog;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's webmail example ("Help pages for webmail and help desks") compiles and runs exactly as written:
 * its two Java blocks, given {@code message} (README's bounce example) and {@code html}, link each recipient
 * to its help page, the values in its comments are what the calls return, and every linked page is one
 * that {@code site} writes.
 */
class ReadmeWebmailExampleTest {
    static final String BASE = "https://help.example.jp/bouncedoc/";

    /** The Java blocks of a README section, in order. */
    static List<String> javaBlocks(String readme, String section) {
        List<String> blocks = new ArrayList<>();
        int start = readme.indexOf("\n## " + section + "\n");
        int end = readme.indexOf("\n## ", start + 4);
        String text = readme.substring(start, end < 0 ? readme.length() : end);
        for (int at = text.indexOf("```java\n"); at >= 0; at = text.indexOf("```java\n", at + 1)) {
            int close = text.indexOf("\n```", at + 8);
            blocks.add(text.substring(at + 8, close + 1));
        }
        return blocks;
    }

    /** The values README's comments give for lines such as {@code d.helpPath();   // "ja/..."}. */
    static List<String[]> commentedValues(String block) {
        List<String[]> values = new ArrayList<>();
        for (String line : block.split("\n")) {
            int comment = line.indexOf("// \"");
            String code = comment < 0 ? "" : line.substring(0, comment).trim();
            if (code.endsWith(";") && line.endsWith("\"")) {
                values.add(new String[] {code.substring(0, code.length() - 1), line.substring(comment + 4, line.length() - 1)});
            }
        }
        return values;
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void theWebmailExampleCompilesRunsAndLinksToPagesOfTheSite(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> blocks = javaBlocks(readme, "Help pages for webmail and help desks");
        assertEquals(2, blocks.size(), "the diagnosis block and the webmail block");
        List<String[]> commented = commentedValues(blocks.get(0));
        assertEquals(2, commented.size(), blocks.get(0));
        StringBuilder returns = new StringBuilder();
        for (String[] c : commented) {
            returns.append(c[0]).append(", ");
        }
        String source = "import dev.bouncedoc.*;\nimport java.util.*;\n"
                + "import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;\n"
                + "public class ReadmeExample {\n"
                + "    public static Object[] run(byte[] message) throws Exception {\n"
                + "        StringBuilder html = new StringBuilder();\n"
                + blocks.get(0) + blocks.get(1)
                + "        return new Object[] {" + returns + "html.toString()};\n"
                + "    }\n}\n";
        Path src = Files.writeString(dir.resolve("ReadmeExample.java"), source);
        // the JDK's javac, as a reader would run it (the test module does not read java.compiler)
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        assertTrue(Files.isExecutable(javac), "a JDK's javac at " + javac);
        String classPath = String.join(java.io.File.pathSeparator, location(BounceDoc.class),
                location(org.apache.commons.text.StringEscapeUtils.class),
                location(org.apache.commons.lang3.StringUtils.class), location(jakarta.mail.Session.class));
        Process p = new ProcessBuilder(javac.toString(), "-encoding", "UTF-8", "-proc:none", "-classpath", classPath,
                "-d", dir.toString(), src.toString()).redirectErrorStream(true).start();
        String errors = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), errors + "\n" + source);

        byte[] message = Files.readAllBytes(Path.of("examples/bounce-postfix-ja.eml"));
        Object[] result;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            result = (Object[]) loader.loadClass("ReadmeExample").getMethod("run", byte[].class).invoke(null, (Object) message);
        }
        for (int i = 0; i < commented.size(); i++) {
            assertEquals(commented.get(i)[1], result[i], commented.get(i)[0]);
        }
        String html = (String) result[commented.size()];
        assertEquals("<p>taro@example.co.jp: <a href=\"" + BASE + "ja/delivery.mailbox-full.html\">"
                + Catalog.bundled().texts("delivery.mailbox-full", java.util.Locale.JAPANESE).title() + "</a></p>"
                + "<p>jiro@example.net: <a href=\"" + BASE + "ja/delivery.user-unknown.html\">"
                + Catalog.bundled().texts("delivery.user-unknown", java.util.Locale.JAPANESE).title() + "</a></p>", html);

        // every page linked is a page of the site that `site` writes
        Path site = dir.resolve("site");
        new SiteGenerator(Catalog.bundled(), BASE).write(site);
        for (int at = html.indexOf("href=\"" + BASE); at >= 0; at = html.indexOf("href=\"" + BASE, at + 1)) {
            String page = html.substring(at + 6 + BASE.length(), html.indexOf('"', at + 6));
            assertTrue(Files.size(site.resolve(page)) > 0, page);
        }
    }
}
