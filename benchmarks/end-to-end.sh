#!/usr/bin/env bash
# End to end: `bouncedoc scan` over the corpus copied 5 and 50 times, timed as a whole process (JVM start
# included), as `java -jar` and through the launcher `bin/bouncedoc`, beside Sisimai over the same files.
# Run from the project root after `mvn -B -q package -DskipTests`. Needs ../shared/corpus and, for the
# comparison, Sisimai (Perl): `perl -MSisimai` as installed, else PERL5LIB as set, else the Debian package
# libsisimai-perl unpacked without root into ~/.cache/bouncedoc-bench (apt-get download + dpkg-deb -x).
#
# Environment: RUNS (runs per command, default 5), COPIES (default "5 50"), JAVA_HOME (the JVM for both
# bouncedoc commands). Each line gives the wall time, and the CPU time of the process (user + system), which
# a busy machine disturbs much less; the load average is printed before each size.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/sisimai/maildir/bsd
[ -d "$corpus" ] || { echo "the corpus is absent: $corpus" >&2; exit 1; }
runs=${RUNS:-5}
copies=${COPIES:-5 50}
java=java
if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; fi
work=$(mktemp -d)
empty=$(mktemp -d)
trap 'rm -rf "$work" "$empty"' EXIT

# Sisimai: installed, on PERL5LIB, or unpacked from Debian's package into a cache folder.
if ! perl -MSisimai -e 1 2>/dev/null; then
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/bouncedoc-bench
  if [ ! -d "$cache/usr/share/perl5/Class/Accessor" ] && command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null; then
    # Sisimai and the two Perl modules it needs that a bare Perl lacks
    mkdir -p "$cache"
    (cd "$cache" && apt-get download libsisimai-perl libclass-accessor-lite-perl libjson-perl >/dev/null 2>&1 \
      && for deb in ./*.deb; do dpkg-deb -x "$deb" .; done) || true
  fi
  [ -d "$cache/usr/share/perl5/Sisimai" ] && export PERL5LIB="$cache/usr/share/perl5${PERL5LIB:+:$PERL5LIB}"
fi
sisimai=false
perl -MSisimai -e 1 2>/dev/null && sisimai=true

timed() { # label, command...: wall and CPU time of each run
  local label=$1; shift
  for r in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" > "$work/out.txt"
    read -r wall user sys < "$work/time.txt"
    printf '%-28s run %d: %6.2f s wall, %6.2f s CPU (%s lines of output)\n' "$label" "$r" "$wall" \
      "$(echo "$user + $sys" | bc)" "$(wc -l < "$work/out.txt")"
  done
}

# bin/bouncedoc trains its archive in the background on first use: train it once and wait for it.
BOUNCEDOC_JAR=$PWD/target/bouncedoc-cli.jar bin/bouncedoc scan --format jsonl "$empty" > /dev/null
for _ in $(seq 300); do
  ls target/bouncedoc-cli-java*.lock > /dev/null 2>&1 || break
  sleep 1
done

echo "$($java -version 2>&1 | head -1); $(nproc) cores; $runs runs each"
for n in $copies; do
  rm -rf "$work/copies"; mkdir "$work/copies"
  for i in $(seq "$n"); do cp -r "$corpus" "$work/copies/copy$i"; done
  echo
  echo "x$n: $(find "$work/copies" -type f | wc -l) messages, $(du -sh "$work/copies" | cut -f1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
  timed "java -jar scan" "$java" -jar target/bouncedoc-cli.jar scan --format jsonl "$work/copies"
  timed "bin/bouncedoc scan" env BOUNCEDOC_JAR="$PWD/target/bouncedoc-cli.jar" bin/bouncedoc scan --format jsonl "$work/copies"
  if [ "$n" = "$(echo "$copies" | cut -d' ' -f1)" ]; then # the fixed cost, once
    timed "java -jar (empty folder)" "$java" -jar target/bouncedoc-cli.jar scan --format jsonl "$empty"
    timed "bin/bouncedoc (empty folder)" env BOUNCEDOC_JAR="$PWD/target/bouncedoc-cli.jar" bin/bouncedoc scan --format jsonl "$empty"
  fi
  if $sisimai; then
    timed "sisimai" perl -MSisimai -e 'my $n = 0; for my $d (@ARGV) { my $v = Sisimai->make($d); $n += scalar(@$v) if $v } print "$n\n"' "$work"/copies/copy*
  fi
done
echo
if $sisimai; then
  echo "Sisimai $(perl -MSisimai -e 'print $Sisimai::VERSION')"
else
  echo "Sisimai is not available (apt-get install libsisimai-perl, or PERL5LIB): bouncedoc's figures only"
fi
