#!/bin/bash
# cmd.sh ROUNDS "label|command line" ...: alternates whole commands (word-split), prints wall and CPU
rounds=$1; shift
for r in $(seq $rounds); do
  for v in "$@"; do
    label=${v%%|*}; c=${v#*|}
    /usr/bin/time -f '%e %U %S' -o /tmp/h48/t.txt $c > /tmp/h48/o.txt 2>/tmp/h48/e.txt
    read w u s < /tmp/h48/t.txt
    printf '%-22s r%d wall %5.2f cpu %5.2f (u %s s %s) lines %s load %s\n' "$label" $r $w $(echo "$u+$s"|bc) $u $s $(wc -l </tmp/h48/o.txt) "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
