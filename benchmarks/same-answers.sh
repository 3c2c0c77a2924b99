#!/usr/bin/env bash
# Same answers before and after a change that must not change any: scans the corpus and the format
# samples with two jars (`scan --format jsonl`, both languages) and compares the output byte for byte.
#
#   benchmarks/same-answers.sh OLD.jar NEW.jar      # from the project root; exit 0 when identical
#
# The corpus is ../shared/corpus beside the project (skipped with a note when absent).
set -euo pipefail
old=${1:?usage: same-answers.sh OLD.jar NEW.jar}
new=${2:?usage: same-answers.sh OLD.jar NEW.jar}
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inputs=("$root/src/test/resources/formats")
if [ -d "$root/../shared/corpus" ]; then
  inputs+=("$(cd "$root/../shared/corpus" && pwd)")
else
  echo "note: ../shared/corpus is absent; comparing the format samples only" >&2
fi
status=0
for input in "${inputs[@]}"; do
  for lang in en ja; do
    name=$(basename "$input")-$lang
    java -jar "$old" scan --format jsonl --lang "$lang" "$input" > "$out/$name.old" || true
    java -jar "$new" scan --format jsonl --lang "$lang" "$input" > "$out/$name.new" || true
    lines=$(wc -l < "$out/$name.old")
    if cmp -s "$out/$name.old" "$out/$name.new"; then
      echo "same: $input ($lang, $lines records)"
    else
      echo "DIFFERENT: $input ($lang)"; diff "$out/$name.old" "$out/$name.new" | head -20
      status=1
    fi
  done
done
exit $status
