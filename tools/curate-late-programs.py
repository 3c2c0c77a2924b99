#!/usr/bin/env python3
"""Build src/test/resources/client-errors/late-programs.tsv from the raw TSV of mine-client-errors.sh --late.

    tools/mine-client-errors.sh --late /tmp/mine-late        # aerc (Debian 12), yapople (npm) -> /tmp/mine-late/raw.tsv
    python3 tools/curate-late-programs.py /tmp/mine-late/raw.tsv src/test/resources/client-errors/late-programs.tsv

The same method as the other curation scripts (the machinery is tools/curation.py): the SPEC is the hand
curation, each message with a help-desk expert's label, given from the message's meaning before the engine's
answer was looked at. The programs are ones that no other table has: the terminal mail program aerc (a Go
binary; its texts are found inside the runs of Go literals that `strings` gives, see blobs= in curation.py) and
the npm POP3 library yapople; in a second part the npm POP3 library poplib and the SMTP library smtp-client. English only (neither has translations). This table is a first look: no rule was
changed for it.

aerc's frames: its SMTP sender wraps each step's error with the step's name ("smtp.Dial: …", "conn.Auth: …",
"conn.Rcpt: …"; the names are literals of the binary), and the account view shows a worker's failure as
"[<account>] connection error: <error>". The errors inside are Go's own texts as Go prints them (net's
"dial tcp <address>: connect: connection refused", crypto/x509's "x509: certificate signed by unknown authority";
each Go text is in the binary) or a server's reply as go-smtp returns it (the reply's code and text); the host
names, addresses and the account name "Personal" are ours.

Left out (no fitting id, or not a mail error a user sees): aerc's "STARTTLS is supported by this server, but not
set in accounts.conf. Add smtp-starttls=yes" (advice, sending goes on), "Unsupported auth mechanism %s" and "no
password provided" (the user's accounts.conf), "idle mode hangs; waiting to reconnect" (a log line), go-imap's
server-side texts ("Please authenticate first", "Not authenticated"), Go's http2 texts; yapople's other errors
are the server's "-ERR" text passed on without a frame of its own; node-pop3 (0.11.0) was checked, its errors are
single words ("timeout", "close", "end", "no-socket"); poplib's "Invalid auth type" and "Unable to execute STLS as
TLS connection already established" and the "invalid-state" / "locked" events (the caller's mistakes); smtp-client's
SMTPResponseError, which is the server's reply text alone.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import GO, JS, PRINTF, Curation  # noqa: E402

RAW, OUT = sys.argv[1], sys.argv[2]
CUR = Curation([RAW], [('go', GO), ('printf', PRINTF), ('js', JS)], blobs=('aerc',))
E, V = CUR.E, CUR.V

AE, YA = 'aerc', 'yapople'
ACCOUNT = 'Personal'
IN_ADDR, OUT_ADDR = '192.0.2.10:993', '192.0.2.25:587'

# ---------------------------------------------------------------- aerc (English only)
E('client.starttls-not-offered', AE, 'STARTTLS requested, but not supported by this SMTP server. Is someone '
  'tampering with your connection?')
E('client.timeout', AE, 'checkmail: timed out')
E('client.timeout', AE, 'tcp connection timeout')
E('client.connection-dropped', AE, 'imap client not connected: attempt reconnect')
E('client.connection-dropped', AE, 'imap: connection closed during command execution')
E('client.connection-dropped', AE, 'disconnected while idling')
E('client.plaintext-auth-refused', AE, 'Login is disabled in current state')
E('client.oauth-failed', AE, 'OAUTHBEARER authentication error (%v)', 'invalid_token')
# the account view's frame around the IMAP worker's error (Go's net and crypto/x509 texts)
V(AE, '[%s] connection error: %v', (ACCOUNT, 'R'), [
    ('client.cannot-connect', f'dial tcp {IN_ADDR}: connect: connection refused'),
    ('client.server-not-found', 'dial tcp: lookup mail.example.jp: no such host'),
    ('client.timeout', f'dial tcp {IN_ADDR}: i/o timeout'),
    ('client.no-connection', f'dial tcp {IN_ADDR}: connect: network is unreachable'),
    ('client.certificate-error', 'x509: certificate signed by unknown authority'),
    ('client.certificate-expired', 'x509: certificate has expired or is not yet valid: current time '
                                   '2026-12-07T09:00:00+09:00 is after 2026-11-30T23:59:59Z'),
    ('client.connection-dropped', f'read tcp 192.0.2.1:50412->{IN_ADDR}: read: connection reset by peer'),
])
# the SMTP sender's step names before the step's error
E('client.cannot-connect', AE, 'smtp.Dial', then=(f'dial tcp {OUT_ADDR}: connect: connection refused', (), ': '))
E('client.smtp-auth-failed', AE, 'conn.Auth', then=('535 5.7.8 Authentication credentials invalid', (), ': '))

# ---------------------------------------------------------------- yapople (English only)
E('client.connection-dropped', YA, 'Not connected to the mail server.', lead='Error: ')

# ---------------------------------------------------------------- second part, labelled after the first part's
# score had been seen and before this part's: poplib and smtp-client (English only)
PO, SC = 'poplib', 'smtp-client'
# poplib hands its texts to the caller's event handlers (no Error frame)
E('client.encrypted-password-unsupported', PO, 'Server responded -ERR to AUTH CRAM-MD5')
E('client.login-failed', PO, 'Server responded -ERR to response')
E('client.tls-failed', PO, 'Unable to upgrade connection to STLS')
E('client.apop-not-offered', PO, 'APOP support not detected on remote server')
# smtp-client throws them as Errors
E('delivery.non-ascii-address', SC, 'Server does not support UTF8 mailboxes', lead='Error: ')
E('client.smtp-storage-exceeded', SC, 'Message size exceeds the allowable limit (${sizeLimit} bytes)', '10485760',
  lead='Error: ')
E('client.starttls-not-offered', SC, 'SMTP server does not support TLS', lead='Error: ')
E('client.no-common-auth-method', SC, 'SMTP server does not support the PLAIN authentication mechanism', lead='Error: ')
E('client.no-common-auth-method', SC, 'SMTP server does not support the LOGIN authentication mechanism', lead='Error: ')

PROGRAM = {AE: 'aerc', YA: 'yapople', PO: 'poplib', SC: 'smtp-client'}

CUR.write(OUT, PROGRAM)
