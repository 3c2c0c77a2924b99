#!/bin/sh
# explain's first answer, whole process, before and after branch h38, alternated in one hyperfine run.
# before: /tmp/h38/before.jar (the jar of 646c96b) with that commit's launcher
#         (git show 646c96b:bin/bouncedoc > /tmp/h38/bouncedoc.old; chmod +x /tmp/h38/bouncedoc.old);
# after:  /tmp/h38/after.jar (this branch's jar) with this branch's bin/bouncedoc.
# Each launcher was run once beforehand and its background training left to finish, so that the timed
# runs use the archive. Argument: the round number (the JSON goes to /tmp/h38/hf-explain-ROUND.json).
T='554 5.7.1 Relay access denied'
OLD="env BOUNCEDOC_JAR=/tmp/h38/before.jar /tmp/h38/bouncedoc.old"
NEW="env BOUNCEDOC_JAR=/tmp/h38/after.jar bin/bouncedoc"
R=${1:-1}
uptime
hyperfine -N -w 3 -r 30 --export-json /tmp/h38/hf-explain-$R.json "$OLD explain '$T'" "$NEW explain '$T'" \
  "$OLD explain --format json '$T'" "$NEW explain --format json '$T'" \
  "$OLD catalog show delivery.user-unknown" "$NEW catalog show delivery.user-unknown"
uptime
