#!/usr/bin/env python3
"""Build src/test/resources/client-errors/unseen-programs.tsv from the raw TSV of mine-client-errors.sh --unseen.

    tools/mine-client-errors.sh /tmp/mine                      # glib-networking's and GLib's texts
    tools/mine-client-errors.sh --other /tmp/mine-other        # KMail's frames (kdepim-runtime), Evolution EWS
    tools/mine-client-errors.sh --unseen /tmp/mine-unseen      # Horde_Smtp, Horde_Mail, Qt, KDE account wizard, ...
    python3 tools/curate-unseen-programs.py /tmp/mine/raw.tsv /tmp/mine-other/raw.tsv /tmp/mine-unseen/raw.tsv \\
        src/test/resources/client-errors/unseen-programs.tsv

The same method as the other curation scripts (the machinery is tools/curation.py): the SPEC is the hand
curation, each message with a help-desk expert's label and realistic placeholder values. The programs are ones
the engine had not been studied on when this table was made: Horde's SMTP library (with its Japanese
catalog) and Horde_Mail's PEAR-style SMTP transport, the Qt toolkit's socket and TLS texts (with Qt's own
Japanese translation, as KMail, Trojita and every Qt mail program show them), KDE's account wizard, libsoup
and GnuTLS. Qt's Japanese texts are also put into KMail's frames, which other-programs.tsv has only with
Qt's English texts (Qt's Japanese catalog had not been mined): those rows are Japanese only (`only='ja'`).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import HOST_IN, HOST_OUT, JS, PHP, PRINTF, QT, RCPT, USER, Curation, R  # noqa: E402

RAW_OS, RAW_OTHER, RAW, OUT = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
CUR = Curation([RAW_OTHER, RAW_OS, RAW], [('printf', PRINTF), ('qt', QT), ('js', JS), ('php', PHP)])
E, V = CUR.E, CUR.V

HS, HM, QTL, AW, SO, GT, KP, EW = ('php-horde-smtp', 'php-horde-mail', 'qttranslations5-l10n', 'accountwizard',
                                   'libsoup2.4-common', 'libgnutls30', 'kdepim-runtime', 'evolution-ews')
GN, GL, EJ = 'glib-networking-common', 'libglib2.0-data', 'emailjs'

# ---------------------------------------------------------------- Horde_Smtp (English and Japanese)
# Left out: the texts Horde_Smtp shares with Horde_Imap_Client ("Server closed the connection unexpectedly.",
# "Server does not support TLS connections."), which other-programs.tsv has already.
E('client.tls-failed', HS, 'Could not open secure TLS connection to the server.')
E('client.cannot-connect', HS, 'Error connecting to SMTP server.')
E('client.smtp-auth-failed', HS, 'Server denied authentication.')
V(HS, 'Server does not support a necessary server extension: %s.', ('R',), [
    ('client.smtp-auth-unsupported', 'AUTH'),
    ('delivery.non-ascii-address', 'SMTPUTF8'),
])
E('client.smtp-service-unavailable', HS, 'Server is not accepting SMTP connections.')
E('client.smtp-auth-required', HS, 'Server requires authentication.')
E('client.connection-dropped', HS, 'Server write error.')
E('reason:systemfull', HS, 'Insufficient system storage.')
E('reason:userunknown', HS, 'Message could not be delivered - the address was not found, is unknown, or '
  'is not receiving messages.')
# its English-only exception texts (source literals)
E('delivery.non-ascii-address', HS, 'Server does not support sending internationalized header data.')
E('client.encrypted-password-unsupported', HS, 'Authentication method %s not supported', 'CRAM-MD5')
E('client.timeout', HS, 'ERROR: Server read/timeout error.')
E('client.recipients-rejected', HS, 'Sending to all recipients failed.')

# ---------------------------------------------------------------- Horde_Mail's SMTP transport (PEAR Net_SMTP's texts)
SMTP = ' [SMTP: Invalid response code received from server (code: {}, response: {})]'
E('client.cannot-connect', HM, 'Failed to connect to', then=(
    f'{HOST_OUT}:587 [SMTP: Failed to connect socket: Connection refused (code: -1, response: )]', ()))
E('client.smtp-auth-failed', HM, '$method authentication failure', 'LOGIN', then=(
    SMTP.format('535', '5.7.8 Error: authentication failed: authentication failure'), (), ''))
V(HM, 'Failed to add recipient: $recipient', (RCPT,), [
    ('reason:userunknown', SMTP.format('550', f'5.1.1 <{RCPT}>: Recipient address rejected: User unknown in '
                                       'virtual mailbox table')),
    ('client.smtp-auth-required', SMTP.format('554', f'5.7.1 <{RCPT}>: Relay access denied')),
], then=('R', (), ''))
E('client.sender-address-rejected', HM, 'Failed to set sender: %s', 'taro@example.com', then=(
    SMTP.format('553', f'5.7.1 <taro@example.com>: Sender address rejected: not owned by user {USER}'), (), ''))
E('reason:mesgtoobig', HM, 'Failed to send data', then=(
    SMTP.format('552', '5.3.4 Message size exceeds fixed limit'), (), ''))

# ---------------------------------------------------------------- Qt's socket and TLS texts (English and Japanese)
for label, key in [
    ('client.timeout', 'QAbstractSocket|Socket operation timed out'),
    ('client.timeout', 'QNativeSocketEngine|Network operation timed out'),
    ('client.server-not-found', 'QAbstractSocket|Host not found'),
    ('client.no-connection', 'QAbstractSocket|Network unreachable'),
    ('client.connection-dropped', 'QNativeSocketEngine|The remote host closed the connection'),
    ('client.connection-dropped', 'QSslSocket|The TLS/SSL connection has been closed'),
    ('client.certificate-expired', 'QSslSocket|The certificate has expired'),
    ('client.certificate-expired', 'QSslSocket|The certificate is not yet valid'),
    ('client.certificate-error', 'QSslSocket|The certificate is self-signed, and untrusted'),
    ('client.certificate-error', 'The root certificate of the certificate chain is self-signed, and untrusted'),
    ('client.certificate-error', 'The issuer certificate of a locally looked up certificate could not be found'),
    ('client.certificate-error', 'QSslSocket|The issuer certificate could not be found'),
    ('client.certificate-error', 'QSslSocket|No certificates could be verified'),
    ('client.certificate-error', 'QSslSocket|The signature of the certificate is invalid'),
    ('client.certificate-error', 'QSslSocket|The root CA certificate is not trusted for this purpose'),
    ('client.certificate-error', 'QSslSocket|The peer certificate is blacklisted'),
    ('client.certificate-error', 'QSslSocket|The certificate signature could not be decrypted'),
    ('client.certificate-name-mismatch', 'The host name did not match any of the valid hosts for this certificate'),
]:
    E(label, QTL, key)
# Left out: "Connection refused" and "Connection timed out", whose English and Japanese are glibc's and GLib's in
# program-errors.tsv already; "Host unreachable" has its Japanese row alone.
E('client.cannot-connect', QTL, 'QNativeSocketEngine|Host unreachable', only='ja')
E('client.tls-failed', QTL, 'QSslSocket|Error during SSL handshake: %1', 'error:0A00010B:SSL routines::wrong version number')
E('client.tls-failed', QTL, 'QSslSocket|Error during SSL handshake: %1', 'error:0A000410:SSL routines::sslv3 alert handshake failure')

# Qt's Japanese texts inside KMail's frames (the English rows are in other-programs.tsv)
QT_JA = [
    ('client.cannot-connect', R(QTL, 'QAbstractSocket|Connection refused')),
    ('client.server-not-found', R(QTL, 'QAbstractSocket|Host not found')),
    ('client.timeout', R(QTL, 'QAbstractSocket|Socket operation timed out')),
    ('client.no-connection', R(QTL, 'QAbstractSocket|Network unreachable')),
]
V(KP, 'Could not connect to the IMAP-server %1.\n%2', (HOST_IN, 'R'), QT_JA, only='ja')
V(KP, 'Unable to connect: %1', ('R',), QT_JA, only='ja')

# ---------------------------------------------------------------- KDE's account wizard, Evolution EWS, libsoup
E('client.autoconfig-failed', AW, 'Autodetecting settings failed')
E('client.autoconfig-failed', EW, 'Autodiscovery query failed.')
E('client.sender-address-rejected', EW, "Exchange server cannot send message as '%s', when the account was configured "
  "for address '%s'", 'info@example.jp', USER)
E('client.connection-dropped', SO, 'Connection terminated unexpectedly')

# ---------------------------------------------------------------- GnuTLS (English only: Debian has no Japanese catalog)
E('client.connection-dropped', GT, 'The TLS connection was non-properly terminated.')
E('client.tls-failed', GT, 'An unexpected TLS packet was received.')
E('client.tls-failed', GT, 'A packet with illegal or unsupported version was received.')
E('client.tls-failed', GT, 'Could not negotiate a supported cipher suite.')
E('client.tls-failed', GT, 'A TLS fatal alert has been received.')
E('client.certificate-error', GT, 'Error in the certificate verification.')

# ================================================================ second part (labelled after the rules written for the first)
# ---------------------------------------------------------------- Qt: HTTP, network access and more certificate texts
E('client.tls-failed', QTL, 'QHttp|SSL handshake failed')
E('client.server-not-found', QTL, 'QHttp|Host %1 not found', HOST_IN)
E('client.connection-dropped', QTL, 'QHttp|Connection closed')
E('client.no-connection', QTL, 'QNetworkReply|Temporary network failure.')
E('client.no-connection', QTL, 'QNetworkAccessManager|Network access is disabled.')
for label, key in [
    ('client.certificate-error', 'QSslSocket|One of the CA certificates is invalid'),
    ('client.certificate-error', 'QSslSocket|The root CA certificate is marked to reject the specified purpose'),
    ('client.certificate-error', 'QSslSocket|The supplied certificate is unsuitable for this purpose'),
    ('client.certificate-error', "The current candidate issuer certificate was rejected because its subject name did not "
                                 "match the issuer name of the current certificate"),
]:
    E(label, QTL, key)
# ---------------------------------------------------------------- glib-networking and GLib texts not in program-errors.tsv
E('client.connection-dropped', GN, 'TLS connection closed unexpectedly')
E('client.tls-failed', GN, 'Error performing TLS handshake: %s', R(GT, 'An unexpected TLS packet was received.'))
E('client.timeout', GN, 'Socket I/O timed out')
# ---------------------------------------------------------------- emailjs (npm; English only), printed as Node prints an Error
E('client.cannot-connect', EJ, 'could not connect', lead='Error: ', then=(' (connect ECONNREFUSED 192.0.2.25:587)', (), ''))
E('client.tls-failed', EJ, 'could not establish an ssl connection', lead='Error: ', then=(
    ' (C0E7A1D4A57F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number)', (), ''))
E('client.no-common-auth-method', EJ, 'no form of authorization supported', lead='Error: ')
BAD = "bad response on command '${cmd.split(' ')[0]}'${suffix}"
E('reason:userunknown', EJ, BAD, 'RCPT', f': 5.1.1 <{RCPT}>: Recipient address rejected: User unknown in virtual mailbox '
  'table', lead='Error: ')
E('client.smtp-auth-required', EJ, BAD, 'RCPT', f': 5.7.1 <{RCPT}>: Relay access denied', lead='Error: ')
E('client.sender-address-rejected', EJ, BAD, 'MAIL', f': 5.7.1 <taro@example.com>: Sender address rejected: not owned by '
  f'user {USER}', lead='Error: ')

PROGRAM = {
    HS: 'Horde_Smtp', HM: 'Horde_Mail (PEAR Net_SMTP texts)', QTL: 'Qt (network and TLS texts)',
    KP: 'KMail with Qt texts', AW: 'KDE account wizard', EW: 'Evolution EWS', SO: 'libsoup', GT: 'GnuTLS',
    GN: 'glib-networking (OS)', GL: 'GLib (OS)', EJ: 'emailjs',
}

CUR.write(OUT, PROGRAM)
