#!/usr/bin/env python3
"""Rewording probe: does an answer survive the same meaning in other common words?

Every row of the labelled tables (src/test/resources/client-errors/*.tsv and src/test/resources/evaluation/*.tsv)
is rewritten one common way at a time, only where the rewrite applies (one change per row: the first place it
fits), and the reworded rows are scored as the table tests score them: right when the id is the expected one (a
`reason:` row: when the reason is that Sisimai reason). Per rewrite it prints how many rows it applied to, how
many of them were right as written and how many are right reworded, and how many reworded rows got a confident
wrong answer (confidence >= 0.5). One `explain --format jsonl -` run of the command-line jar.

    mvn -B -q -o package -DskipTests            # target/bouncedoc-cli.jar
    python3 tools/reword-probe.py [--jar target/bouncedoc-cli.jar] [--misses]

--misses lists the reworded rows that were right as written and are not any more.
The rewrites are wordings other translations and programs use for the same meaning; they are not meant to be
good style, only common.
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIDENT = 0.5

# (name, language, pattern, replacement): a regular expression over our own table rows (trusted test data), the
# first match replaced.
REWRITES = [
    ("ja できません -> に失敗しました", "ja", r"(接続|認証|送信|受信|ログイン|検証|確認|解決|取得|書き込み)できません(でした)?",
     r"\1に失敗しました"),
    ("ja に失敗しました -> できませんでした", "ja", r"(接続|認証|送信|受信|ログイン|検証|確認|解決|取得|書き込み)に失敗しました",
     r"\1できませんでした"),
    ("ja サーバー <-> サーバ", "ja", r"サーバー?", lambda m: "サーバ" if m.group(0) == "サーバー" else "サーバー"),
    ("ja サーバー -> メールサーバー", "ja", r"(?<!メール)(?<!送信)(?<!受信)サーバー?", "メールサーバー"),
    ("ja ません -> ませんでした", "ja", r"ません(?!でした)", "ませんでした"),
    ("ja ました -> ます (past -> present)", "ja", r"(されて|して|れて)いました", r"\1います"),
    ("en could not -> cannot", "en", r"\b[Cc]ould not\b|\b[Cc]ouldn't\b", lambda m: m.group(0)[0] + "annot"),
    ("en cannot -> could not", "en", r"\b[Cc]an(?:not|'t)\b", lambda m: m.group(0)[0] + "ould not"),
    ("en failed to -> could not", "en", r"\b[Ff]ailed to\b", lambda m: ("C" if m.group(0)[0] == "F" else "c") + "ould not"),
    ("en the server -> the mail server", "en", r"\b([Tt]he) server\b", r"\1 mail server"),
    ("en the mail server -> the server", "en", r"\b([Tt]he) mail server\b", r"\1 server"),
    ("en past -> present (was/were -> is/are)", "en", r"\b(was|were)\b",
     lambda m: {"was": "is", "were": "are"}[m.group(0)]),
    ("en present -> past (is/are -> was/were)", "en", r"\b(is|are)\b",
     lambda m: {"is": "was", "are": "were"}[m.group(0)]),
    ("en has expired -> expired", "en", r"\bhas expired\b", "expired"),
    ("en does not -> did not", "en", r"\b(does not|doesn't)\b", "did not"),
    ("en did not -> does not", "en", r"\b(did not|didn't)\b", "does not"),
]


def rows():
    for folder, text_col in (("client-errors", 7), ("evaluation", 3)):
        path = os.path.join(ROOT, "src/test/resources", folder)
        for name in sorted(os.listdir(path)):
            if not name.endswith(".tsv"):
                continue
            with open(os.path.join(path, name), encoding="utf-8") as f:
                for line in f.read().split("\n")[1:]:
                    if line:
                        c = line.split("\t")
                        yield name, c[0], c[1], c[text_col].replace("\\n", " ")


def right(expect, answer):
    return answer.get("reason") == expect[7:] if expect.startswith("reason:") else answer["id"] == expect


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default=os.path.join(ROOT, "target/bouncedoc-cli.jar"))
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    table = list(rows())
    texts = [r[3] for r in table]
    probes = []  # (rewrite index, row index, reworded text)
    for k, (_, lang, pattern, repl) in enumerate(REWRITES):
        rx = re.compile(pattern)
        for i, (_, _, row_lang, text) in enumerate(table):
            if row_lang != lang:
                continue
            new = rx.sub(repl, text, count=1)
            if new != text:
                probes.append((k, i, new))
    stdin = "".join(t + "\n" for t in texts + [p[2] for p in probes])
    out = subprocess.run(["java", "-jar", args.jar, "explain", "--format", "jsonl", "-"],
                         input=stdin.encode("utf-8"), stdout=subprocess.PIPE, check=False).stdout
    answers = [json.loads(l) for l in out.decode("utf-8").splitlines() if l.strip()]
    if len(answers) != len(texts) + len(probes):
        sys.exit("expected %d answers, got %d" % (len(texts) + len(probes), len(answers)))
    original = answers[:len(texts)]
    reworded = answers[len(texts):]
    print("%-44s %6s %9s %9s %10s" % ("rewrite", "rows", "as is", "reworded", "conf.wrong"))
    misses = []
    for k, (name, _, _, _) in enumerate(REWRITES):
        n = before = after = cw = 0
        for (pk, i, new), a in zip(probes, reworded):
            if pk != k:
                continue
            expect = table[i][1]
            n += 1
            was = right(expect, original[i])
            now = right(expect, a)
            before += was
            after += now
            cw += (not now) and a["confidence"] >= CONFIDENT and a["id"] != "unknown"
            if was and not now:
                misses.append("%s | %s: %s -> got %s %.2f: %s" % (name, table[i][0], expect, a["id"],
                                                                    a["confidence"], new[:120]))
        print("%-44s %6d %9s %9s %10d" % (name, n, "%d" % before, "%d" % after, cw))
    if args.misses:
        print("\nright as written, not reworded")
        for m in misses:
            print("  " + m)


if __name__ == "__main__":
    main()
