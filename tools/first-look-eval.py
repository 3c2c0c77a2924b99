#!/usr/bin/env python3
"""First-look evaluation: today's engine with the catalog as it was before each labelled table existed.

The labelled tables (src/test/resources/client-errors/*.tsv, src/test/resources/evaluation/*.tsv) were each
scored once before any rule was written for them; afterwards rules were written from their rows, so today's
catalog scores them far better than it would score texts nobody has seen. An engine change (the similarity
fallback, the confidence calibration) can still be measured honestly: run today's jar with the catalog of the
commit before the one that first added the table (`git log --diff-filter=A`), where no rule can have been
written from its rows. That is the held-out estimate of this script.

For each table: take `git archive <parent> catalog` into a temporary folder, run every row of the table (today's
rows and labels) through one `explain --catalog DIR --catalog-only --format jsonl -` run of the given jar, and
score each row as tools/confidence-audit.py does (the same module: the expected id, or for a `reason:` row the
Sisimai reason). A table whose old catalog does not load with today's engine is reported and skipped.

With --by-part, each row is scored with the catalog before the commit that first had that row (its (lang, text)
pair, following the table's history): a table that grew in parts is scored part by part, each against the
catalog of its own time. A row whose text was edited later counts from the edit, so this view may be a little
kind; the default (the catalog before the table) is the strict one.

    mvn -B -q -o package -DskipTests            # target/bouncedoc-cli.jar
    python3 tools/first-look-eval.py [--jar target/bouncedoc-cli.jar] [--by-part] [--wrong] [--tables a.tsv,b.tsv]
                                     [--dump answers.jsonl]

Prints per table and overall: rows, right %, English and Japanese right, confident wrong (confidence >= 0.5 and
a wrong id), right among the rows whose expected id the old catalog already had ("id existed": the other rows
name entries written later, which an old catalog cannot give), and what decided the confident wrong ones (the broad kind and the wording size of
confidence-audit.py). Reads only the repository (git) and runs one JVM per table (per part with --by-part).
"""
import argparse
import collections
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("confidence_audit", os.path.join(ROOT, "tools", "confidence-audit.py"))
audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(audit)

# The programs issue 10 names (its first target, >= 95 %); every other program is "other" (>= 90 %).
NAMED = ("thunderbird", "evolution", "claws", "sylpheed", "mutt", "neomutt", "geary", "fetchmail", "msmtp",
         "glibc", "glib", "k-9", "k9")


def git(*args):
    return subprocess.run(["git", "-C", ROOT] + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          check=True).stdout.decode("utf-8")


def table_path(name):
    for folder in (audit.CLIENT, audit.EVALUATION):
        if os.path.exists(os.path.join(folder, name)):
            return os.path.relpath(os.path.join(folder, name), ROOT)
    raise SystemExit("no table " + name)


def text_column(header):
    return header.split("\t").index("text")


def keys_at(commit, path):
    """The (lang, text) pairs of a table at a commit."""
    lines = git("show", "%s:%s" % (commit, path)).split("\n")
    col = text_column(lines[0])
    out = set()
    for line in lines[1:]:
        if line:
            c = line.split("\t")
            if len(c) > col:
                out.add((c[1], c[col]))
    return out


def added(path):
    """The commit that first added the table (the oldest, if it was added more than once)."""
    commits = git("log", "--diff-filter=A", "--format=%h", "--", path).split()
    return commits[-1] if commits else None


def parts(path):
    """(lang, text) -> the commit that first had the row, along the table's history (oldest first)."""
    first = {}
    for commit in git("log", "--reverse", "--format=%h", "--", path).split():
        try:
            keys = keys_at(commit, path)
        except subprocess.CalledProcessError:
            continue  # deleted at that commit
        for k in keys:
            first.setdefault(k, commit)
    return first


def catalog_of(commit, into):
    """Extracts the catalog of a commit into a folder; returns its path, or None when there is none."""
    folder = os.path.join(into, commit)
    if not os.path.isdir(folder):
        os.makedirs(folder)
        archive = subprocess.run(["git", "-C", ROOT, "archive", commit, "catalog"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE)
        if archive.returncode != 0:
            return None
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
    return os.path.join(folder, "catalog")


def explain(jar, catalog, texts, repair=True, repairs=None):
    """The jsonl answers of the jar with the catalog alone, or (None, message) when it does not load.

    With repair, a catalog refused only because a rule is "the same rule" as an earlier one (today's normaliser
    makes two old wordings one, such as "did not advertise" / "does not advertise") loses the later copy and is
    tried again: the earlier rule wins every tie anyway (lowest entry, first rule), so the answers are those the
    old catalog would give. Each removal is appended to repairs.
    """
    for _ in range(50):
        answers, problem = _explain(jar, catalog, texts)
        if answers is not None or not repair:
            return answers, problem and problem.split("\n")[0]
        dropped = _drop_duplicates(problem)
        if not dropped:
            return answers, problem.split("\n")[0]
        if repairs is not None:
            repairs.extend(dropped)
    return None, "too many duplicate rules"


def _drop_duplicates(problem):
    """Removes each rule that a load problem names as a duplicate; returns 'file:line' of each, or [] when the
    problem is anything else."""
    places = []
    for line in problem.split("\n"):
        line = line.strip()
        if not line or line.startswith("cannot load") and line.endswith("problems in the catalog:"):
            continue
        marker = ": match: the same rule is already in "
        if marker not in line:
            return []
        where = line.split(marker)[0]
        places.append(where.rsplit(": ", 1)[-1].strip())  # "cannot load DIR: FILE:LINE" or "FILE:LINE"
    if not places:
        return []
    by_file = collections.defaultdict(list)
    for place in places:
        path, number = place.rsplit(":", 1)
        by_file[path].append(int(number))
    for path, numbers in by_file.items():
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for number in sorted(numbers, reverse=True):
            start = number - 1
            indent = len(lines[start]) - len(lines[start].lstrip())
            end = start + 1
            while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip()) > indent:
                end += 1  # the rule's own further lines ("not: ...")
            del lines[start:end]
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    return [os.path.basename(p) + ":" + str(n) for p, ns in by_file.items() for n in ns]


def catalog_ids(catalog):
    """The entry ids of a catalog folder (its "- id:" lines)."""
    ids = set()
    for name in os.listdir(catalog):
        if name.endswith(".yaml"):
            with open(os.path.join(catalog, name), encoding="utf-8") as f:
                for line in f:
                    t = line.strip()
                    if t.startswith("- id:"):
                        ids.add(t[5:].split("#")[0].strip().strip("'\""))
    return ids


def _explain(jar, catalog, texts):
    stdin = "".join(t.replace("\\n", " ").replace("\r", " ") + "\n" for t in texts)
    run = subprocess.run(["java", "-jar", jar, "explain", "--catalog", catalog, "--catalog-only", "--format",
                          "jsonl", "-"], input=stdin.encode("utf-8"), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, check=False)
    if run.returncode not in (0, 1):
        return None, run.stderr.decode("utf-8", "replace").strip()
    answers = [json.loads(l) for l in run.stdout.decode("utf-8").splitlines() if l.strip()]
    if len(answers) != len(texts):
        return None, "expected %d answers, got %d" % (len(texts), len(answers))
    return answers, None


class Tally:
    def __init__(self):
        self.n = self.right = self.cw = 0
        self.known = self.known_right = 0  # rows whose expected id the old catalog had (a reason: row always)
        self.lang = collections.defaultdict(lambda: [0, 0])

    def add(self, lang, ok, confident_wrong, known):
        self.known += known
        self.known_right += known and ok
        self.n += 1
        self.right += ok
        self.cw += confident_wrong
        self.lang[lang][0] += 1
        self.lang[lang][1] += ok

    def line(self, label):
        if not self.n:
            return "  %-34s no rows" % label
        langs = "  ".join("%s %d/%d" % (l, r, n) for l, (n, r) in sorted(self.lang.items()))
        return "  %-34s %5d rows  right %5d (%5.1f %%)  confident wrong %4d (%4.1f %%)  %s  id existed: %d/%d" % (
            label, self.n, self.right, 100.0 * self.right / self.n, self.cw, 100.0 * self.cw / self.n, langs,
            self.known_right, self.known)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default=os.path.join(ROOT, "target/bouncedoc-cli.jar"))
    ap.add_argument("--by-part", action="store_true", help="each row with the catalog before its own commit")
    ap.add_argument("--wrong", action="store_true", help="list every confident wrong answer")
    ap.add_argument("--tables", help="only these tables (comma-separated file names)")
    ap.add_argument("--no-repair", action="store_true",
                    help="skip an old catalog with duplicate rules instead of dropping the later copies")
    ap.add_argument("--dump", help="write each row with its answer to this file (JSON lines)")
    args = ap.parse_args()
    jar = os.path.abspath(args.jar)

    by_table = collections.OrderedDict()
    for r in audit.rows():
        if not args.tables or r[0] in args.tables.split(","):
            by_table.setdefault(r[0], []).append(r)

    tmp = tempfile.mkdtemp(prefix="first-look-")
    totals = collections.OrderedDict((k, Tally()) for k in ("all rows", "named programs", "other programs"))
    cw_kinds = collections.Counter()
    wrong = []
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    print("today's engine (%s) with the catalog before each %s; right, confident wrong (confidence >= %.1f)"
          % (os.path.relpath(jar, os.getcwd()), "row's part" if args.by_part else "table", audit.CONFIDENT))
    try:
        for name, table in by_table.items():
            path = table_path(name)
            base = added(path)
            if base is None:
                print("  %-34s not in git history: skipped" % name)
                continue
            if args.by_part:
                first = parts(path)
                groups = collections.OrderedDict()
                for r in table:
                    groups.setdefault(first.get((r[2], r[4]), base), []).append(r)
            else:
                groups = {base: table}
            tally = Tally()
            skipped = []
            repaired = []
            for commit, group in groups.items():
                catalog = catalog_of(commit + "^", tmp)
                repairs = []
                answers, problem = explain(jar, catalog, [r[4] for r in group], not args.no_repair, repairs) \
                    if catalog else (None, "no catalog")
                if repairs:
                    repaired.append("%s^: %d duplicate rule(s) dropped (%s)" % (commit, len(repairs),
                                                                              ", ".join(repairs[:4])))
                if answers is None:
                    skipped.append("%s^ (%d rows): %s" % (commit, len(group), problem))
                    continue
                ids = catalog_ids(catalog)
                for (tname, expect, lang, program, text, _), a in zip(group, answers):
                    known = expect.startswith("reason:") or expect in ids
                    ok = a.get("reason") == expect[7:] if expect.startswith("reason:") else a["id"] == expect
                    confident = a["confidence"] >= audit.CONFIDENT and a["id"] != "unknown"
                    named = any(w in program.lower() for w in NAMED)
                    for t in (tally, totals["all rows"], totals["named programs" if named else "other programs"]):
                        t.add(lang, ok, confident and not ok, known)
                    if confident and not ok:
                        k = (audit.broad_kind(a), audit.size(a["evidence"]))
                        cw_kinds[k] += 1
                        wrong.append("%s@%s^ %s [%s %s] got %s %.2f by %s/%s (%s): %s" % (
                            name, commit, expect, program, lang, a["id"], a["confidence"], k[0], k[1],
                            "; ".join(e["value"] for e in a["evidence"]), text[:110]))
                    if dump:
                        dump.write(json.dumps({"table": name, "catalog": commit + "^", "expect": expect,
                                               "lang": lang, "program": program, "text": text, "ok": ok, "known": known,
                                               "id": a["id"], "confidence": a["confidence"],
                                               "evidence": a["evidence"]}, ensure_ascii=False) + "\n")
            print(tally.line("%s @%s^%s" % (name, base, " (%d parts)" % len(groups) if len(groups) > 1 else "")))
            for s in repaired:
                print("  %-34s repaired: the old catalog %s" % ("", s))
            for s in skipped:
                print("  %-34s skipped: the old catalog %s" % ("", s))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print()
    for k, t in totals.items():
        print(t.line(k))
    print("\nconfident wrong answers by what decided them (broad kind, wording size)")
    for (k, s), n in cw_kinds.most_common():
        print("  %-28s %-9s %4d" % (k, s, n))
    if args.wrong:
        print("\nconfident wrong answers")
        for w in wrong:
            print("  " + w)


if __name__ == "__main__":
    main()
