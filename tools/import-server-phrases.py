#!/usr/bin/env python3
"""Brings the rows of shared/reference/server-phrases.tsv (Sisimai's reason phrases) into catalog/delivery.yaml.

    python3 tools/import-server-phrases.py ../shared/reference/server-phrases.tsv [--report]

Every row is mapped onto the catalog format as catalog/README.md ("The server-phrases table") says:
`substring` -> a phrase, `ordered` -> an ordered group, `not` -> a `not` on the rule it concerns, a scoped
row -> a phrase when its wording means the same from any MTA. A row whose wording the catalog already has
(in any entry, as a phrase) counts as brought in and is not added again, so running the script twice adds
nothing. The judgements (what is too generic, which scoped rows are kept, which rows are fixed up) are the
tables below, each with its reason, so that they can be reviewed and changed. --report prints, per
outcome, the rows and why, without writing anything.
"""
import csv
import json
import sys
import unicodedata
from collections import defaultdict, OrderedDict

import yaml

CATALOG = 'catalog'
TARGET = 'catalog/delivery.yaml'
CITATION = "Sisimai's reason phrases, shared/reference/server-phrases.tsv (lib/Sisimai/ {})"

# Rows left out although their scope is `any`: the wording is too generic to be safe, or also occurs in
# text that is not a failure, or in a mail program's own error (where it would take a pasted client text).
GENERIC = {
    'go away': 'two words that say nothing of the reason',
    'bounced address': 'also in any bounce notice',
    'command failed:': 'also in mail programs\' own errors',
    'size limit': 'also in EHLO SIZE answers and in notices that are not failures',
    'as a relay': 'too short: "not used as a relay", "acting as a relay"',
    ' - spam': 'a dash and a word: also in subject tags and policy names',
    'spam check': 'also in "passed spam check" headers of delivered mail',
    'spam email': 'also in "this is not spam email" and notices',
    'spam blocked': 'also in quarantine digests of delivered mail ("3 spam blocked")',
    'spam refused': 'two words, also in policy texts of mail that was delivered',
    'spam rejection': 'two words, also in policy texts ("spam rejection rate")',
    'probable spam': 'also in the subject tags of delivered mail',
    'host unreachable': 'a network condition (ICMP), and the words of a mail program\'s own connection errors',
    'spam score': 'also in the X-Spam-Score header of delivered mail (the catalog has it as a hint of notice.spam-tagged)',
    'transaction failed ': 'the standard text of reply 554 (RFC 5321 §4.2.3): it names no reason',
    'invalid address': 'does not say whose address: sender or recipient',
    'verification failure': 'sender verification, DKIM verification, certificate verification...',
    'does not exist.': '"domain does not exist." is hostunknown: too generic',
    'not email addresses': 'a fragment without a subject',
    'sorry, that domain isn\'t in my list of allowed rcpthosts': 'qmail\'s refusal to relay: the catalog has it as client.smtp-auth-required (pasted) and norelaying; Sisimai\'s "blocked" would take the pasted text',
    'administrative prohibition': 'Exim\'s text for any ACL refusal: names no reason',
    'connection timed out': 'also a mail program\'s own error (a hint of client.cannot-connect); added as a hint',
    'connection reset by peer': 'also a mail program\'s own error (a hint of client.connection-dropped); added as a hint',
    'unknown host': 'also a mail program\'s own error (a hint of client.server-not-found); added as a hint',
}
# Of GENERIC, the ones that come in as a `hint`: they decide a bounce's text when nothing stronger is
# there, and lose to the mail program's own entry in a pasted text (same weight, earlier file).
AS_HINT = {'connection timed out', 'connection reset by peer', 'unknown host'}

# Rows left out because a mail program shows the same words for its own outgoing server (or its own
# connection): the client entry has a shorter wording of them, so the longer delivery phrase would win a
# pasted text (catalog/README.md, "Bounce context"). In a bounce the delivery entries' own, shorter
# wordings still decide.
CLIENT_WORDS = {
    'client was not authenticated to send anonymous mail during mail from': 'client.smtp-auth-required',
    'connection refused by': 'client.cannot-connect (and the corpus labels it blocked once, expired once)',
    'mail from not owned by user': 'client.sender-address-rejected',
    'mail server requires authentication when attempting to send to a non-local e-mail address': 'client.smtp-auth-required',
    'message timed out': 'client.timeout',
    'not allowed to relay through this machine': 'client.smtp-auth-required',
    'open relay not allowed': 'client.smtp-auth-required',
    'relaying denied for': 'client.smtp-auth-required',
    "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts": 'client.smtp-auth-required',
    'starttls may not be repeated': 'client.starttls-required',
    'temporary server error. please try again later attr18': 'client.server-side-error',
    'temporary server error. please try again later. prx4 nexthop:': 'client.server-side-error',
    "that domain or user isn't in my list of allowed rcpthosts": 'client.smtp-auth-required',
    'timeout - closing connection': 'client.timeout',
    'timeout waiting for input': 'client.timeout',
    'you are not authorized to send mail, authentication is required': 'client.smtp-auth-required',
}
# Rows left out whatever their scope: the table gives the same words another reason in another row, or
# the catalog already reads them more precisely.
CONFLICTING = {
    'requested mail action aborted: exceeded storage allocation': 'the standard text of reply 552 (RFC 5321 §4.2.3): systemfull in the table, mostly a full mailbox in practice; the catalog keeps mailboxfull',
    'service unavailable. client blocked from sending from unregistered domains': 'provider.microsoft-unregistered-domain reads it more precisely',
    'has been temporarily rate limited due to ip reputation': 'provider.microsoft-ip-reputation-deferred reads it more precisely',
    'routing loop detected -- too many received: headers': 'contenterror in the table; the catalog keeps it a loop (delivery.mail-loop)',
    'domain does not exist:': 'Blocked.pm; alone the words read as a missing domain (hostunknown)',
    'name server: .: host not found': 'sendmail writes it after "Host unknown": the catalog keeps hostunknown (and client.server-not-found in a pasted text)',
    "sorry, i couldn't find a mail exchanger or ip address": 'qmail\'s text is notaccept for the qmail row and networkerror for the X4 row; the catalog keeps delivery.unroutable',
    'no matches to nameserver query': 'Blocked.pm in the table, UserUnknown.pm in Sisimai 4.25: phquery\'s words when a university\'s directory finds no one by the name given; the catalog keeps userunknown',
    'mailbox … unavailable or access denied': 'userunknown; the table gives the same words, without a gap, to suspend ("mailbox unavailable or access denied"), which the catalog keeps',
}
# Rows that go to another entry of the same reason than the default one, being more specific.
ENTRY = {
    'storedrv.submit; invalid recipient address': 'delivery.invalid-address',
}
# Rows that come in with a `not` of their own: the same reply names a second problem whose wording is the
# more precise reason (Sisimai decides by the order in which it tries its reasons; the catalog says why).
NOT_WITH = {
    # "... without a valid sender domain. Fix reverse DNS for 192.0.2.1": the fix asked for is the PTR record
    'connections not accepted from servers without a valid sender domain': ['fix reverse dns'],
    # sendmail's "can't create user output file" followed by a delivery program's output: the program failed
    "can't create user output file": ['command output:'],
}

# Rows that come in as a `hint` because alone they only suggest the reason; `not` rows rule them out.
HINTS = {'address rejected'}

# Rows whose `ordered` parts straddle a sentence end (catalog/README.md, "Sentences"), fixed up or left out.
FIXED = {
    'sorry! your ip address … is blocked by rbl': ('ordered', ['your ip address', 'is blocked by rbl']),
    'adresse d au moins un destinataire invalide. invalid recipient. … 416':
        ('phrase', ['adresse d au moins un destinataire invalide']),
    'adresse d au moins un destinataire invalide. invalid recipient. … 418':
        ('phrase', ['adresse d au moins un destinataire invalide']),
}
STRADDLING = {
    ' is not allowed to send mail. … _401': 'the code follows the sentence, and "is not allowed to send mail" alone is the blocked row\'s wording',
    'veuillez essayer plus tard. service refused, please try later.  … 103': 'Orange/La Poste: the code after the sentence decides; provider.orange-* entries read these codes',
    'veuillez essayer plus tard. service refused, please try later.  … 510': 'Orange/La Poste: as above',
    'mail rejete. mail rejected. … 506': 'Orange: as above (provider.orange-mail-rejected)',
    '< … >... blocked by ': 'sendmail\'s "... blocked by": the dots end a sentence, and "blocked by" alone is generic',
}

# Scoped rows: kept as a phrase when the wording means the same from any MTA. A scoped row's text is its
# phrase, or, for an `ordered` row, its parts without the reply and status codes (Sisimai's provider
# tables pair a code with a text; the codes are matched by the catalog's status rules already).
SCOPED_OUT = {
    'no action is required on your part': 'Mail.ru\'s delay notice; also in notices that are not failures',
    ' will be permanently deferred': 'Yahoo: a fragment of its deferral text',
    ' is no longer valid.': 'Yahoo: "... is no longer valid." also of certificates and links',
    'requested action not taken: mailbox unavailable': 'the standard text of reply 550 (RFC 5321 §4.2.3): userunknown at Outlook.com, filtered elsewhere',
    'mailbox unavailable or access denined': 'Tencent: rate limiting in its code table, a missing mailbox in anyone else\'s words',
    'mail delivery failed... user unknown': 'BIGLOBE\'s "User unknown" is its recipient filter (provider.biglobe-user-unknown)',
    '550 : user unknown': 'au\'s "user unknown" is its recipient filter (provider.au-*)',
    'invalid domain name': 'blocked at Microsoft (5.5.4), hostunknown at OpenSMTPD: the wording alone does not decide',
    'service not active': 'Microsoft 4.3.2 only',
    'is not a valid rfc 5321 address': 'Gmail says it of the sender (5.1.7, notcompliantrfc) and of the recipient (5.1.3, userunknown): the code decides',
    'restrictdomainstoipaddresses or restrictdomainstocertificate': 'Microsoft 5.7.51: the catalog reads it as provider.microsoft-relay-denied (a connector mismatch), not a blocklist',
    'smtpsend.dns.nonexistentdomain; nonexistent domain': 'Microsoft: the domain does not exist, which the catalog keeps as hostunknown (delivery.host-unknown)',
    'access denied, message must be rfc 5322 section 3.6.2 compliant': 'Microsoft 5.7.512: a missing or bad From header, which the catalog keeps as notcompliantrfc',
    'type=mx: malformed or unexpected name server reply': 'AOL: a broken DNS answer, which the catalog keeps as networkerror',
    'requested action aborted: try again later': 'Cox: all but the standard text of reply 451 (RFC 5321 §4.2.3)',
    'disk quota exceeded': 'qmail\'s recipient quota, but also a mail program\'s own quota error (client.own-mailbox-over-quota)',
}


def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = s.replace('\u2018', "'").replace('\u2019', "'").replace('\u201c', '"').replace('\u201d', '"')
    return ' '.join(s.split())


GENERIC = {norm(k): v for k, v in GENERIC.items()}
SCOPED_OUT = {norm(k): v for k, v in SCOPED_OUT.items()}
FIXED = {norm(k): v for k, v in FIXED.items()}
STRADDLING = {norm(k): v for k, v in STRADDLING.items()}
CONFLICTING = {norm(k): v for k, v in CONFLICTING.items()}
CLIENT_WORDS = {norm(k): v for k, v in CLIENT_WORDS.items()}
NOT_WITH = {norm(k): v for k, v in NOT_WITH.items()}
DANE = ('tlsa-invalid', 'dnssec-invalid', 'certificate-host-mismatch', 'certificate-expired')


def is_code(part):
    p = part.strip().rstrip('.')
    return p != '' and all(c.isdigit() or c in '.xX' for c in p)


def inner_sentence_end(p):
    return any(c == '。' or (c in '.!?' and p[i + 1] == ' ') for i, c in enumerate(p[:-1]))


def entry_for(reason, text):
    t = norm(text)
    if reason == 'authfailure':
        spf, dkim, dmarc = 'spf' in t or 'sender policy framework' in t, 'dkim' in t, 'dmarc' in t
        if dmarc:
            return 'delivery.dmarc-failed'
        if spf and not dkim:
            return 'delivery.spf-failed'
        if dkim and not spf:
            return 'delivery.dkim-failed'
        return 'delivery.auth-failure'
    if reason == 'networkerror':
        return 'delivery.mail-loop' if 'loop' in t or 'hop' in t else 'delivery.network-error'
    if reason == 'toomanyconn':
        return 'delivery.too-many-recipients' if 'recipient' in t else 'delivery.too-many-connections'
    if reason == 'systemerror':
        if any(w in t for w in ('unavailable', 'not available', 'busy', 'temporar')):
            return 'delivery.service-unavailable'
        return 'delivery.system-error'
    if reason == 'notaccept':
        return 'delivery.system-not-accepting' if 'not accepting' in t else 'delivery.null-mx'
    if reason == 'rejected':
        if any(w in t for w in ("list of senders", 'pre-approved', 'allowed-senders', 'not authenticated for')):
            return 'delivery.sender-not-allowed'
        return 'delivery.sender-rejected'
    if reason == 'blocked' and 'greylist' in t:
        return 'delivery.greylisted'
    return {
        'userunknown': 'delivery.user-unknown', 'hostunknown': 'delivery.host-unknown',
        'hasmoved': 'delivery.has-moved', 'suspend': 'delivery.suspended', 'filtered': 'delivery.filtered',
        'mailboxfull': 'delivery.mailbox-full', 'mesgtoobig': 'delivery.message-too-large',
        'exceedlimit': 'delivery.exceed-limit', 'norelaying': 'delivery.relay-denied',
        'blocked': 'delivery.blocked', 'badreputation': 'delivery.bad-reputation',
        'spamdetected': 'delivery.spam-detected', 'spandetected': 'delivery.spam-detected',
        'policyviolation': 'delivery.policy-violation', 'virusdetected': 'delivery.virus-detected',
        'contenterror': 'delivery.content-error', 'requireptr': 'delivery.require-ptr',
        'notcompliantrfc': 'delivery.not-compliant-rfc', 'speeding': 'delivery.rate-limited',
        'expired': 'delivery.expired', 'systemfull': 'delivery.system-full',
        'securityerror': 'delivery.security-error', 'syntaxerror': 'delivery.syntax-error',
        'mailererror': 'delivery.mailer-error',
    }.get(reason)


def existing_phrases():
    manifest = yaml.safe_load(open(f'{CATALOG}/catalog.yaml', encoding='utf-8'))
    found = defaultdict(list)
    for name in manifest['files']:
        for e in yaml.safe_load(open(f'{CATALOG}/{name}', encoding='utf-8'))['entries']:
            for rule in e.get('match') or []:
                for cond, values in rule.items():
                    if cond in ('phrase', 'hint'):
                        for v in values:
                            found[norm(v)].append((e['id'], e.get('reason'), e['kind'], cond))
                    elif cond == 'ordered':
                        found['ordered:' + ' … '.join(norm(v) for v in values)].append((e['id'], e.get('reason'), e['kind'], cond))
    return found


def plan(tsv):
    """Per row: (outcome, entry, condition, values, note)."""
    have = existing_phrases()
    added = set()
    out = []
    with open(tsv, encoding='utf-8') as f:
        reader = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
        next(reader)
        for line, (reason, match, phrase, scope, source) in enumerate(reader, start=2):
            row = dict(line=line, reason=reason, match=match, phrase=phrase, scope=scope, source=source)
            out.append((row,) + decide(row, have, added))
    return out


def decide(row, have, added):
    reason, match, phrase, scope = row['reason'], row['match'], row['phrase'], row['scope']
    key = norm(phrase)
    if reason == 'onhold':
        return 'out', None, None, None, 'onhold is Sisimai\'s "not decided": no entry means it'
    if reason == 'vacation':
        return 'out', None, None, None, 'an automatic reply, not a failure: notice.auto-reply (not a delivery entry)'
    if key in CONFLICTING:
        return 'conflict', None, None, None, CONFLICTING[key]
    if any(d in key for d in DANE):
        return 'conflict', None, None, None, 'Microsoft\'s DANE codes: failedstarttls in the catalog, provider.microsoft-dane-failed for 4/5.7.323'
    if match == 'not':
        return 'not', 'delivery.sender-rejected', 'not', [phrase.strip()], 'rules out the rule with "address rejected"'
    if match == 'ordered':
        if key in STRADDLING:
            return 'out', None, None, None, 'straddles a sentence end: ' + STRADDLING[key]
        if key in FIXED:
            cond, values = FIXED[key]
        else:
            parts = [p.strip() for p in phrase.split('…') if p.strip()]
            if scope != 'any':
                parts = [p for p in parts if not is_code(p)]
            cond, values = ('ordered', parts) if len(parts) > 1 else ('phrase', parts)
    else:
        cond, values = 'phrase', [phrase.strip()]
    text = ' '.join(values)
    entry = ENTRY.get(norm(text)) or entry_for(reason, text)
    if cond == 'phrase':
        k = norm(values[0])
        if k in CONFLICTING:
            return 'conflict', None, None, None, CONFLICTING[k]
        if k in CLIENT_WORDS:
            return 'out', None, None, None, 'a mail program\'s words for its own server: would take a pasted text from ' + CLIENT_WORDS[k]
        if k in GENERIC and k not in AS_HINT:
            return 'out', None, None, None, 'too generic: ' + GENERIC[k]
        if scope != 'any':
            if k in SCOPED_OUT:
                return 'out', None, None, None, f'scoped ({scope}): ' + SCOPED_OUT[k]
            japanese = any('\u3040' <= c <= '\u9fff' for c in k)
            if (len(k) < 8) if japanese else (len(k.split()) < 3 or len(k) < 15):
                if k in have:
                    return 'present', have[k][0][0], None, None, f'scoped ({scope}), already in the catalog'
                return 'out', None, None, None, f'scoped ({scope}): too short to mean the same from any MTA'
        if k in have:
            owners = have[k]
            same = [o for o in owners if o[0] == entry or entry_for(o[1] or '', k) == entry or o[1] == reason
                    or (reason == 'spandetected' and o[1] == 'spamdetected')]
            delivery_owners = [o for o in owners if o[2] != 'client']
            if same or delivery_owners:
                where = (same or delivery_owners)[0]
                note = 'already in the catalog' if same else f'already in {where[0]} ({where[1]}): the catalog keeps its entry'
                return ('present' if same else 'conflict'), where[0], None, None, note
            # only in client entries: a bounce's text is matched without them (catalog/README.md, "Bounce context")
            kind = 'hint' if all(o[3] == 'hint' for o in owners) else 'phrase'
            if (entry, kind, k) in added:
                return 'present', entry, None, None, 'a second row with the same wording'
            added.add((entry, kind, k))
            return 'add', entry, kind, values, f'also in {owners[0][0]} ({owners[0][3]}): shared, ties go to the client entry in a pasted text'
        if k in AS_HINT:
            added.add((entry, 'hint', k))
            return 'add', entry, 'hint', values, GENERIC[k]
        if k in HINTS:
            added.add((entry, 'hint', k))
            return 'add', entry, 'hint+not', values, 'alone it does not say whose address; the `not` rows rule it out'
        if (entry, 'phrase', k) in added:
            return 'present', entry, None, None, 'a second row with the same wording'
        if k in NOT_WITH:
            added.add((entry, 'phrase', k))
            return 'add', entry, 'phrase+not', values, 'with not: ' + ', '.join(NOT_WITH[k])
        other = [a for a in added if a[2] == k]
        if other:
            return 'conflict', other[0][0], None, None, f'the table also gives it to {other[0][0]}, which keeps it'
        added.add((entry, 'phrase', k))
        return 'add', entry, 'phrase', values, ''
    k = 'ordered:' + ' … '.join(norm(v) for v in values)
    if k in have or (entry, 'ordered', k) in added:
        return 'present', entry, None, None, 'already in the catalog'
    added.add((entry, 'ordered', k))
    return 'add', entry, 'ordered', values, ''


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write(decisions):
    lines = open(TARGET, encoding='utf-8').read().split('\n')
    by_entry = OrderedDict()
    sources = defaultdict(set)
    nots = []
    for row, outcome, entry, cond, values, note in decisions:
        if outcome == 'add':
            by_entry.setdefault(entry, []).append((cond, values))
            sources[entry].add(row['source'])
        elif outcome == 'not':
            nots.extend(values)
            sources[entry].add(row['source'])
    blocks = {}
    for entry, rules in by_entry.items():
        phrases = [v[0] for c, v in rules if c == 'phrase']
        hints = [v[0] for c, v in rules if c == 'hint']
        out = ["      # Sisimai's reason phrases (shared/reference/server-phrases.tsv, catalog/README.md)"]
        if phrases:
            out.append('      - phrase:')
            out.extend(f'          - {q(p)}' for p in phrases)
        for c, v in rules:
            if c == 'hint+not':  # the `not` rows of Rejected.pm concern its "address rejected" row
                out.append(f'      - {{hint: [{q(v[0])}], not: [{", ".join(q(n) for n in nots)}]}}')
            if c == 'phrase+not':
                out.append(f'      - {{phrase: [{q(v[0])}], not: [{", ".join(q(n) for n in NOT_WITH[norm(v[0])])}]}}')
        for h in hints:
            out.append(f'      - hint: [{q(h)}]')
        for c, v in rules:
            if c == 'ordered':
                out.append(f'      - ordered: [{", ".join(q(p) for p in v)}]')
        blocks[entry] = out
    result = []
    current = None
    in_refs = False
    for i, line in enumerate(lines):
        if line.startswith('  - id: '):
            current = line[len('  - id: '):].strip()
        if current in blocks and line == '    texts:':
            result.extend(blocks[current])
        if current in sources and line == '    references:':
            in_refs = True
        elif in_refs and not line.startswith('      - '):
            cited = ', '.join(sorted(s.replace('lib/Sisimai/', '') for s in sources[current]))
            result.append('      - ' + q(CITATION.format(cited)))
            in_refs = False
        result.append(line)
    missing = set(blocks) - {l[len('  - id: '):].strip() for l in lines if l.startswith('  - id: ')}
    if missing:
        sys.exit(f'no such entries in {TARGET}: {sorted(missing)}')
    open(TARGET, 'w', encoding='utf-8').write('\n'.join(result))


def main():
    tsv = sys.argv[1]
    decisions = plan(tsv)
    if '--report' in sys.argv:
        counts = defaultdict(int)
        for row, outcome, entry, cond, values, note in decisions:
            scoped = 'scoped' if row['scope'] != 'any' else 'any'
            counts[(outcome, scoped)] += 1
            print(f"{outcome:8} {row['line']:5} {row['reason']:15} {row['scope']:12} {row['phrase']!r} -> {entry} {cond} {note}")
        for k in sorted(counts):
            print(k, counts[k], file=sys.stderr)
        return
    write(decisions)


if __name__ == '__main__':
    main()
