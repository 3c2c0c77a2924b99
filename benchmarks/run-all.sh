#!/usr/bin/env bash
# Every benchmark, recorded: builds the library and the benchmarks, notes the machine, runs every JMH
# benchmark with the allocation profiler into results/DATE.json, then the end-to-end comparison into
# results/DATE-end-to-end.txt. About 20 minutes on the project's 2-core machine. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
day=$(date -u +%Y-%m-%d)
out=benchmarks/results
mvn -B -q install -DskipTests
mvn -B -q -f benchmarks/pom.xml package
mvn -B -q package -DskipTests
{
  echo "date: $(date -u +%FT%TZ)"
  echo "jdk: $(java -version 2>&1 | tr '\n' ' ')"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; memory: $(free -g | awk '/Mem:/ {print $2}') GB"
  echo "kernel: $(uname -r); load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)')"
} > "$out/$day-machine.txt"
java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff "$out/$day.json"
# whole messages again with Jakarta Mail's StreamProvider named, as the command line does (README, "Whole messages")
java -jar benchmarks/target/benchmarks.jar MessageBenchmark -prof gc -rf json -rff "$out/$day-message-streamprovider.json" \
  -jvmArgsAppend -Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider
benchmarks/end-to-end.sh | tee "$out/$day-end-to-end.txt"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/$day-machine.txt"
