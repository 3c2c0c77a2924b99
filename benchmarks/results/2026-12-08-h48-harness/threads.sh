#!/bin/bash
# threads.sh CMD...: runs CMD, samples /proc/PID/task/*/stat every 20 ms, prints CPU per thread name at the end
"$@" > /dev/null &
pid=$!
declare -A cpu name
while kill -0 $pid 2>/dev/null; do
  for t in /proc/$pid/task/*; do
    [ -r $t/stat ] || continue
    s=$(cat $t/stat 2>/dev/null) || continue
    tid=${t##*/}
    n=${s#*(}; n=${n%%)*}
    rest=${s##*) }
    set -- $rest
    cpu[$tid]=$(( ${12} + ${13} ))
    name[$tid]=$n
  done
  sleep 0.02
done
wait $pid
declare -A byname
for tid in "${!cpu[@]}"; do
  n=${name[$tid]}; n=${n// /_}
  case $n in C1_Comp*|C2_Comp*) n=${n%%Thre*};; GC_Thread*|G1_*) n=GC;; esac
  byname[$n]=$(( ${byname[$n]:-0} + ${cpu[$tid]} ))
done
for n in "${!byname[@]}"; do echo "$n ${byname[$n]}"; done | sort -k2 -nr | awk '{printf "%-28s %5d ms\n", $1, $2*10}'
