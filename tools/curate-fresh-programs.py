#!/usr/bin/env python3
"""Build src/test/resources/client-errors/fresh-programs.tsv from the raw TSV of mine-client-errors.sh --fresh.

    tools/mine-client-errors.sh --fresh /tmp/mine-fresh        # imapflow (npm) -> /tmp/mine-fresh/raw.tsv
    python3 tools/curate-fresh-programs.py /tmp/mine-fresh/raw.tsv src/test/resources/client-errors/fresh-programs.tsv

The same method as the other curation scripts (the machinery is tools/curation.py): the SPEC is the hand
curation, each message with a help-desk expert's label, given from the message's meaning before the engine's
answer was looked at. The programs are ones that none of the other four tables has: the npm IMAP libraries
imapflow and imap (node-imap), English only (neither has translations). Their errors are shown as Node prints
an `Error` ("Error: Authentication failed"). This table is a first look: no rule was changed for it.

Left out (no fitting id, or not a mail error a user sees): "No password configured" (the calling program's
setup), "Timed out waiting for mailbox lock" (the library's own lock), "The transport can not start TLS" (a
programming error), "Message content too big for APPENDLIMIT=…" (which upload failed depends on the caller),
the parser's "Unexpected char at position …" texts, and the frame "Command failed" without the server's reply;
node-imap's "Received negative welcome: " (the server's greeting decides, and no documented greeting wording was
at hand) and its programming errors ("No mailbox is currently selected", "Empty uid list", ...).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import JS, PRINTF, Curation  # noqa: E402

RAW, OUT = sys.argv[1], sys.argv[2]
CUR = Curation([RAW], [('printf', PRINTF), ('js', JS)])
E = CUR.E

IF, NI = 'imapflow', 'node-imap'
ERR = 'Error: '

# ---------------------------------------------------------------- imapflow (English only)
E('client.timeout', IF, 'Failed to establish connection in required time', lead=ERR)
E('client.timeout', IF, 'Failed to receive greeting from server in required time${!this.secureConnection ? \'. '
  'Maybe should use TLS?\' : \'\'}', '. Maybe should use TLS?', lead=ERR)
E('client.timeout', IF, 'Socket timeout', lead=ERR)
E('client.timeout', IF, 'Socket timeout while a response is being processed', lead=ERR)
E('client.tls-failed', IF, 'Failed to upgrade connection in required time', lead=ERR)
E('client.starttls-not-offered', IF, 'Server does not support STARTTLS', lead=ERR)
E('client.connection-dropped', IF, 'Connection closed', lead=ERR)
E('client.connection-dropped', IF, 'Unexpected close', lead=ERR)
E('client.connection-dropped', IF, 'Connection not available', lead=ERR)
E('client.cannot-connect', IF, 'Failed to setup proxy connection', lead=ERR)
E('client.login-failed', IF, 'Authentication failed', lead=ERR)
E('client.plaintext-auth-refused', IF, 'Login is disabled', lead=ERR)
E('client.no-common-auth-method', IF, 'No matching authentication method', lead=ERR)

# ---------------------------------------------------------------- node-imap (English only)
E('client.timeout', NI, 'Timed out while connecting to server', lead=ERR)
E('client.timeout', NI, 'Timed out while authenticating with server', lead=ERR)
E('client.timeout', NI, 'Socket timed out while talking to server', lead=ERR)
E('client.plaintext-auth-refused', NI, 'Logging in is disabled on this server', lead=ERR)
# one literal split over two lines in the source: 'No supported authentication method(s) available. ' + 'Unable to login.'
E('client.no-common-auth-method', NI, 'No supported authentication method(s) available.', lead=ERR,
  then=('Unable to login.', ()))

PROGRAM = {IF: 'imapflow', NI: 'node-imap'}

CUR.write(OUT, PROGRAM)
