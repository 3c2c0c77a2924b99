#!/usr/bin/env bash
# End to end: `bouncedoc scan` over the corpus copied five times, timed as a whole process (JVM start
# included), beside Sisimai (Debian's libsisimai-perl) over the same files. Run from the project root after
# `mvn -B -q package -DskipTests`. Needs ../shared/corpus and, for the comparison, `perl -MSisimai`.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/sisimai/maildir/bsd
[ -d "$corpus" ] || { echo "the corpus is absent: $corpus" >&2; exit 1; }
runs=${RUNS:-5}
work=$(mktemp -d)
empty=$(mktemp -d)
trap 'rm -rf "$work" "$empty"' EXIT
for i in 1 2 3 4 5; do cp -r "$corpus" "$work/copy$i"; done
echo "$(find "$work" -type f | wc -l) messages, $(du -sh "$work" | cut -f1), $runs runs each; $(java -version 2>&1 | head -1)"

timed() { # label, command...: wall time of each run, in seconds
  local label=$1; shift
  for r in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s.%N); "$@" > "$work/out.txt"; t1=$(date +%s.%N)
    printf '%-10s run %d: %.2f s (%s lines of output)\n' "$label" "$r" "$(echo "$t1 - $t0" | bc)" "$(wc -l < "$work/out.txt")"
  done
}
timed bouncedoc java -jar target/bouncedoc-cli.jar scan --format jsonl "$work"
timed start-up java -jar target/bouncedoc-cli.jar scan --format jsonl "$empty"  # an empty folder: the fixed cost
if perl -MSisimai -e 1 2>/dev/null; then
  timed sisimai perl -MSisimai -e 'my $n = 0; for my $d (@ARGV) { my $v = Sisimai->make($d); $n += scalar(@$v) if $v } print "$n\n"' "$work"/copy*
  echo "Sisimai $(perl -MSisimai -e 'print $Sisimai::VERSION')"
else
  echo "Sisimai is not installed (apt-get install libsisimai-perl): bouncedoc's figures only"
fi
