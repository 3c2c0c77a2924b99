#!/usr/bin/env python3
"""List the messages of a raw TSV (tools/mine-client-errors.sh) that no client-errors table has yet.

    python3 tools/list-untabled-messages.py /tmp/mine/raw.tsv [PACKAGE...] > /tmp/untabled.txt

A message counts as in a table when some row of src/test/resources/client-errors/*.tsv has its package and key.
Only messages whose English text has a word of the send / receive / sign-in / connection / TLS / certificate /
quota / local-disk vocabulary are listed (a coarse filter: UI labels and options pass it too, and are left out by
hand when the curation SPEC is written). Output: package | file | key | English | Japanese, one a line; the count
per package goes to standard error.
"""
import collections
import glob
import os
import re
import sys

TABLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'test', 'resources', 'client-errors')
WORDS = re.compile(r"(?i)(fail|error|unable|cannot|can't|could not|couldn|not support|refus|denied|timed? ?out|timeout|"
                   r"certificate|tls|ssl|starttls|authenticat|login|password|quota|disk|space|connect|host|network|"
                   r"unreach|resolv|lookup|not found|invalid|expired|reject|closed|lost|abort|broken|unexpected|"
                   r"too many|limit|exceed|full|permission|lock|uidl|apop|server)")


def main():
    used = set()
    for path in glob.glob(os.path.join(TABLES, '*.tsv')):
        for n, line in enumerate(open(path, encoding='utf-8')):
            if n:
                cols = line.rstrip('\n').split('\t')
                used.add((cols[3], cols[6]))
    wanted = set(sys.argv[2:])
    count = collections.Counter()
    for n, line in enumerate(open(sys.argv[1], encoding='utf-8')):
        if n == 0:
            continue
        pkg, _ver, file, key, en, ja = line.rstrip('\n').split('\t')
        if (wanted and pkg not in wanted) or (pkg, key) in used or len(en) < 8 or not WORDS.search(en):
            continue
        count[pkg] += 1
        print(pkg, file.split('/')[-1], key, en[:200], ja[:120], sep=' | ')
    for pkg, c in sorted(count.items()):
        print(f'{c:6d} {pkg}', file=sys.stderr)


if __name__ == '__main__':
    main()
