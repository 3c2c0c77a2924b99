#!/usr/bin/env bash
# Same single-text answers before and after a change that must not change any: every text of
# src/test/resources/client-errors/*.tsv and src/test/resources/evaluation/single-texts.tsv (each as
# written and with its \n unescaped) and every example of the catalog (catalog/*.yaml), explained with two
# jars (`explain --format jsonl -`, English and Japanese, with a help base URL) and compared byte for byte.
#
#   benchmarks/same-texts.sh OLD.jar NEW.jar      # from the project root; exit 0 when identical
#
# Needs python3 with PyYAML (the catalog's examples are read from the YAML).
set -euo pipefail
old=${1:?usage: same-texts.sh OLD.jar NEW.jar}
new=${2:?usage: same-texts.sh OLD.jar NEW.jar}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 - "$root" > "$out/texts.txt" <<'PY'
import csv, glob, os, sys, yaml
root = sys.argv[1]
texts = []
tsvs = sorted(glob.glob(os.path.join(root, "src/test/resources/client-errors/*.tsv")))
tsvs.append(os.path.join(root, "src/test/resources/evaluation/single-texts.tsv"))
for path in tsvs:
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    header = rows[0]
    col = header.index("text") if "text" in header else None
    for row in rows[1:]:
        if col is None or col >= len(row) or row[0].startswith("#"):
            continue
        texts.append(row[col])
def examples(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "examples" and isinstance(v, list):
                for e in v:
                    if isinstance(e, str):
                        yield e
            else:
                yield from examples(v)
    elif isinstance(node, list):
        for v in node:
            yield from examples(v)
for path in sorted(glob.glob(os.path.join(root, "catalog/*.yaml"))):
    with open(path, encoding="utf-8") as f:
        texts.extend(examples(yaml.safe_load(f)))
lines = []
for t in texts:
    for v in (t, t.replace("\\n", "\n")):
        for line in [v] + v.split("\n"):  # the whole text on one line, and each of its lines
            line = line.replace("\r", " ").replace("\n", " ") if line is v else line
            lines.append(line)
seen = set()
for line in lines:
    if line.strip() and line not in seen:
        seen.add(line)
        print(line)
PY
count=$(wc -l < "$out/texts.txt")
status=0
for lang in en ja; do
  for jar in old new; do
    j=$old; [ "$jar" = new ] && j=$new
    java -jar "$j" explain --format jsonl --lang "$lang" --help-base-url https://help.example.jp/ - \
      < "$out/texts.txt" > "$out/$lang.$jar" || true
  done
  if cmp -s "$out/$lang.old" "$out/$lang.new"; then
    echo "same: $count texts ($lang, $(wc -l < "$out/$lang.old") records)"
  else
    echo "DIFFERENT ($lang)"; diff "$out/$lang.old" "$out/$lang.new" | head -20
    status=1
  fi
done
exit $status
