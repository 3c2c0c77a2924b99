package dev.bouncedoc.site;

import dev.bouncedoc.BounceDoc;
import dev.bouncedoc.Catalog;
import dev.bouncedoc.CatalogEntry;
import dev.bouncedoc.EntryTexts;
import dev.bouncedoc.vocabulary.EntryKind;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Writes the static bilingual help site of {@code bouncedoc site}: for every entry and catalog language a
 * page at {@code <lang>/<id>.html} (the path of {@code Diagnosis.helpPath()}), a redirecting page at
 * {@code <lang>/<alias>.html} for every former id, an index per language grouped by kind with a search that
 * runs in the page (its index inline, no external script, font or style), a root {@code index.html} that
 * offers both languages, and {@code site.css}. Every text is HTML-escaped; the pages work from a web server
 * and from the file system alike.
 */
public final class SiteGenerator {
    /** The style sheet, shared by all pages: {@code site.css} at the root. */
    static final String CSS_FILE = "site.css";
    /** Of each example, this many characters go into the search index (examples can be whole bounces). */
    static final int INDEX_EXAMPLE_CHARS = 100;

    private final Catalog catalog;
    private final String baseUrl; // null, or ends with "/"

    /**
     * A generator of the site of {@code catalog}.
     *
     * @param catalog the catalog whose entries become pages
     * @param baseUrl where the site will be published (canonical and hreflang links become absolute), or null
     *                for relative links only
     * @throws IllegalArgumentException if {@code baseUrl} is not an absolute http(s) URL or an absolute path
     *                                  (the rule of {@code BounceDoc.Builder.helpBaseUrl})
     */
    public SiteGenerator(Catalog catalog, String baseUrl) {
        this.catalog = catalog;
        this.baseUrl = baseUrl == null ? null : normalise(baseUrl);
    }

    private static String normalise(String baseUrl) {
        // One rule for base URLs, the builder's (it throws for a bad one): helpUrl and the site's links agree.
        BounceDoc.builder().helpBaseUrl(baseUrl);
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /**
     * Writes the site into {@code out}, creating it when needed; files already there with other names are
     * left alone, files with the site's names are replaced.
     *
     * @param out the folder to write into
     * @return the paths written, relative to {@code out}, in the order written
     * @throws IOException if a folder or file cannot be written
     */
    public List<String> write(Path out) throws IOException {
        List<String> written = new ArrayList<>();
        Files.createDirectories(out);
        writeFile(out, CSS_FILE, Style.CSS, written);
        writeFile(out, "index.html", rootIndex(), written);
        for (String language : catalog.languages()) {
            Files.createDirectories(out.resolve(language));
            Locale locale = Locale.forLanguageTag(language);
            for (CatalogEntry e : catalog.entries()) {
                EntryTexts t = catalog.texts(e.id(), locale);
                writeFile(out, t.helpPath(), entryPage(e, t), written);
                for (String alias : e.aliases()) {
                    writeFile(out, language + "/" + alias + ".html", aliasPage(e, t, alias), written);
                }
            }
            writeFile(out, language + "/index.html", languageIndex(language), written);
        }
        return written;
    }

    private static void writeFile(Path out, String relative, String content, List<String> written) throws IOException {
        Files.writeString(out.resolve(relative), content, StandardCharsets.UTF_8);
        written.add(relative);
    }

    // ---- pages ---------------------------------------------------------------------------------------

    String entryPage(CatalogEntry e, EntryTexts t) {
        String lang = t.language();
        StringBuilder b = new StringBuilder(8192);
        head(b, lang, t.title() + " | " + Words.get(lang, "siteName"), t.summary(), "../");
        String page = t.id() + ".html";
        if (baseUrl != null) {
            b.append("<link rel=\"canonical\" href=\"").append(esc(baseUrl + t.helpPath())).append("\">\n");
        }
        for (String other : catalog.languages()) {
            b.append("<link rel=\"alternate\" hreflang=\"").append(esc(other)).append("\" href=\"")
                    .append(esc(link(lang, other, page))).append("\">\n");
        }
        b.append("</head>\n<body>\n");
        nav(b, lang, page, "index.html");
        b.append("<main>\n<p class=\"kind\">").append(esc(Words.get(lang, "kind." + e.kind().id()))).append("</p>\n");
        b.append("<h1>").append(esc(t.title())).append("</h1>\n");
        b.append("<p class=\"summary\">").append(esc(t.summary())).append("</p>\n");
        b.append("<section>\n<h2>").append(esc(Words.get(lang, "steps"))).append("</h2>\n<ol class=\"steps\">\n");
        for (String s : t.steps()) {
            b.append("<li>").append(esc(s)).append("</li>\n");
        }
        b.append("</ol>\n</section>\n");
        if (!t.adminNotes().isEmpty()) {
            b.append("<section>\n<h2>").append(esc(Words.get(lang, "admin"))).append("</h2>\n<ul class=\"admin\">\n");
            for (String s : t.adminNotes()) {
                b.append("<li>").append(esc(s)).append("</li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        EntryTexts v = t.temporary();
        if (v != null) {
            b.append("<section id=\"temporary\">\n<h2>").append(esc(Words.get(lang, "temporary"))).append("</h2>\n")
                    .append("<p class=\"note\">").append(esc(Words.get(lang, "temporaryNote"))).append("</p>\n")
                    .append("<h3>").append(esc(v.title())).append("</h3>\n<p>").append(esc(v.summary())).append("</p>\n");
            if (!v.steps().equals(t.steps())) {
                b.append("<ol class=\"steps\">\n");
                for (String s : v.steps()) {
                    b.append("<li>").append(esc(s)).append("</li>\n");
                }
                b.append("</ol>\n");
            }
            b.append("</section>\n");
        }
        if (!e.codes().isEmpty()) {
            b.append("<section>\n<h2>").append(esc(Words.get(lang, "codes"))).append("</h2>\n<ul class=\"codes\">\n");
            for (String c : e.codes()) {
                b.append("<li><code>").append(esc(c)).append("</code></li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        if (!t.examples().isEmpty()) {
            b.append("<section>\n<h2>").append(esc(Words.get(lang, "examples"))).append("</h2>\n")
                    .append("<p class=\"note\">").append(esc(Words.get(lang, "examplesNote"))).append("</p>\n");
            for (String x : t.examples()) {
                b.append("<pre class=\"example\">").append(esc(x)).append("</pre>\n");
            }
            b.append("</section>\n");
        }
        if (!t.references().isEmpty()) {
            b.append("<section>\n<h2>").append(esc(Words.get(lang, "references"))).append("</h2>\n<ul class=\"references\">\n");
            for (String r : t.references()) {
                b.append("<li>");
                if (isWebAddress(r)) {
                    b.append("<a href=\"").append(esc(r)).append("\" rel=\"noopener noreferrer\">").append(esc(r)).append("</a>");
                } else {
                    b.append(esc(r));
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        b.append("<section>\n<h2>").append(esc(Words.get(lang, "facts"))).append("</h2>\n<dl class=\"facts\">\n");
        fact(b, Words.get(lang, "id"), "<code>" + esc(t.id()) + "</code>");
        if (e.reason() != null) {
            fact(b, Words.get(lang, "reason"), "<code>" + esc(e.reason()) + "</code>");
        }
        if (e.hardBounce() != null) {
            fact(b, Words.get(lang, "hardBounce"), esc(Words.get(lang, e.hardBounce() ? "hard.yes" : "hard.no")));
        }
        if (!e.aliases().isEmpty()) {
            StringBuilder a = new StringBuilder();
            for (String alias : e.aliases()) {
                a.append(a.length() == 0 ? "" : ", ").append("<code>").append(esc(alias)).append("</code>");
            }
            fact(b, Words.get(lang, "aliases"), a.toString());
        }
        fact(b, Words.get(lang, "catalog"), esc(catalog.name() + " " + catalog.version()));
        b.append("</dl>\n</section>\n</main>\n");
        footer(b, lang);
        return b.toString();
    }

    /** An alias (former id): a page that sends the reader on to the entry's page at once. */
    String aliasPage(CatalogEntry e, EntryTexts t, String alias) {
        String lang = t.language();
        String target = t.id() + ".html";
        String canonical = baseUrl != null ? baseUrl + t.helpPath() : target;
        StringBuilder b = new StringBuilder(1024);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(t.title())).append("</title>\n")
                .append("<meta http-equiv=\"refresh\" content=\"0; url=").append(esc(target)).append("\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(canonical)).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"../").append(CSS_FILE).append("\">\n")
                .append("</head>\n<body>\n<main>\n<p>")
                .append(esc(Words.get(lang, "moved").replace("{alias}", alias)))
                .append("</p>\n<p><a href=\"").append(esc(target)).append("\">").append(esc(t.title()))
                .append("</a></p>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    String languageIndex(String lang) {
        StringBuilder b = new StringBuilder(1 << 16);
        String title = Words.get(lang, "indexTitle");
        head(b, lang, title + " | " + Words.get(lang, "siteName"), Words.get(lang, "indexDescription"), "../");
        if (baseUrl != null) {
            b.append("<link rel=\"canonical\" href=\"").append(esc(baseUrl + lang + "/index.html")).append("\">\n");
        }
        for (String other : catalog.languages()) {
            b.append("<link rel=\"alternate\" hreflang=\"").append(esc(other)).append("\" href=\"")
                    .append(esc(link(lang, other, "index.html"))).append("\">\n");
        }
        b.append("</head>\n<body>\n");
        nav(b, lang, "index.html", "../index.html");
        b.append("<main>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"summary\">")
                .append(esc(Words.get(lang, "indexDescription"))).append("</p>\n");
        b.append("<form class=\"search\" role=\"search\" action=\"index.html\" method=\"get\">\n")
                .append("<label for=\"q\">").append(esc(Words.get(lang, "searchLabel"))).append("</label>\n")
                .append("<input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"")
                .append(esc(Words.get(lang, "searchPlaceholder"))).append("\">\n</form>\n")
                .append("<p id=\"count\" class=\"count\" aria-live=\"polite\" data-found=\"")
                .append(esc(Words.get(lang, "resultsCount"))).append("\" data-none=\"")
                .append(esc(Words.get(lang, "noResults"))).append("\"></p>\n")
                .append("<ol id=\"results\" class=\"results\" hidden></ol>\n")
                .append("<div id=\"all\">\n");
        for (EntryKind kind : EntryKind.values()) {
            List<CatalogEntry> ofKind = catalog.entries().stream().filter(e -> e.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            b.append("<section class=\"group\" id=\"kind-").append(kind.id()).append("\">\n<h2>")
                    .append(esc(Words.get(lang, "kind." + kind.id()))).append(" <span class=\"n\">(")
                    .append(ofKind.size()).append(")</span></h2>\n<ul class=\"entries\">\n");
            for (CatalogEntry e : ofKind) {
                b.append("<li data-id=\"").append(esc(e.id())).append("\"><a href=\"").append(esc(e.id()))
                        .append(".html\">").append(esc(e.titles().get(lang))).append("</a>");
                if (!e.codes().isEmpty()) {
                    b.append(" <span class=\"codes\">").append(esc(shortCodes(e.codes()))).append("</span>");
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n</section>\n");
        }
        b.append("</div>\n</main>\n");
        b.append("<script type=\"application/json\" id=\"search-index\">").append(searchIndex(lang)).append("</script>\n");
        b.append("<script>\n").append(Search.SCRIPT).append("</script>\n");
        footer(b, lang);
        return b.toString();
    }

    /** The root: a page in both languages that leads to each language's index. */
    String rootIndex() {
        List<String> languages = catalog.languages();
        String first = languages.contains("ja") ? "ja" : languages.get(0);
        StringBuilder b = new StringBuilder(2048);
        StringBuilder title = new StringBuilder();
        for (String l : languages) {
            title.append(title.length() == 0 ? "" : " / ").append(Words.get(l, "siteName"));
        }
        head(b, first, title.toString(), Words.get(first, "indexDescription"), "");
        for (String l : languages) {
            b.append("<link rel=\"alternate\" hreflang=\"").append(esc(l)).append("\" href=\"")
                    .append(esc(baseUrl != null ? baseUrl + l + "/index.html" : l + "/index.html")).append("\">\n");
        }
        b.append("</head>\n<body>\n<main>\n");
        for (String l : languages) {
            b.append("<section lang=\"").append(esc(l)).append("\">\n<h1>").append(esc(Words.get(l, "siteName")))
                    .append("</h1>\n<p>").append(esc(Words.get(l, "indexDescription"))).append("</p>\n<p><a href=\"")
                    .append(esc(l)).append("/index.html\" hreflang=\"").append(esc(l)).append("\">")
                    .append(esc(Words.get(l, "indexTitle"))).append("</a></p>\n</section>\n");
        }
        b.append("</main>\n");
        footer(b, first);
        return b.toString();
    }

    // ---- parts ---------------------------------------------------------------------------------------

    private static void head(StringBuilder b, String lang, String title, String description, String up) {
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(esc(description)).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(up).append(CSS_FILE).append("\">\n");
    }

    /** The bar at the top: the index of this language and the same page in the other languages. */
    private void nav(StringBuilder b, String lang, String page, String home) {
        b.append("<header>\n<nav>\n<a class=\"home\" href=\"").append(esc(home)).append("\">")
                .append(esc(Words.get(lang, home.startsWith("..") ? "siteName" : "indexTitle"))).append("</a>\n");
        for (String other : catalog.languages()) {
            if (!other.equals(lang)) {
                b.append("<a class=\"lang\" href=\"../").append(esc(other)).append('/').append(esc(page))
                        .append("\" hreflang=\"").append(esc(other)).append("\" lang=\"").append(esc(other)).append("\">")
                        .append(esc(Words.get(other, "languageName"))).append("</a>\n");
            }
        }
        b.append("</nav>\n</header>\n");
    }

    private void footer(StringBuilder b, String lang) {
        b.append("<footer>\n<p>").append(esc(Words.get(lang, "footer").replace("{version}",
                catalog.name() + " " + catalog.version()))).append("</p>\n</footer>\n</body>\n</html>\n");
    }

    private static void fact(StringBuilder b, String term, String html) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    /** The link from a page in {@code from} to the page {@code page} in {@code to}: absolute with a base URL. */
    private String link(String from, String to, String page) {
        if (baseUrl != null) {
            return baseUrl + to + "/" + page;
        }
        return from.equals(to) ? page : "../" + to + "/" + page;
    }

    private static String shortCodes(List<String> codes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < codes.size() && i < 4; i++) {
            s.append(i == 0 ? "" : " ").append(codes.get(i));
        }
        if (codes.size() > 4) {
            s.append(" …");
        }
        return s.toString();
    }

    /** Only addresses with a scheme of the web become links; "RFC 5321 §4.2.3" and the like stay text. */
    static boolean isWebAddress(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '`' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * The search index of one language's index page: per entry its id, title in that language, codes and a
     * folded (NFKC, lower case) haystack of its ids, codes and reason, its titles in every language (a
     * Japanese reader may type the English words of an English error), its summary in this language and the
     * beginning of its examples. JSON with every {@code <} escaped, so it cannot end the script element.
     */
    String searchIndex(String lang) {
        StringWriter w = new StringWriter();
        JsonGenerator g = Json.createGeneratorFactory(Map.of()).createGenerator(w);
        g.writeStartArray();
        for (CatalogEntry e : catalog.entries()) {
            StringBuilder words = new StringBuilder();
            words.append(e.id()).append('\n');
            e.aliases().forEach(a -> words.append(a).append('\n'));
            e.codes().forEach(c -> words.append(c).append('\n'));
            if (e.reason() != null) {
                words.append(e.reason()).append('\n');
            }
            for (String l : catalog.languages()) {
                words.append(e.titles().get(l)).append('\n');
            }
            EntryTexts t = catalog.texts(e.id(), Locale.forLanguageTag(lang));
            words.append(t.summary()).append('\n');
            for (String x : t.examples()) {
                words.append(x, 0, Math.min(x.length(), INDEX_EXAMPLE_CHARS)).append('\n');
            }
            g.writeStartObject();
            g.write("id", e.id());
            g.write("t", t.title());
            g.writeStartArray("c");
            e.codes().forEach(g::write); // shown as the catalog writes them; the script folds them to match
            g.writeEnd();
            g.write("w", fold(words.toString()));
            g.writeEnd();
        }
        g.writeEnd();
        g.close();
        return w.toString().replace("<", "\\u003c");
    }

    /** What the page's script does to a query: NFKC, then lower case. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }
}
