package dev.bouncedoc.site;

/**
 * The index page's search, run in the browser over the inline index ({@code #search-index}): a query is
 * folded as the index was (NFKC, lower case) and split at spaces; an entry matches when every word is in
 * it (a substring, so Japanese needs no word breaks). A word equal to one of the entry's codes ranks it
 * first, then words in its title, its id, and the rest. {@code ?q=} in the address fills the box, so a
 * search can be linked. No regular expression and no HTML built from strings: results are DOM nodes.
 */
final class Search {
    private Search() {
    }

    static final String SCRIPT = """
            (function () {
              "use strict";
              var index = JSON.parse(document.getElementById("search-index").textContent);
              var q = document.getElementById("q");
              var all = document.getElementById("all");
              var results = document.getElementById("results");
              var count = document.getElementById("count");
              function fold(s) { return s.normalize("NFKC").toLowerCase(); }
              index.forEach(function (e) { e.ft = fold(e.t); e.fc = e.c.map(fold); });
              function words(s) {
                var out = [], word = "";
                for (var i = 0; i < s.length; i++) {
                  var ch = s.charAt(i);
                  if (ch === " " || ch === "\\t" || ch === "\\n" || ch === "\\r") {
                    if (word) { out.push(word); }
                    word = "";
                  } else {
                    word += ch;
                  }
                }
                if (word) { out.push(word); }
                return out;
              }
              function score(e, tokens) {
                var total = 0;
                for (var i = 0; i < tokens.length; i++) {
                  var t = tokens[i];
                  if (e.fc.indexOf(t) >= 0) { total += 100; }
                  else if (e.ft.indexOf(t) >= 0) { total += 20; }
                  else if (e.id.indexOf(t) >= 0) { total += 15; }
                  else if (e.w.indexOf(t) >= 0) { total += 5; }
                  else { return 0; }
                }
                return total;
              }
              function run() {
                var tokens = words(fold(q.value));
                results.textContent = "";
                if (tokens.length === 0) {
                  results.hidden = true;
                  all.hidden = false;
                  count.textContent = "";
                  return;
                }
                var hits = [];
                index.forEach(function (e, i) {
                  var s = score(e, tokens);
                  if (s > 0) { hits.push({ e: e, s: s, i: i }); }
                });
                hits.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
                hits.slice(0, 100).forEach(function (h) {
                  var li = document.createElement("li");
                  li.setAttribute("data-id", h.e.id);
                  var a = document.createElement("a");
                  a.href = h.e.id + ".html";
                  a.textContent = h.e.t;
                  li.appendChild(a);
                  if (h.e.c.length) {
                    var codes = document.createElement("span");
                    codes.className = "codes";
                    codes.textContent = h.e.c.slice(0, 4).join(" ") + (h.e.c.length > 4 ? " \\u2026" : "");
                    li.appendChild(codes);
                  }
                  results.appendChild(li);
                });
                results.hidden = hits.length === 0;
                all.hidden = true;
                count.textContent = hits.length
                    ? count.getAttribute("data-found").replace("{n}", String(hits.length))
                    : count.getAttribute("data-none");
              }
              q.addEventListener("input", run);
              var asked = new URLSearchParams(window.location.search).get("q");
              if (asked) { q.value = asked; }
              run();
              document.documentElement.setAttribute("data-search", "ready");
            })();
            """;
}
