#!/usr/bin/env python3
"""Held-out check on bounces from another project: Debian's python3-flufl.bounce ships ~115 sample
bounces (GNU Mailman's bounce detector) with the addresses its tests expect. Not part of CI.

    mvn -B -q package -DskipTests && python3 tools/flufl-heldout.py

Downloads the .deb with apt-get (Debian's archive), scans each sample with the CLI, and prints how
many expected failed addresses bouncedoc finds, how many it adds, and how the bounce/not-bounce
verdicts compare (a sample with no expected address is taken as "not a bounce" by flufl's tests).

Branch h61 (8 Dec 2026, at bee4537 and after): found 128/131, verdicts 111/113. The two verdicts are
this script's reading, not flufl's: simple_42 (an Exim DSN, Gmail's 550 5.7.1 spam refusal, for
"david...@gmail.com") and simple_43 (a failure notice naming no recipient: "One or more of the recipients
are not a valid user") are bounces; flufl's tests expect no address because none is readable, not because
they are no bounces. The three addresses missed: yale_01 names only local parts ("userx"; flufl's Yale
detector adds yale.edu and cs.yale.edu itself), sendmail_01 fails zzzzz@shaft.coal.nl "(expanded from:
zzzzz@nfg.nl)" and we report the address the sender wrote (catalog/README.md), flufl both."""
import ast, glob, json, os, subprocess, sys, tempfile

work = tempfile.mkdtemp(prefix="flufl-")
subprocess.run(["apt-get", "download", "python3-flufl.bounce"], cwd=work, check=True, capture_output=True)
deb = glob.glob(os.path.join(work, "*.deb"))[0]
subprocess.run(["dpkg-deb", "-x", deb, os.path.join(work, "x")], check=True)
base = glob.glob(os.path.join(work, "x", "usr", "lib", "python3", "dist-packages", "flufl", "bounce"))[0]
src = open(os.path.join(base, "testing", "helpers.py")).read()
start = src.index("DATA = (")
depth, end = 0, start + len("DATA = ")
for end in range(start + len("DATA = "), len(src)):
    depth += {"(": 1, ")": -1}.get(src[end], 0) if src[end] in "()" else 0
    if depth == 0:
        break
data = ast.literal_eval(src[start + len("DATA = "):end + 1])
expected = {}
for row in data:
    expected.setdefault(row[1], set()).update(a.decode().lower() for a in row[2])
jar = os.path.join(os.path.dirname(__file__), "..", "target", "bouncedoc-cli.jar")
files = [os.path.join(base, "tests", "data", f) for f in sorted(expected)]
out = subprocess.run(["java", "-jar", jar, "scan", "--format", "jsonl"] + files, capture_output=True, text=True).stdout
found = {}
bounce = {}
for line in out.splitlines():
    o = json.loads(line)
    name = os.path.basename(o["source"].split("#")[0])
    bounce[name] = bounce.get(name, False) or bool(o.get("bounce"))
    if o.get("recipient"):
        found.setdefault(name, set()).add(o["recipient"].lower())
want_total = sum(len(v) for v in expected.values())
hit = sum(len(v & found.get(k, set())) for k, v in expected.items())
extra = sum(len(found.get(k, set()) - v) for k, v in expected.items() if v)
verdict_right = sum(1 for k, v in expected.items() if bool(v) == bounce.get(k, False))
print(f"samples {len(expected)}; expected addresses {want_total}; found {hit} ({100.0 * hit / want_total:.1f} %); "
      f"extra addresses in bounces {extra}")
print(f"bounce / not-bounce verdict right: {verdict_right}/{len(expected)} ({100.0 * verdict_right / len(expected):.1f} %)")
if "-v" in sys.argv:
    for k, v in sorted(expected.items()):
        f = found.get(k, set())
        if v != f or bool(v) != bounce.get(k, False):
            print(f"  {k}: want {sorted(v)} got {sorted(f)} bounce={bounce.get(k)}")
