package dev.bouncedoc.site;

/** site.css: readable on a phone (one column, large type, long codes wrap), system fonts only. */
final class Style {
    private Style() {
    }

    static final String CSS = """
            :root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fff; --muted: #5b5b66; --line: #d8d8de;
              --accent: #0b57d0; --code: #f3f3f6; }
            @media (prefers-color-scheme: dark) {
              :root { --fg: #ececf1; --bg: #17171a; --muted: #a8a8b3; --line: #3a3a42; --accent: #8ab4f8; --code: #24242a; }
            }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body { margin: 0; color: var(--fg); background: var(--bg); line-height: 1.75; font-size: 1rem;
              font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
              "Noto Sans JP", "Noto Sans CJK JP", Meiryo, "Yu Gothic", sans-serif; overflow-wrap: anywhere; }
            header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
            header nav { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem;
              padding: .75rem 0; border-bottom: 1px solid var(--line); }
            a { color: var(--accent); }
            h1 { font-size: 1.5rem; line-height: 1.4; margin: 1rem 0 .75rem; }
            h2 { font-size: 1.15rem; line-height: 1.4; margin: 1.75rem 0 .5rem; padding-bottom: .25rem;
              border-bottom: 1px solid var(--line); }
            .kind { color: var(--muted); font-size: .9rem; margin: 1rem 0 0; }
            .summary { font-size: 1.05rem; }
            ol, ul { padding-left: 1.5rem; }
            li { margin: .35rem 0; }
            code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9rem; }
            code { background: var(--code); padding: 0 .25rem; border-radius: 3px; }
            pre.example { background: var(--code); padding: .6rem .75rem; border-radius: 4px; white-space: pre-wrap;
              overflow-wrap: anywhere; margin: .5rem 0; }
            ul.codes { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
            ul.codes li { margin: 0; }
            .note, .count, .codes, .n, footer { color: var(--muted); font-size: .9rem; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
            dl.facts dt { font-weight: 600; }
            dl.facts dd { margin: 0; }
            form.search label { display: block; font-weight: 600; margin-bottom: .25rem; }
            form.search input { width: 100%; font-size: 1.1rem; padding: .6rem .75rem; border: 1px solid var(--line);
              border-radius: 6px; color: var(--fg); background: var(--bg); }
            ul.entries, ol.results { padding-left: 1.25rem; }
            ul.entries .codes, ol.results .codes { display: block; }
            footer { margin-top: 2.5rem; padding-top: .75rem; padding-bottom: 2rem; border-top: 1px solid var(--line); }
            @media (max-width: 30rem) { dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .5rem; } }
            """;
}
