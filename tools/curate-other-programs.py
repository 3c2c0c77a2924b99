#!/usr/bin/env python3
"""Build src/test/resources/client-errors/other-programs.tsv from the raw TSVs of mine-client-errors.sh.

    tools/mine-client-errors.sh /tmp/mine                  # OS texts (glibc) used inside the frames
    tools/mine-client-errors.sh --other /tmp/mine-other    # Roundcube, Horde, KDE PIM, Balsa, GOA, ...
    python3 tools/curate-other-programs.py /tmp/mine/raw.tsv /tmp/mine-other/raw.tsv \\
        src/test/resources/client-errors/other-programs.tsv

The same method as tools/curate-program-errors.py, for the programs that program-errors.tsv does not have.
The SPEC is the hand curation: the send, receive, sign-in, connection and certificate messages a user of
these programs sees, each with a help-desk expert's label and realistic values for its placeholders. A
message is looked up by package and msgid (Roundcube: by its array key), so the texts are the programs'
own. Placeholders: printf (%s, %.80s, %lu, %1$s), Qt/KDE (%1, %2) and Roundcube ($code, $msg).
A frame holding a server reply or an OS text (V) gives one row per reply ('R' in its fills; 'C' is the reply's
three-digit code); the reply decides the label.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import HOST_IN, HOST_OUT, PHP, PRINTF, QT, RCPT, USER, Curation, J, R  # noqa: E402

RAW_OS, RAW, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
CUR = Curation([RAW_OS, RAW], [('printf', PRINTF), ('qt', QT), ('php', PHP)], strip_markup=True)
E, V = CUR.E, CUR.V


# ---------------------------------------------------------------- server replies (as in curate-program-errors.py)
SMTP_RCPT = [
    ('reason:userunknown', f'550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown in virtual mailbox table'),
    ('client.smtp-auth-required', f'554 5.7.1 <{RCPT}>: Relay access denied'),
    ('reason:mailboxfull', f'552 5.2.2 <{RCPT}>: user is over the quota'),
    ('client.sending-limit-exceeded', '452 4.5.3 Error: too many recipients'),
]
SMTP_MAIL = [
    ('client.sender-address-rejected',
     f'553 5.7.1 <taro@example.com>: Sender address rejected: not owned by user {USER}'),
    ('client.starttls-required', '530 5.7.0 Must issue a STARTTLS command first'),
]
SMTP_DATA = [
    ('reason:spamdetected', '550 5.7.1 Message rejected as spam by Content Filtering.'),
    ('reason:mesgtoobig', '552 5.3.4 Message size exceeds fixed limit'),
]
SMTP_AUTH = [
    ('client.smtp-auth-failed', '535 5.7.8 Error: authentication failed: authentication failure'),
    ('client.smtp-auth-failed', '535 5.7.3 Authentication unsuccessful'),
]
SMTP_ANY = SMTP_RCPT[:2] + SMTP_MAIL[:1] + SMTP_DATA + SMTP_AUTH[:1]
POP_AUTH = [
    ('client.login-failed', '-ERR [AUTH] Authentication failed.'),
    ('client.mailbox-locked', '-ERR [IN-USE] Mailbox is locked by another POP3 session.'),
    ('client.plaintext-auth-refused', '-ERR [AUTH] Cleartext authentication disallowed on non-secure (SSL/TLS) connections.'),
]
IMAP_AUTH = [
    ('client.login-failed', 'NO [AUTHENTICATIONFAILED] Authentication failed.'),
    ('client.login-failed', 'NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)'),
    ('client.server-side-error', 'NO [UNAVAILABLE] Temporary authentication failure.'),
    ('client.web-login-required', 'NO [ALERT] Please log in via your web browser: '
     'https://support.google.com/mail/accounts/answer/78754 (Failure)'),
]
X509 = [
    ('client.certificate-expired', 'certificate has expired'),
    ('client.certificate-error', 'self signed certificate'),
    ('client.certificate-error', 'unable to get local issuer certificate'),
]
REFUSED = R('libc-l10n', 'Connection refused')
TIMEDOUT = R('libc-l10n', 'Connection timed out')
NETUNREACH = R('libc-l10n', 'Network is unreachable')
OS_CONNECT = [('client.cannot-connect', REFUSED), ('client.timeout', TIMEDOUT), ('client.no-connection', NETUNREACH)]
# Qt's own English socket texts (KDE shows them inside its frames; Qt's catalogs were not mined: English in both)
QT_CONNECT = [('client.cannot-connect', 'Connection refused'), ('client.server-not-found', 'Host not found'),
              ('client.timeout', 'Socket operation timed out'), ('client.no-connection', 'Network unreachable')]

# ---- Roundcube (webmail): program/localization/*/messages.inc
RC = 'roundcube-core'
E('client.login-failed', RC, 'messages.loginfailed')
E('client.cannot-connect', RC, 'messages.storageerror')
E('client.no-connection', RC, 'messages.connerror')
E('client.server-not-found', RC, 'messages.invalidhost')
E('client.cannot-connect', RC, 'messages.smtpconnerror', '-1')
E('client.smtp-auth-failed', RC, 'messages.smtpautherror', '535')
V(RC, 'messages.smtpfromerror', ('C', USER, 'R'), SMTP_MAIL[:1])
V(RC, 'messages.smtptoerror', ('C', RCPT, 'R'), SMTP_RCPT)
E('delivery.non-ascii-address', RC, 'messages.smtputf8error')
E('client.smtp-storage-exceeded', RC, 'messages.smtpsizeerror', '10 MB')
V(RC, 'messages.smtperror', ('R',), SMTP_ANY)
E('client.sending-limit-exceeded', RC, 'messages.toomanyrecipients', '100')
E('client.sending-limit-exceeded', RC, 'messages.senttooquickly', '30')
E('client.sent-copy-failed', RC, 'messages.errorsavingsent')
E('client.own-mailbox-over-quota', RC, 'messages.erroroverquota')
E('client.oauth-failed', RC, 'messages.oauthloginfailed')

# ---- Horde IMP (webmail) and its IMAP/POP3 library
HI = 'php-horde-imap-client'
E('client.login-failed', HI, 'Authentication failed.')
E('client.login-failed', HI, 'Mail server denied authentication.')
E('client.login-failed', HI, 'POP3 server denied authentication.')
E('client.tls-failed', HI, 'Could not open secure TLS connection to the IMAP server.')
E('client.tls-failed', HI, 'Could not open secure connection to the POP3 server.')
E('client.cannot-connect', HI, 'Error connecting to mail server.')
E('client.cannot-connect', HI, 'Server rejected connection.')
E('client.connection-dropped', HI, 'IMAP Server closed the connection.')
E('client.connection-dropped', HI, 'Mail server closed the connection unexpectedly.')
E('client.no-common-auth-method', HI, 'No supported IMAP authentication method could be found.')
E('client.plaintext-auth-refused', HI, 'Operation failed due to a lack of a secure connection.')
E('client.starttls-not-offered', HI, 'Server does not support TLS connections.')
E('client.starttls-not-offered', HI, 'Server does not support secure connections.')
E('client.own-mailbox-over-quota', HI, 'The operation failed because the quota has been exceeded on the mail server.')
IMP = 'php-horde-imp'
E('client.login-failed', IMP, 'Login failed because your username or password was entered incorrectly.')
E('client.login-failed', IMP, 'Could not authenticate to %s.', HOST_IN)

# ---- KMail / KDE PIM (Akonadi resources, KIMAP, KSMTP, MailTransport)
KP = 'kdepim-runtime'
V(KP, 'Could not connect to the IMAP-server %1.\n%2', (HOST_IN, 'R'), QT_CONNECT)
E('client.cannot-connect', KP, 'Unable to connect to the server, please verify the server address.')
E('client.cannot-connect', KP, 'Unable to connect to server')
V(KP, 'Unable to connect: %1', ('R',), QT_CONNECT[:2])
E('client.tls-failed', KP, 'You requested TLS/SSL to connect to %1, but your system does not seem to be set up for that.',
  HOST_IN)
E('client.imap-capability-missing', KP, 'Cannot use the IMAP server %1, some mandatory capabilities are missing: %2. '
  'Please ask your sysadmin to upgrade the server.', HOST_IN, 'UIDPLUS')
E('client.login-failed', KP, 'You are asked here because the previous login was not successful.')
KI = 'libkf5imap-data'
E('client.connection-dropped', KI, 'Connection to server lost.')
V(KI, '%1 failed, server replied: %2', (J('Login', 'ログイン'), 'R'), IMAP_AUTH)
KS = 'libkpimsmtp-data'
E('client.no-common-auth-method', KS,
  'Could not authenticate to the SMTP server because no matching authentication method has been found')
E('client.smtp-storage-exceeded', KS, 'Could not send the message because it exceeds the maximum allowed size of %1 '
  'bytes. (Message size: %2 bytes.)', '10485760', '15728640')
E('client.smtp-insufficient-storage', KS, 'Insufficient storage space on server. The server said: %1',
  '452 4.3.1 Insufficient system storage')
V(KS, 'Mailbox unavailable. The server said: %1', ('R',), SMTP_RCPT[:1])
E('client.oauth-failed', KS, 'Token expired')
MT = 'libkf5mailtransport-data'
E('client.smtp-auth-unsupported', MT, 'This server does not support authentication')

# ---- Balsa
BA = 'balsa-data'
E('client.cannot-connect', BA, 'Cannot connect to the server')
V(BA, 'Could not send the message to %s:\n%d: %s\nMessage left in your outbox.\n', (RCPT, '550', 'R'),
  [('reason:userunknown', '5.1.1 <hanako@example.com>: Recipient address rejected: User unknown in virtual mailbox table')])
E('client.smtp-auth-required', BA, 'Relaying refused:\n%d: %s\nMessage left in your outbox.\n', '554',
  f'5.7.1 <{RCPT}>: Relay access denied')
V(BA, 'SMTP server problem (%d): %s\nMessage is left in outbox.', ('530', 'R'),
  [('client.starttls-required', '5.7.0 Must issue a STARTTLS command first')])

# ---- Evolution's Exchange (EWS) module
EW = 'evolution-ews'
E('client.login-failed', EW, 'Authentication failed')
E('client.no-sender-address', EW, 'Cannot send message with no From address')

# ---- GNOME Online Accounts (mail account set-up of GNOME)
GO = 'libgoa-1.0-common'
E('client.server-not-found', GO, 'Cannot resolve hostname')
E('client.cannot-connect', GO, 'Error connecting to IMAP server')
E('client.cannot-connect', GO, 'Error connecting to SMTP server')
E('client.certificate-error', GO, 'Invalid certificate.')
E('client.certificate-error', GO, 'The certificate has been revoked.')
E('client.certificate-error', GO, 'The signing certificate authority is not known.')
E('client.certificate-expired', GO, 'The certificate has expired.')
E('client.certificate-expired', GO, 'The certificate’s activation time is still in the future.')
E('client.no-common-auth-method', GO, 'Server does not support PLAIN')
E('client.starttls-not-offered', GO, 'Server does not support STARTTLS')
E('client.login-failed', GO, 'Invalid password with username “%s” (%s, %d): ', 'taro', 'g-io-error-quark', '0',
  then=('Authentication failed', ()))
E('client.login-failed', GO, 'Authentication failed')

# ---- GNU Mailutils (English only in Debian)
MU = 'mailutils-common'
E('reason:mailboxfull', MU, '%s: mailbox quota exceeded for this recipient', RCPT)
E('client.connection-dropped', MU, 'Connection closed by remote host')

# ---- Alpine and c-client (the UW IMAP library that Alpine and PHP's imap functions use; English only)
AL = 'alpine'
V(AL, 'Mail not sent: %.80s', ('R',), SMTP_RCPT[:2] + SMTP_AUTH[:1])
CC = 'libc-client2007e'
E('client.server-not-found', CC, 'No such host as %.80s', HOST_IN)
V(CC, 'Connection failed to %.80s,%lu: %s', (HOST_IN, '993', 'R'), OS_CONNECT)
V(CC, 'Certificate failure for %.80s: %.512s', (HOST_IN, 'R'), X509)
V(CC, 'Can not authenticate to SMTP server: %.80s', ('R',), SMTP_AUTH)
V(CC, 'Can not authenticate to IMAP server: %.80s', ('R',), IMAP_AUTH[:2])
V(CC, 'Can not authenticate to POP3 server: %.80s', ('R',), POP_AUTH[:1])
E('client.login-failed', CC, 'Too many login failures')
E('client.starttls-not-offered', CC, 'TLS unavailable with this server: %.80s', HOST_OUT)
E('client.tls-failed', CC, 'Unable to negotiate TLS with this server: %.80s', HOST_IN)
E('client.tls-failed', CC, 'SSL negotiation failed')
E('client.connection-dropped', CC, '[CLOSED] IMAP connection lost')
E('client.connection-dropped', CC, 'POP3 connection lost')
E('client.timeout', CC, '%s to IMAP server timed out', 'Read')
E('client.plaintext-auth-refused', CC, 'Server disables LOGIN, no recognized SASL authenticator')
E('client.encrypted-password-unsupported', CC, "Can't do secure authentication with this server")

# ---- Second batch, labelled after the catalog had learnt the rows above and scored once before any further
# change to the catalog (the "second look" of the README): other messages of the same programs.
SEND_REPLIES = [SMTP_RCPT[0], SMTP_RCPT[1], SMTP_RCPT[2], SMTP_MAIL[1], SMTP_AUTH[0]]
V(IMP, 'There was an error sending your message: %s', ('R',), SEND_REPLIES)
E('client.connection-dropped', HI, 'Server closed the connection unexpectedly.')
E('client.login-failed', HI, 'Authentication failure.')
E('client.login-failed', IMP, 'Login failed.')
V(RC, 'messages.smtpfromerror', ('C', USER, 'R'), SMTP_MAIL[1:2])
V(AL, 'Mail not sent: %.80s', ('R',), [SMTP_MAIL[1], SMTP_DATA[1], SMTP_MAIL[0]])
E('client.connection-dropped', CC, 'SMTP connection broken (reply)')
E('client.connection-dropped', CC, '[CLOSED] IMAP connection broken (server response)')
E('client.connection-dropped', CC, 'POP3 connection broken in response')
E('client.tls-failed', CC, 'SSL connection failed')
E('client.no-recipients', CC, 'No recipients specified')
V(CC, 'Can not authenticate to POP3 server: %.80s', ('R',), POP_AUTH[1:2])
V(CC, 'Can not authenticate to IMAP server: %.80s', ('R',), IMAP_AUTH[2:3])
E('client.pop3-no-uidl', KP, 'The server does not seem to support unique message numbers, but this is a requirement '
  'for leaving messages on the server.\nSince some servers do not correctly announce their capabilities you still '
  'have the possibility to turn leaving fetched messages on the server on.')
E('client.pop3-delete-failed', KP, 'Failed to delete the messages from the server.')
E('client.cannot-connect', KP, 'Unable to connect to Exchange server')
E('client.login-failed', KP, 'Invalid username/password')
E('client.autoconfig-failed', KP, 'Autodiscovery failed')
E('client.cannot-connect', GO, 'Error connecting to Microsoft Exchange server')
E('client.certificate-error', GO, 'The certificate’s algorithm is considered insecure.')
V(BA, 'Sending error: %s', ('R',), [SMTP_RCPT[0], SMTP_AUTH[0]])

# ---- Third batch: two command-line programs (English only, texts from their binaries), labelled after the
# second batch's catalog changes and scored once before any further change (the "third look" of the README).
MB = 'isync'
E('client.cannot-connect', MB, 'Cannot connect to %s', f'{HOST_IN} (192.0.2.10:993): Connection refused')
E('client.timeout', MB, 'Cannot connect to %s', f'{HOST_IN} (192.0.2.10:993): Connection timed out')
E('client.server-not-found', MB, "Error: Cannot resolve server '%s': %s", HOST_IN, 'Name or service not known')
E('client.certificate-name-mismatch', MB, 'Error, certificate owner does not match hostname %s', HOST_IN)
E('client.certificate-error', MB, 'SSL error connecting %s: %s', f'{HOST_IN} (192.0.2.10:993)',
  'error:0A000086:SSL routines::certificate verify failed')
E('client.no-common-auth-method', MB, 'IMAP error: server supports no acceptable authentication mechanism')
V(MB, 'Error from IMAP server: %s', ('R',), IMAP_AUTH[:1] + [
    ('client.own-mailbox-over-quota', 'NO [OVERQUOTA] Quota exceeded (mailbox for user is full)')])
SN = 's-nail'
V(SN, 'POP3 error: %s', ('R',), POP_AUTH[:2])
E('client.connection-dropped', SN, 'POP3 connection closed')
E('client.connection-dropped', SN, 'Unexpected EOF on SMTP connection')
E('client.starttls-required', SN, 'SMTP authentication %s needs TLS (*smtp-use-starttls* set?)', 'PLAIN')
E('client.starttls-required', SN, 'POP3 authentication %s needs TLS (*pop3-use-starttls* set?)', 'PLAIN')
E('client.login-failed', SN, 'POP3 APOP authentication failed!')
V(SN, 'SMTP server: %s', ('R',), [SMTP_AUTH[0], SMTP_RCPT[1], SMTP_RCPT[0]])

PROGRAM = {
    RC: 'Roundcube', HI: 'Horde IMP', IMP: 'Horde IMP', KP: 'KMail', KI: 'KMail', KS: 'KMail', MT: 'KMail',
    'kmail': 'KMail', BA: 'Balsa', EW: 'Evolution EWS', GO: 'GNOME Online Accounts', MU: 'GNU Mailutils',
    AL: 'Alpine', CC: 'Alpine', MB: 'isync (mbsync)', SN: 's-nail',
}

CUR.write(OUT, PROGRAM)
