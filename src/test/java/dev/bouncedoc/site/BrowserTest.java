package dev.bouncedoc.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncedoc.Catalog;
import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site in a real browser: headless Chromium (Debian's {@code chromium}) loads the pages from the file
 * system, as a reader who saved the site would, runs the search, and must log nothing to the console.
 * Screenshots at a phone's width (390 px) and a desktop's go to {@code target/site-screenshots/}. Skipped,
 * with a message, where no Chromium is installed ({@code apt-get install chromium}).
 */
class BrowserTest {
    static final Path SCREENSHOTS = Path.of("target/site-screenshots");
    static Path chromium;
    static Path site;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeTheSite() throws IOException {
        chromium = find();
        Assumptions.assumeTrue(chromium != null,
                "no Chromium on the PATH (chromium, chromium-browser, google-chrome): the browser tests are skipped;"
                        + " apt-get install -y chromium to run them");
        site = dir.resolve("site");
        new SiteGenerator(Catalog.bundled(), null).write(site);
        Files.createDirectories(SCREENSHOTS);
    }

    static Path find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : path.split(File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** What Chromium printed: the DOM (with --dump-dom) and its log, in which the console's lines say CONSOLE. */
    record Run(String dom, String log) {
        List<String> console() {
            return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    static Run chromium(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".html");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s: " + command);
        }
        return new Run(Files.readString(out), Files.readString(err));
    }

    static String url(String page, String query) {
        String u = site.resolve(page).toUri().toString();
        return query == null ? u : u + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The ids of the search's results, in order, from the dumped DOM. */
    static List<String> results(String dom) {
        int start = dom.indexOf("<ol id=\"results\"");
        assertTrue(start >= 0, dom);
        int end = dom.indexOf("</ol>", start);
        List<String> ids = new ArrayList<>();
        String marker = "<li data-id=\"";
        for (int at = dom.indexOf(marker, start); at >= 0 && at < end; at = dom.indexOf(marker, at + 1)) {
            ids.add(dom.substring(at + marker.length(), dom.indexOf('"', at + marker.length())));
        }
        return ids;
    }

    @Test
    void searchFindsAnEntryByItsCode() throws Exception {
        Run r = chromium("--dump-dom", url("en/index.html", "5.1.1"));
        assertTrue(r.dom().contains("data-search=\"ready\""), "the search script ran");
        List<String> ids = results(r.dom());
        assertTrue(ids.contains("delivery.user-unknown"), ids.toString());
        assertFalse(ids.contains("client.cannot-connect"), ids.toString());
        assertTrue(r.dom().contains("<div id=\"all\" hidden=\"\">"), "the full list gives way to the results");
        assertEquals(List.of(), r.console());

        // Entries that list the code come first, in catalog order, however the code is spelt
        List<String> listing = Catalog.bundled().entries().stream()
                .filter(e -> e.codes().stream().anyMatch(c -> c.equalsIgnoreCase("0x800CCC0E"))).map(e -> e.id()).toList();
        assertTrue(listing.contains("client.cannot-connect"), listing.toString());
        List<String> hresult = results(chromium("--dump-dom", url("ja/index.html", "0x800ccc0e")).dom());
        assertEquals(listing, hresult.subList(0, listing.size()), hresult.toString());
        List<String> fullWidth = results(chromium("--dump-dom", url("ja/index.html", "０Ｘ８００ＣＣＣ０Ｅ")).dom());
        assertEquals(hresult, fullWidth, "full-width digits and letters fold as the index does");
    }

    @Test
    void searchFindsAnEntryByJapaneseWords() throws Exception {
        Run r = chromium("--dump-dom", url("ja/index.html", "存在しません"));
        List<String> ids = results(r.dom());
        assertTrue(ids.contains("delivery.user-unknown"), ids.toString());
        assertEquals(List.of(), r.console());

        List<String> two = results(chromium("--dump-dom", url("ja/index.html", "メールボックス　いっぱい")).dom());
        assertTrue(two.contains("delivery.mailbox-full"), two.toString());
        assertFalse(two.contains("delivery.user-unknown"), two.toString());

        Run none = chromium("--dump-dom", url("ja/index.html", "qqqzzzxxx"));
        assertEquals(List.of(), results(none.dom()));
        assertTrue(none.dom().contains("見つかりませんでした。"), "says nothing was found");
    }

    @Test
    void pagesLoadWithoutConsoleMessagesAndAreScreenshotAtPhoneAndDesktopWidths() throws Exception {
        for (String page : List.of("ja/index.html", "ja/delivery.user-unknown.html", "en/index.html",
                "en/client.cannot-connect.html", "index.html", "ja/index.html?q=メールボックス", "en/index.html?q=5.1.1")) {
            for (int width : List.of(390, 1280)) {
                String name = page.replace('/', '_').replace(".html", "").replace("?q=", "-search-")
                        .replace(".", "_") + "-" + width + ".png";
                Path png = SCREENSHOTS.resolve(name).toAbsolutePath();
                Files.deleteIfExists(png);
                int q = page.indexOf("?q=");
                Run r = chromium("--window-size=" + width + "," + (width < 500 ? 2400 : 1400), "--screenshot=" + png,
                        q < 0 ? url(page, null) : url(page.substring(0, q), page.substring(q + 3)));
                assertEquals(List.of(), r.console(), page);
                assertTrue(Files.size(png) > 10_000, png + " was written");
            }
        }
    }

    @Test
    void anAliasPageRedirectsInTheBrowser() throws Exception {
        Run r = chromium("--dump-dom", "--virtual-time-budget=2000", url("en/client.imap-no-common-auth-method.html", null));
        String target = Catalog.bundled().entry("client.imap-no-common-auth-method").id();
        assertTrue(r.dom().contains("<html lang=\"en\">"), r.dom());
        assertTrue(r.dom().contains("hreflang=\"ja\" href=\"../ja/" + target + ".html\""), "landed on the entry's page");
    }
}
