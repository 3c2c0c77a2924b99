#!/usr/bin/env python3
"""Build src/test/resources/client-errors/fresh-programs.tsv from the raw TSV of mine-client-errors.sh --fresh.

    tools/mine-client-errors.sh --fresh /tmp/mine-fresh        # imapflow (npm) -> /tmp/mine-fresh/raw.tsv
    python3 tools/curate-fresh-programs.py /tmp/mine-fresh/raw.tsv src/test/resources/client-errors/fresh-programs.tsv

The same method as the other curation scripts (the machinery is tools/curation.py): the SPEC is the hand
curation, each message with a help-desk expert's label, given from the message's meaning before the engine's
answer was looked at. The program is one that none of the other four tables has: the npm IMAP library
imapflow (English only; it has no translations). Its errors are shown as Node prints an `Error`
("Error: Authentication failed"). This table is a first look: no rule was changed for it.

Left out (no fitting id, or not a mail error a user sees): "No password configured" (the calling program's
setup), "Timed out waiting for mailbox lock" (the library's own lock), "The transport can not start TLS" (a
programming error), "Message content too big for APPENDLIMIT=…" (which upload failed depends on the caller),
the parser's "Unexpected char at position …" texts, and the frame "Command failed" without the server's reply.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import JS, PRINTF, Curation  # noqa: E402

RAW, OUT = sys.argv[1], sys.argv[2]
CUR = Curation([RAW], [('printf', PRINTF), ('js', JS)])
E = CUR.E

IF = 'imapflow'
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

PROGRAM = {IF: 'imapflow'}

CUR.write(OUT, PROGRAM)
