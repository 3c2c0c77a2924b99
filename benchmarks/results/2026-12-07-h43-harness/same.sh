#!/bin/sh
# same.sh: scan --format jsonl and the text output over /work/shared/corpus and the test formats with the before and after jars; cmp.
for v in before after; do
  java -XX:TieredStopAtLevel=1 -jar /tmp/h43/$v.jar scan --format jsonl --lang en /work/shared/corpus > /tmp/h43/same-$v.jsonl 2>/tmp/h43/same-$v.err; echo "$v jsonl exit $?"
  java -XX:TieredStopAtLevel=1 -jar /tmp/h43/$v.jar scan --lang en /work/shared/corpus > /tmp/h43/same-en-$v.txt 2>&1; java -XX:TieredStopAtLevel=1 -jar /tmp/h43/$v.jar scan --lang ja /work/shared/corpus /work/wt/h43/src/test/resources/formats > /tmp/h43/same-$v.txt 2>>/tmp/h43/same-$v.err; echo "$v text exit $?"
done
wc -l /tmp/h43/same-*.jsonl /tmp/h43/same-*.txt
cmp /tmp/h43/same-before.jsonl /tmp/h43/same-after.jsonl && echo jsonl identical
cmp /tmp/h43/same-before.txt /tmp/h43/same-after.txt && echo text identical
cmp /tmp/h43/same-before.err /tmp/h43/same-after.err && echo stderr identical
cmp /tmp/h43/same-en-before.txt /tmp/h43/same-en-after.txt && echo en text identical
