#!/usr/bin/env python3
"""Variants of the similarity fallback, tried on the held-out rows of tools/first-look-eval.py.

A prototype in Python of the engine's SimilarityIndex (tf-idf with binary term frequency, trigrams found in more
than 1 % of the texts left out, an unseen trigram weighing as the rarest, cosine; texts and inputs shorter than 14
with a Japanese character counting 2 not compared) over each old catalog's texts, with NFKC and lower case standing in
for the engine's normalisation (it comes within a few rows of the engine: 107/250 right at 0.4 where the engine has
112/253). For each variant it prints, by threshold, how often the nearest text's entry is right

- on the rows where no rule held (the dump's answer is `unknown` or a `similar` guess), and
- on the rows answered by codes alone below 0.5 (a reply code's general entry), against the rule's own answer there.

    python3 tools/first-look-eval.py --dump /tmp/rows.jsonl
    python3 tools/similarity-variants.py /tmp/rows.jsonl

Variants: character trigrams (the engine), English words and word pairs with Japanese character pairs, each over
examples and phrases, and with the entries' titles added. Needs PyYAML. Reads the repository (git archive).
"""
import collections
import importlib.util
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("confidence_audit", os.path.join(ROOT, "tools", "confidence-audit.py"))
audit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(audit)


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\\n", " ").replace("サーバー", "サーバ")
    return re.sub(r"\s+", " ", s).strip()


def japanese(c):
    return ord(c) >= 0x3000


def weighted_length(s):
    return sum(2 if japanese(c) else 1 for c in s)


def trigrams(s):
    s = " " + s + " "
    return {s[i:i + 3] for i in range(len(s) - 2)}


def words(s):
    tokens = re.findall(r"[a-z0-9]+|[^\x00-\x7f]", s)
    out = set()
    for i, t in enumerate(tokens):
        if not japanese(t[0]) and len(t) > 1:
            out.add(t)
        if i + 1 < len(tokens):
            out.add(t + "_" + tokens[i + 1])
    return out


def entries(commit, tmp):
    folder = os.path.join(tmp, commit)
    if not os.path.isdir(folder):
        os.makedirs(folder)
        archive = subprocess.run(["git", "-C", ROOT, "archive", commit, "catalog"], stdout=subprocess.PIPE, check=True)
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
    manifest = yaml.safe_load(open(os.path.join(folder, "catalog", "catalog.yaml"), encoding="utf-8"))
    out = []
    for name in manifest["files"]:
        out += yaml.safe_load(open(os.path.join(folder, "catalog", name), encoding="utf-8"))["entries"]
    return out


def texts(entry, titles):
    out = list(entry.get("examples") or [])
    for rule in entry.get("match") or []:
        out += list(rule.get("phrase") or [])
    if titles:
        for lang in ("en", "ja"):
            title = ((entry.get("texts") or {}).get(lang) or {}).get("title")
            if title:
                out.append(title)
    return out


class Index:
    def __init__(self, catalog, features, titles):
        self.features = features
        self.docs = []
        df = collections.Counter()
        seen = set()
        for e in catalog:
            if e["id"] == "unknown":
                continue
            for t in texts(e, titles):
                n = norm(str(t))
                if weighted_length(n) < 14 or (e["id"], n) in seen:
                    continue
                seen.add((e["id"], n))
                f = features(n)
                self.docs.append((e["id"], f))
                df.update(f)
        n = len(self.docs)
        max_df = max(2, int(n * 0.01))
        self.weight = {g: math.log(1 + n / c) ** 2 for g, c in df.items() if c <= max_df}
        self.common = {g for g, c in df.items() if c > max_df}
        self.unseen = math.log(1 + n) ** 2
        self.norms = [math.sqrt(sum(self.weight.get(g, 0) for g in d)) for _, d in self.docs]
        self.postings = collections.defaultdict(list)
        for i, (_, d) in enumerate(self.docs):
            for g in d:
                if g in self.weight:
                    self.postings[g].append(i)

    def nearest(self, text):
        n = norm(text)[:4096]
        if weighted_length(n) < 14:
            return None, 0.0
        qnorm = 0.0
        shared = collections.Counter()
        for g in self.features(n):
            if g in self.weight:
                qnorm += self.weight[g]
                for i in self.postings[g]:
                    shared[i] += self.weight[g]
            elif g not in self.common:
                qnorm += self.unseen
        if not shared:
            return None, 0.0
        qnorm = math.sqrt(qnorm)
        best = max(shared, key=lambda i: (shared[i] / (qnorm * self.norms[i]) if self.norms[i] else 0, -i))
        return self.docs[best][0], shared[best] / (qnorm * self.norms[best])


VARIANTS = {"trigrams": (trigrams, False), "trigrams+titles": (trigrams, True),
            "words": (words, False), "words+titles": (words, True)}
THRESHOLDS = (0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
    # the reason of each entry of today's catalog, to score a reason: row
    reasons = {}
    for name in os.listdir(os.path.join(ROOT, "catalog")):
        if name.endswith(".yaml") and name != "catalog.yaml":
            for e in (yaml.safe_load(open(os.path.join(ROOT, "catalog", name), encoding="utf-8")) or {}).get("entries", []):
                reasons[e["id"]] = e.get("reason")

    def right(expect, entry):
        return reasons.get(entry) == expect[7:] if expect.startswith("reason:") else entry == expect

    tmp = tempfile.mkdtemp(prefix="similarity-variants-")
    results = collections.defaultdict(list)  # variant -> (no rule?, score, sim right, rule right)
    try:
        by_catalog = collections.defaultdict(list)
        for r in rows:
            kind = audit.broad_kind(r)
            if kind in ("unknown", "similar") or kind == "codes only" and r["confidence"] < 0.5:
                by_catalog[r["catalog"]].append((kind in ("unknown", "similar"), r))
        for commit, group in by_catalog.items():
            catalog = entries(commit, tmp)
            for name, (features, titles) in VARIANTS.items():
                index = Index(catalog, features, titles)
                for no_rule, r in group:
                    entry, score = index.nearest(r["text"])
                    results[name].append((no_rule, score, bool(entry) and right(r["expect"], entry),
                                          not no_rule and r["ok"]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for name, res in results.items():
        print(name)
        none = [x for x in res if x[0]]
        codes = [x for x in res if not x[0]]
        print("  no rule (%d rows): similarity >= t: answers, right" % len(none))
        print("    " + "  ".join("%.2f: %d/%d" % (t, sum(x[2] for x in none if x[1] >= t),
                                                 sum(1 for x in none if x[1] >= t)) for t in THRESHOLDS))
        print("  codes alone below 0.5 (%d rows, the code's entry right %d): >= t: replaced, similar right / code right"
              % (len(codes), sum(x[3] for x in codes)))
        print("    " + "  ".join("%.2f: %d, %d/%d" % (t, sum(1 for x in codes if x[1] >= t),
                                                     sum(x[2] for x in codes if x[1] >= t),
                                                     sum(x[3] for x in codes if x[1] >= t)) for t in THRESHOLDS))


if __name__ == "__main__":
    main()
