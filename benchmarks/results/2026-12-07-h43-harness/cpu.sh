#!/bin/sh
# VARIANTS="before after" cpu.sh ROUNDS CMD-ARGS... : for each round and variant (/tmp/h43/VARIANT/bin/bouncedoc beside VARIANT/target/bouncedoc-cli.jar), 10 runs each; prints the sum of user+sys per run (ms)
rounds=$1; shift
for r in $(seq 1 $rounds); do
  for v in $VARIANTS; do
    /usr/bin/time -f '%e %U %S' -o /tmp/h43/t.$v -a true
    : > /tmp/h43/t.$v
    for i in 1 2 3 4 5 6 7 8 9 10; do
      /usr/bin/time -f '%e %U %S' -a -o /tmp/h43/t.$v /tmp/h43/$v/bin/bouncedoc "$@" >/dev/null 2>&1
    done
    awk -v v=$v -v r=$r '{w+=$1; c+=$2+$3} END {printf "round %d %-6s wall %.0f ms  cpu %.0f ms (mean of %d)\n", r, v, w*1000/NR, c*1000/NR, NR}' /tmp/h43/t.$v
  done
done
