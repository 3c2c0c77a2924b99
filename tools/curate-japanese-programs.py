#!/usr/bin/env python3
"""Build src/test/resources/client-errors/japanese-programs.tsv from the raw TSV of mine-client-errors.sh --japanese.

    tools/mine-client-errors.sh --japanese /tmp/mine-japanese     # KIO, wget, libsoup 3, LibreOffice (ja)
    python3 tools/curate-japanese-programs.py /tmp/mine-japanese/raw.tsv \\
        src/test/resources/client-errors/japanese-programs.tsv

The same method as the other curation scripts (the machinery is tools/curation.py): the SPEC is the hand
curation, each message with a help-desk expert's label (given from its meaning before the engine's answer was
looked at) and realistic placeholder values. The programs are ones whose Japanese translations no other table
has: KDE's KIO network texts (what KDE programs show for a failed connection, sign-in or TLS negotiation),
wget's certificate and connection texts (GnuTLS / OpenSSL verification results worded by wget, the same
meanings a mail program's TLS layer reports), libsoup 3 and LibreOffice Writer's mail-merge e-mail test.
Each message gives an English and a Japanese row.

Candidates checked and not used: fetchmail, GNU Mailutils and GnuTLS (libgnutls30) ship no Japanese catalog in
Debian 12; kdepim-runtime's IMAP / POP3 texts are in other-programs.tsv already and its mail dispatcher's
Japanese texts are progress messages ("Sending canceled.", "Offline, message sending suspended.").
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import HOST_IN, LO, PRINTF, QT, Curation, J  # noqa: E402

RAW, OUT = sys.argv[1], sys.argv[2]
CUR = Curation([RAW], [('printf', PRINTF), ('qt', QT), ('lo', LO)])
E = CUR.E

KIO, WG, SO3, LOW = 'kio', 'wget', 'libsoup-3.0-common', 'libreoffice-l10n-ja'
ERR = J('ERROR', 'エラー')    # wget's own severity word, translated by its catalog

# ---------------------------------------------------------------- KIO (KDE's network texts)
# Left out: the long explanations with HTML markup (<strong>, <ul>), proxy and FTP texts, UI labels.
E('client.tls-failed', KIO, '%1 is a host name|%1: SSL negotiation failed', HOST_IN)
E('client.connection-dropped', KIO, 'Connection to Server Closed Unexpectedly')
E('client.cannot-connect', KIO, 'Connection to Server Refused')
E('client.connection-dropped', KIO, 'Connection to host %1 is broken.', HOST_IN)
E('client.cannot-connect', KIO, 'Could not connect to host %1.', HOST_IN)
E('client.server-not-found', KIO, 'Unknown host %1', HOST_IN)
E('client.login-failed', KIO, 'Could not login to %1.', HOST_IN)
E('client.encrypted-password-unsupported', KIO, 'Authentication Failed: Method %1 Not Supported', 'CRAM-MD5')
E('client.certificate-error', KIO, 'The peer SSL certificate chain appears to be corrupt.')
E('client.certificate-error', KIO, 'The remote host did not send any SSL certificates.')
E('client.timeout', KIO, 'Timeout on server\n%1', HOST_IN)
E('client.no-connection', KIO, 'There may have been a problem with your network connection.')

# ---------------------------------------------------------------- wget (certificate and connection texts)
# The expired certificate's Japanese text (「…の証明書は失効しています」) is also wget's translation of "has been
# revoked", so the revoked message has its English row only.
E('client.certificate-expired', WG, '%s: The certificate of %s has expired.', ERR, HOST_IN)
E('client.certificate-error', WG, '%s: The certificate of %s has been revoked.', ERR, HOST_IN, only='en')
E('client.certificate-expired', WG, '%s: The certificate of %s is not yet activated.', ERR, HOST_IN)
E('client.certificate-error', WG, "%s: The certificate of %s doesn't have a known issuer.", ERR, HOST_IN)
E('client.certificate-error', WG, '%s: The certificate of %s is not trusted.', ERR, HOST_IN)
E('client.certificate-error', WG, '%s: The certificate of %s was signed using an insecure algorithm.', ERR, HOST_IN)
E('client.certificate-error', WG, '%s: The certificate signer of %s was not a CA.', ERR, HOST_IN)
E('client.certificate-error', WG, '%s: No certificate presented by %s.', ERR, HOST_IN)
E('client.certificate-name-mismatch', WG, "    %s: certificate common name %s doesn't match requested host name %s.",
  ERR, 'www.example.net', HOST_IN)
E('client.certificate-expired', WG, '  Issued certificate has expired.')
E('client.certificate-expired', WG, '  Issued certificate not yet valid.')
E('client.certificate-error', WG, '  Self-signed certificate encountered.')
E('client.certificate-error', WG, "  Unable to locally verify the issuer's authority.")
E('client.server-not-found', WG, '%s: unable to resolve host address %s', 'wget', HOST_IN)

# ---------------------------------------------------------------- libsoup 3 (its 2.4 texts are in unseen-programs.tsv)
E('client.connection-dropped', SO3, 'Network stream unexpectedly closed')

# ---------------------------------------------------------------- LibreOffice Writer: mail merge's e-mail account test
E('client.cannot-connect', LOW, "%PRODUCTNAME could not connect to the outgoing mail server. Check your system's settings "
  'and the settings in %PRODUCTNAME. Check the server name, the port and the secure connections settings',
  'LibreOffice')

# ================================================================ second part (labelled after the rules written for the first)
E('client.encrypted-password-unsupported', KIO, 'Authorization failed, %1 authentication not supported', 'DIGEST-MD5')
E('client.login-failed', KIO, 'An attempt to login to perform the requested operation was unsuccessful.')
E('client.login-failed', KIO, 'Could Not Login: %1', '-ERR [AUTH] Authentication failed.')
E('client.timeout', KIO, 'Timeout Error')
E('client.server-not-found', KIO, 'Unknown Host')
VERIFY = "%s: cannot verify %s's certificate, issued by %s:"
ISSUER = "CN=Example Mail CA,O=Example,C=JP"
E('client.certificate-error', WG, VERIFY, ERR, HOST_IN, ISSUER, then=('  Self-signed certificate encountered.', ()))
E('client.certificate-error', WG, VERIFY, ERR, HOST_IN, ISSUER, then=("  Unable to locally verify the issuer's authority.", ()))
# Its Japanese text says 失効 (expired or revoked alike, see above): English row only.
E('client.certificate-expired', WG, VERIFY, ERR, HOST_IN, ISSUER, then=('  Issued certificate has expired.', ()), only='en')
E('client.certificate-expired', WG, VERIFY, ERR, HOST_IN, ISSUER, then=('  Issued certificate not yet valid.', ()))

PROGRAM = {KIO: 'KIO (KDE network texts)', WG: 'wget (TLS and connection texts)', SO3: 'libsoup 3',
           LOW: 'LibreOffice (mail merge)'}

CUR.write(OUT, PROGRAM)
