#!/usr/bin/env python3
"""Confidence audit: how often a confident answer (confidence >= 0.5) is wrong, per kind of deciding evidence.

Runs every row of the labelled tables (src/test/resources/client-errors/*.tsv and
src/test/resources/evaluation/*.tsv) through one `explain --format jsonl -` run of the command-line jar, and
sorts each answer by what decided it:

- kind: the evidence kinds of the winning rule, joined by "+" (`phrase`, `hint`, `ordered`, `all`, `reply`,
  `status`, `pop3`, `imap`, `hresult`, `socket`), or `similar` (the fallback), or `unknown`;
- size: the length of the longest wording found: English by words (1, 2, 3+), Japanese by characters
  (ja<=4, ja5-7, ja8+); a group counts its parts' total; `code` when the rule has no wording.

For each (kind, size) it prints the answers given with confidence >= 0.5, how many of them are wrong, and the
same for the answers below 0.5. A row is right when the id is the expected id, or, for a `reason:` row, when
the reason is that Sisimai reason (as the table tests score them).

Rows marked as a first look (the rows scored once before any rule was written for them; README beside the
tables) are counted apart as well: today's rules were partly written from the other rows, so the first-look
rows are the more honest sample, though the rules have since learnt them too.

    mvn -B -q -o package -DskipTests            # target/bouncedoc-cli.jar
    python3 tools/confidence-audit.py [--jar target/bouncedoc-cli.jar] [--wrong] [--first-look] [--tables a.tsv,b.tsv]

--wrong also lists every confident wrong answer. Reads only files of the repository; runs one JVM.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLIENT = os.path.join(ROOT, "src/test/resources/client-errors")
EVALUATION = os.path.join(ROOT, "src/test/resources/evaluation")
CONFIDENT = 0.5

# The first-look rows of each table, as its README records them: (table, predicate on (row index from 1, program)).
FIRST_LOOK = {
    "other-programs.tsv": lambda i, p: i <= 179 or p in ("isync (mbsync)", "s-nail"),
    "more-programs.tsv": lambda i, p: i <= 104 or p in (
        "Symfony Mailer", "swaks", "Ruby (net-smtp, net-pop)", "getmail6", "offlineimap3", "mpop",
        "Xfce mail watcher", "Go (net/smtp, crypto/tls)", "curl"),
    "unseen-programs.tsv": lambda i, p: i <= 93,
    "fresh-programs.tsv": lambda i, p: True,
    "japanese-programs.tsv": lambda i, p: i <= 55,
    "late-programs.tsv": lambda i, p: True,
    "another-programs.tsv": lambda i, p: True,
    "webapp-programs.tsv": lambda i, p: True,
    # first part (rows 1-113) and third part (the last 25); the second part came after a rewording probe
    "newcomer-programs.tsv": lambda i, p: i <= 113 or i > 150,
    # first look (rows 1-238) and second look (the other 62), both before any rule for them
    "named-programs-more.tsv": lambda i, p: True,
    # three parts (rows 1-740, 741-1093, 1094-1404), each scored once before any rule for it
    "framed-replies.tsv": lambda i, p: True,
    # two parts (rows 1-357, 358-417), each scored once before any rule for it
    "server-replies.tsv": lambda i, p: True,
}


def rows():
    for name in sorted(os.listdir(CLIENT)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(CLIENT, name), encoding="utf-8") as f:
            lines = f.read().split("\n")[1:]
        first = FIRST_LOOK.get(name)
        for i, line in enumerate(l for l in lines if l):
            c = line.split("\t")
            yield name, c[0], c[1], c[2], c[7], bool(first and first(i + 1, c[2]))
    for name in sorted(os.listdir(EVALUATION)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(EVALUATION, name), encoding="utf-8") as f:
            lines = f.read().split("\n")[1:]
        for line in lines:
            if line:
                c = line.split("\t")
                yield name, c[0], c[1], c[2], c[3], False


def size(evidence):
    """The size class of the longest wording of the evidence, or "code"."""
    best = None
    for e in evidence:
        if e["kind"] not in ("phrase", "hint", "ordered", "all"):
            continue
        value = e["value"].replace(" … ", " ")
        japanese = any(ord(ch) > 0x2fff for ch in value)
        if japanese:
            n = sum(1 for ch in value if not ch.isspace())
            cls = "ja<=4" if n <= 4 else "ja5-7" if n <= 7 else "ja8+"
            rank = n
        else:
            n = len(value.split())
            cls = "1 word" if n == 1 else "2 words" if n == 2 else "3+ words"
            rank = n * 3
        if best is None or rank > best[0]:
            best = (rank, cls)
    return best[1] if best else "code"


def kind(answer):
    if answer["id"] == "unknown":
        return "unknown"
    kinds = [e["kind"] for e in answer["evidence"]]
    if "similar" in kinds:
        return "similar"
    return "+".join(sorted(set(kinds))) or "?"


def broad_kind(answer):
    """The deciding evidence in broad classes: codes only, a group, a hint alone, one phrase (with or without a
    hint beside it), wording with a code, similar, unknown."""
    if answer["id"] == "unknown":
        return "unknown"
    kinds = sorted(set(e["kind"] for e in answer["evidence"]))
    if "similar" in kinds:
        return "similar"
    strong = [k for k in kinds if k != "hint"]
    if not strong:
        return "hint alone"
    if strong == ["phrase"]:
        return "one phrase, with a hint" if "hint" in kinds else "one phrase"
    if all(k in ("ordered", "all") for k in strong):
        return "group"
    if all(k not in ("phrase", "ordered", "all") for k in strong):
        return "codes only"
    return "wording and a code"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default=os.path.join(ROOT, "target/bouncedoc-cli.jar"))
    ap.add_argument("--wrong", action="store_true", help="list every confident wrong answer")
    ap.add_argument("--first-look", action="store_true", help="only the first-look rows")
    ap.add_argument("--dump", help="write each row with its answer to this file (JSON lines)")
    ap.add_argument("--tables", help="only these tables (comma-separated file names)")
    args = ap.parse_args()
    table = [r for r in rows() if (not args.first_look or r[5])
             and (not args.tables or r[0] in args.tables.split(","))]
    # one text per line: a table's literal \n is a line break, which normalisation makes a space anyway
    stdin = "".join(r[4].replace("\\n", " ").replace("\r", " ") + "\n" for r in table)
    out = subprocess.run(["java", "-jar", args.jar, "explain", "--format", "jsonl", "-"],
                         input=stdin.encode("utf-8"), stdout=subprocess.PIPE, check=False).stdout
    answers = [json.loads(l) for l in out.decode("utf-8").splitlines() if l.strip()]
    if len(answers) != len(table):
        sys.exit("expected %d answers, got %d" % (len(table), len(answers)))

    stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # confident, confident wrong, low, low wrong
    broad = collections.defaultdict(lambda: [0, 0, 0, 0])
    totals = collections.defaultdict(lambda: [0, 0, 0])    # rows, right, confident wrong
    wrong = []
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for (name, expect, lang, program, text, first), a in zip(table, answers):
        ok = a.get("reason") == expect[7:] if expect.startswith("reason:") else a["id"] == expect
        if dump:
            dump.write(json.dumps({"table": name, "expect": expect, "lang": lang, "program": program, "text": text,
                                   "first": first, "ok": ok, "id": a["id"], "confidence": a["confidence"],
                                   "evidence": a["evidence"]}, ensure_ascii=False) + "\n")
        k, s = kind(a), size(a["evidence"])
        confident = a["confidence"] >= CONFIDENT and a["id"] != "unknown"
        b = broad[broad_kind(a)]
        b[0 if confident else 2] += 1
        if not ok:
            b[1 if confident else 3] += 1
        for scope in ("all", "first look") if first else ("all",):
            cell = stats[(scope, k, s)]
            cell[0 if confident else 2] += 1
            if not ok:
                cell[1 if confident else 3] += 1
        for key in (name, "first-look rows" if first else None, "all rows"):
            if key:
                t = totals[key]
                t[0] += 1
                t[1] += ok
                t[2] += confident and not ok
        if confident and not ok:
            wrong.append("%s %s [%s %s] got %s %.2f by %s (%s): %s" % (
                name, expect, program, lang, a["id"], a["confidence"], k,
                "; ".join(e["value"] for e in a["evidence"]), text[:110]))

    print("rows: right, confident wrong (confidence >= %.1f and a wrong id)" % CONFIDENT)
    for key, (n, right, cw) in totals.items():
        print("  %-26s %4d rows  right %4d (%5.1f %%)  confident wrong %3d (%4.1f %%)" % (
            key, n, right, 100.0 * right / n, cw, 100.0 * cw / n))
    print("\nevery row, by deciding evidence (broad)")
    print("  %-26s %11s %8s %11s %8s" % ("kind", "confident", "wrong", "below 0.5", "wrong"))
    for k, (c, cw, low, lw) in sorted(broad.items()):
        print("  %-26s %11d %8d %11d %8d" % (k, c, cw, low, lw))
    for scope in ("all", "first look"):
        print("\n%s: by deciding evidence and wording size" % ("every row" if scope == "all" else "first-look rows"))
        print("  %-24s %-9s %11s %8s %11s %8s" % ("kind", "size", "confident", "wrong", "below 0.5", "wrong"))
        for (sc, k, s), (c, cw, low, lw) in sorted(stats.items()):
            if sc != scope:
                continue
            print("  %-24s %-9s %11d %8s %11d %8d" % (
                k, s, c, "%d (%d %%)" % (cw, round(100.0 * cw / c)) if c else "-", low, lw))
    if args.wrong:
        print("\nconfident wrong answers")
        for w in wrong:
            print("  " + w)


if __name__ == "__main__":
    main()
