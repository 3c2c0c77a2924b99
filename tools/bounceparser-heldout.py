#!/usr/bin/env python3
"""Held-out check on a second collection of bounces from another project: the Perl module
Mail::DeliveryStatus::BounceParser ships ~125 sample messages (t/corpus/) with tests that say what each
one is. Debian's source package libmail-deliverystatus-bounceparser-perl (1.543+repacked) still has them.
Not part of CI.

    mvn -B -q -o package -DskipTests && python3 tools/bounceparser-heldout.py [-v] [--src DIR]

Fetches the source package's .dsc and upstream tarball from the Debian archive named in this machine's
apt sources (or reads an unpacked distribution given with --src), and reads the expected answers by
running the distribution's own tests with a stand-in t/TestBounceParser.pm whose check_report() prints
its expectations instead of testing them (needs perl; JSON::PP is in perl's core). The few tests that do
not call check_report (postfix.t, warnings.t, orig-message.t) are transcribed in EXTRA below.

Scores, per file and per expected address:
- is-bounce: the tests' is_bounce against ours (a message is a bounce for us when a recipient's kind is
  "failure"; delays, automatic replies and complaints are not, as in BounceParser's own sense);
- recipients: the tests' addresses found among our recipients of that message (and extras);
- reply code / status: the tests' smtp_code / Status against ours, where the test states one;
- reason and hard/soft: the tests' std_reason mapped onto Sisimai reasons (REASONS below) and onto
  hard/soft (user_unknown and domain_error hard, the others soft); a relay refusal that BounceParser calls
  domain_error is counted apart (Sisimai calls it norelaying, soft), see REASONS.
With -v every miss is listed.

Branch h61 (8 Dec 2026, at bee4537 and after): is-bounce 122/125, recipients 42/42, status 1/1, reason
89/96, hard/soft 85/91. The three is-bounce misses are BounceParser's convention, not ours to copy:
- spam-with-image.msg and spam-bogus-email-in-report.msg are spam sent to the bounce address (the tests'
  own comments call them "a non-bounce spam message"); the tests assert is_bounce 1 only because
  BounceParser calls every message a bounce unless one of its non-bounce patterns matches. Ours: not a
  bounce.
- whitelist.msg is a Postfix DSN, Action: failed, 550 at RCPT TO ("Your server requires confirmation.
  Visit ... to confirm this mail server"): the receiving server refused the message and Postfix returned
  it. BounceParser matches the sentence and calls it a challenge/response autoreply; nothing was held
  for confirmation (unlike boxbe-cr*, which we read as delays), so for the sender it is a failure.
  Sisimai 4.25 reads it as a bounce too.
The reason and hard/soft misses are all places where Sisimai 4.25 answers as we do: "[SUSPEND] Mailbox
currently suspended", "is a deactivated mailbox", Yahoo's "account has been disabled or discontinued"
(suspend, soft); "Malformed name server reply" (a DNS failure: networkerror, soft); "max message size
exceeded" (mesgtoobig, not over quota); "554 Rcpt <...> does not exist" after end of DATA (filtered).
"""
import glob, json, os, re, shutil, subprocess, sys, tempfile, urllib.request

PACKAGE = "libmail-deliverystatus-bounceparser-perl"

# std_reason -> Sisimai reasons that mean the same (BounceParser's classes are coarser than Sisimai's).
REASONS = {
    "user_unknown": {"userunknown", "hasmoved"},  # BounceParser has no class for a mailbox that moved (x.1.6, 551)
    "user_disabled": {"suspend", "userunknown"},
    "over_quota": {"mailboxfull"},
    "domain_error": {"hostunknown", "notaccept", "norelaying"},
    "spam": {"spamdetected", "blocked", "rejected", "policyviolation", "securityerror", "contenterror",
             "virusdetected", "filtered", "badreputation", "authfailure"},
    "message_too_large": {"mesgtoobig", "exceedlimit"},
}
HARD = {"user_unknown": True, "domain_error": True, "over_quota": False, "spam": False,
        "message_too_large": False}

# Expectations of the tests that do not go through check_report (transcribed from the .t files).
EXTRA = [
    {"file": "t/corpus/postfix.msg", "is_bounce": 1, "addresses": ["bounce@dest.example.com"]},     # postfix.t
    {"file": "t/corpus/postfix-orig.msg", "addresses": ["original@dest.example.com"]},              # postfix.t
    {"file": "t/corpus/warning-1.msg", "is_bounce": 1, "std_reason": "user_unknown"},               # warnings.t
    {"file": "t/corpus/warning-2.msg", "is_bounce": 1, "std_reason": "user_unknown"},
    {"file": "t/corpus/warning-3.msg", "is_bounce": 1, "std_reason": "user_unknown"},
    {"file": "t/corpus/warning-4.msg", "is_bounce": 1, "std_reason": "over_quota"},
    {"file": "t/corpus/warning-5.msg", "is_bounce": 1},
    {"file": "t/corpus/warning-6.msg", "is_bounce": 0},
    {"file": "t/corpus/warning-7.msg", "is_bounce": 1, "std_reason": "over_quota"},
    {"file": "t/corpus/warning-8.msg", "is_bounce": 0},  # "not a bounce - transient nonfatal error"
    {"file": "t/corpus/warning-9.msg", "is_bounce": 1},
    {"file": "t/corpus/aol.unknown.msg", "is_bounce": 1},                                          # orig-message.t
    {"file": "t/corpus/qmail.unknown.msg", "is_bounce": 1},
]

SHIM = r'''package TestBounceParser;
use strict; use warnings; use JSON::PP (); use Exporter 'import';
our @EXPORT = qw(readfile check_report);
sub readfile { my $fn = shift; open my $fh, '<', $fn or die $!; local $/; my $t = <$fh>; close $fh; return $t }
sub check_report { my ($f, %e) = @_; $e{file} = $f;
    print STDOUT "EXPECT " . JSON::PP->new->canonical->encode(\%e) . "\n"; return undef }
1;
'''


def archive_base():
    """The first Debian archive URI in this machine's apt sources (deb822 or one-line form)."""
    for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")) + ["/etc/apt/sources.list"]:
        if not os.path.exists(path):
            continue
        for line in open(path):
            line = line.strip()
            if line.startswith("URIs:") and "security" not in line:
                return line.split()[1].rstrip("/")
            if line.startswith("deb ") and "security" not in line:
                return [w for w in line.split() if "://" in w][0].rstrip("/")
    sys.exit("no Debian archive in the apt sources")


def fetch(work):
    show = subprocess.run(["apt-cache", "show", PACKAGE], capture_output=True, text=True, check=True).stdout
    version = re.search(r"^Version: (\S+)", show, re.M).group(1)
    pool = os.path.dirname(re.search(r"^Filename: (\S+)", show, re.M).group(1))
    base = archive_base() + "/" + pool + "/"
    dsc = urllib.request.urlopen(base + f"{PACKAGE}_{version}.dsc").read().decode()
    orig = re.search(r"^ [0-9a-f]{32} \d+ (\S+\.orig\.tar\.\w+)$", dsc, re.M).group(1)
    tarball = os.path.join(work, orig)
    with open(tarball, "wb") as out:
        out.write(urllib.request.urlopen(base + orig).read())
    subprocess.run(["tar", "xf", tarball, "-C", work], check=True)
    return [d for d in glob.glob(os.path.join(work, "*")) if os.path.isdir(d)][0]


def expectations(src, work):
    copy = os.path.join(work, "dist")
    shutil.copytree(src, copy)
    with open(os.path.join(copy, "t", "TestBounceParser.pm"), "w") as f:
        f.write(SHIM)
    rows = []
    for t in sorted(glob.glob(os.path.join(copy, "t", "*.t"))):
        out = subprocess.run(["perl", "-T", os.path.relpath(t, copy)], cwd=copy, capture_output=True, text=True).stdout
        rows += [json.loads(l[7:]) for l in out.splitlines() if l.startswith("EXPECT ")]
    merged = {}
    for row in rows + EXTRA:
        name = os.path.basename(row["file"])
        for k, v in row.items():
            if k != "file" and v not in (None, ""):
                merged.setdefault(name, {})[k] = v
    return {k: v for k, v in merged.items() if os.path.exists(os.path.join(src, "t", "corpus", k))}


def main():
    verbose = "-v" in sys.argv
    work = tempfile.mkdtemp(prefix="bounceparser-")
    src = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv else fetch(work)
    want = expectations(src, work)
    jar = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "bouncedoc-cli.jar")
    files = [os.path.join(src, "t", "corpus", k) for k in sorted(want)]
    out = subprocess.run(["java", "-jar", jar, "scan", "--format", "jsonl"] + files,
                         capture_output=True, text=True).stdout
    got = {}
    for line in out.splitlines():
        o = json.loads(line)
        got.setdefault(os.path.basename(o["source"].split("#")[0]), []).append(o)

    score = {k: [0, 0] for k in ("is-bounce", "recipients", "reply code", "status", "reason", "hard/soft")}
    extra, misses = 0, []

    def count(metric, ok, name, detail):
        score[metric][0] += ok
        score[metric][1] += 1
        if not ok:
            misses.append(f"  {metric:10} {name}: {detail}")

    for name, e in sorted(want.items()):
        recs = got.get(name, [])
        failed = [r for r in recs if r.get("kind") == "failure" and r.get("recipient")]
        kinds = sorted({r.get("kind") for r in recs})
        if "is_bounce" in e:
            count("is-bounce", bool(e["is_bounce"]) == any(r.get("kind") == "failure" for r in recs), name,
                  f"want {bool(e['is_bounce'])} got kinds {kinds}")
        if "addresses" in e:
            have = {r["recipient"].lower() for r in failed}
            for a in e["addresses"]:
                count("recipients", a.lower() in have, name, f"want {a} got {sorted(have)}")
            more = have - {a.lower() for a in e["addresses"]}
            extra += len(more)
            if more:
                misses.append(f"  extra      {name}: {sorted(more)}")
        # per-message answers are judged on the message's first failed recipient, as BounceParser's tests
        # judge its first report
        first = failed[0] if failed else {}
        if e.get("smtp_code") not in (None, "", 0):
            count("reply code", str(first.get("replyCode")) == str(e["smtp_code"]), name,
                  f"want {e['smtp_code']} got {first.get('replyCode')}")
        if e.get("status"):
            count("status", first.get("status") == e["status"], name, f"want {e['status']} got {first.get('status')}")
        reason = e.get("std_reason")
        if reason in REASONS:
            count("reason", first.get("reason") in REASONS[reason], name,
                  f"want {reason} got {first.get('reason')} ({first.get('id')}: {(first.get('diagnosticCode') or '')[:90]!r})")
        if reason in HARD and not (reason == "domain_error" and first.get("reason") == "norelaying"):
            count("hard/soft", first.get("hardBounce") is HARD[reason], name,
                  f"want {'hard' if HARD[reason] else 'soft'} ({reason}) got {first.get('hardBounce')} ({first.get('reason')})")

    for metric, (ok, n) in score.items():
        if n:
            print(f"{metric:10} {ok}/{n} ({100.0 * ok / n:.1f} %)")
    print(f"messages {len(want)}; extra addresses in failures {extra}")
    if verbose:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
