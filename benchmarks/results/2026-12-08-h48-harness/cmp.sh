#!/bin/bash
# cmp.sh ROUNDS INPUT "label|opts" ...: alternates variants of before/bin/bouncedoc scan --format jsonl INPUT
# opts go to BOUNCEDOC_JAVA_OPTS; a label starting with 25 uses temurin 25; LAUNCHER env picks another launcher
rounds=$1; input=$2; shift 2
L=${LAUNCHER:-/tmp/h48/before/bin/bouncedoc}
for r in $(seq $rounds); do
  for v in "$@"; do
    IFS="|" read -r label opts args <<<"$v"
    jh=/usr/lib/jvm/java-17-openjdk-amd64
    case $label in 25*) jh=/usr/lib/jvm/temurin-25-jdk-amd64;; esac
    JAVA_HOME=$jh BOUNCEDOC_JAVA_OPTS="$opts" /usr/bin/time -f '%e %U %S' -o /tmp/h48/t.txt $L scan --format jsonl $args $input > /tmp/h48/o.txt
    read w u s < /tmp/h48/t.txt
    printf '%-22s r%d wall %5.2f cpu %5.2f (u %s s %s) lines %s load %s\n' "$label" $r $w $(echo "$u+$s"|bc) $u $s $(wc -l </tmp/h48/o.txt) "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
