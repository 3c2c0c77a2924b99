#!/usr/bin/env python3
"""Build src/test/resources/client-errors/named-programs-more.tsv from the raw TSV of mine-client-errors.sh.

    tools/mine-client-errors.sh /tmp/mine
    python3 tools/curate-named-programs-more.py /tmp/mine/raw.tsv src/test/resources/client-errors/named-programs-more.tsv

The same programs as program-errors.tsv (Thunderbird, Evolution, Claws Mail, Sylpheed, Mutt, NeoMutt, Geary,
msmtp, fetchmail and their OS texts), but two other kinds of rows:
  1. messages of these programs that no client-errors table had (compared by package and key): the send,
     receive, sign-in, connection, TLS, certificate, quota and local-disk errors a user sees;
  2. messages already in program-errors.tsv with OTHER realistic fillings: other OS texts (glibc, GLib,
     glib-networking) in both languages, and other real server replies (Gmail, Microsoft 365, Yahoo,
     Dovecot, Courier, Cyrus) to LOGIN/AUTH, quota and rate limits.
Labels were given from the meaning of each text, before the engine was run on it (see the README).
The machinery is tools/curation.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import FLUENT, HOST_IN, HOST_OUT, PRINTF, RCPT, USER, Curation, J, R  # noqa: E402

RAW, OUT = sys.argv[1], sys.argv[2]
CUR = Curation([RAW], [('printf', PRINTF), ('fluent', FLUENT)], missing_fill=HOST_IN)
E, V = CUR.E, CUR.V

# ---------------------------------------------------------------- other real server replies
# Gmail, Microsoft 365, Yahoo: their documented sign-in, quota and limit answers; Dovecot, Courier, Cyrus:
# the answers of their binaries (as in more-programs.tsv) and /work/shared/reference/pop3-responses.tsv.
SMTP_AUTH2 = [
    ('client.smtp-auth-failed', '535-5.7.8 Username and Password not accepted. For more information, go to\\n'
     '535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a-20 - gsmtp'),
    ('client.oauth-failed', '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. '
     '[TYCP286CA0042.JPNP286.PROD.OUTLOOK.COM]'),
    ('client.smtp-auth-failed', '535 5.7.0 (#AUTH005) Too many bad auth attempts.'),
]
SMTP_LIMIT = [
    ('provider.gmail-daily-sending-limit', '550 5.4.5 Daily user sending limit exceeded. For more information on '
     'Gmail sending limits go to\\n550 5.4.5  https://support.google.com/a/answer/166852 - gsmtp'),
    # Microsoft 365's own limit: the catalog's Microsoft entry, as Gmail's daily limit gets the Gmail entry
    ('provider.microsoft-sending-limit', '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; '
     'Failed to process message due to a permanent exception with message Cannot submit message.'),
    ('client.sender-address-rejected', '554 5.2.252 SendAsDenied; taro@example.jp not allowed to send as '
     'taro@example.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'),
]
POP2 = [
    ('client.login-failed', '-ERR [AUTH] Username and password not accepted.'),
    ('client.login-failed', '-ERR Login failed.'),
    ('client.mailbox-locked', '-ERR maildrop already locked'),
    ('client.own-mailbox-over-quota', '-ERR Disk quota exceeded'),
    ('client.imap-pop-disabled', '-ERR POP3 access disabled for this account.'),
]
IMAP2 = [
    ('client.login-failed', 'NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials'),
    ('client.login-failed', 'NO Login failed: authentication failure'),
    ('client.login-failed', 'NO Login failed.'),
    ('client.too-many-connections', 'NO [ALERT] Too many simultaneous connections. (Failure)'),
    ('client.own-mailbox-over-quota', 'NO [ALERT] You exceeded your mail quota.'),
    ('client.plaintext-auth-refused', 'BYE IMAP access disabled via insecure connection.'),
]

# OS texts (glibc, GLib, glib-networking), in the row's language
TIMEDOUT = R('libc-l10n', 'Connection timed out')
RESET = R('libc-l10n', 'Connection reset by peer')
PIPE = R('libc-l10n', 'Broken pipe')
ABORT = R('libc-l10n', 'Software caused connection abort')
NETUNREACH = R('libc-l10n', 'Network is unreachable')
NOROUTE = R('libc-l10n', 'No route to host')
NONAME = R('libc-l10n', 'Name or service not known')
TEMPNAME = R('libc-l10n', 'Temporary failure in name resolution')
NOSPACE = R('libc-l10n', 'No space left on device')
PERM = R('libc-l10n', 'Permission denied')
QUOTA = R('libc-l10n', 'Disk quota exceeded')
GN = 'glib-networking-common'
GL = 'libglib2.0-data'
SOCKTIMEOUT = R(GL, 'Socket I/O timed out')
TLS_CLOSED = R(GN, 'TLS connection closed unexpectedly')
TLS_READ = R(GN, 'Error reading data from TLS socket')
DOWNGRADE = R(GN, 'Protocol version downgrade attack detected')
HANDSHAKE_CERT = R(GN, 'Error performing TLS handshake: %s', R(GN, 'Unacceptable TLS certificate'))

TB = 'thunderbird'
# ---------------------------------------------------------------- Thunderbird: messages no table had
E('client.login-failed', TB, 'cannot-login-error')
E('client.cannot-connect', TB, 'cannot-contact-server-error')
E('client.local-write-failed', TB, 'saveToLocalFoldersFailed')
E('client.local-write-failed', TB, 'outOfDiskSpaceGeneric')
E('client.local-write-failed', TB, 'copyMsgWriteFailed', J('Inbox', '受信トレイ'))
# Thunderbird: other fillings
V(TB, 'smtpServerError', ['R'], SMTP_AUTH2 + SMTP_LIMIT)
V(TB, 'errorSendingFromCommand', ['R'], SMTP_LIMIT)
V(TB, 'pop3PasswordFailed', ['taro'], POP2, then=('pop3ServerSaid', [HOST_IN]))
V(TB, 'imapServerCommandFailed', [USER, 'R'], IMAP2)

# ---------------------------------------------------------------- Evolution (Camel)
EDS = 'evolution-data-server-common'
E('client.server-side-error', EDS, 'Temporary authentication failure')
E('client.no-common-auth-method', EDS, 'Unsupported authentication method')
V(EDS, 'Cannot append message to mbox file: %s: ', ['/home/taro/.local/share/evolution/mail/local/Inbox'],
  [('client.local-write-failed', NOSPACE), ('client.local-write-failed', QUOTA)], then=('R', []))
V(EDS, 'Writing to temporary mailbox failed: %s', ['R'], [('client.local-write-failed', NOSPACE)])
V(EDS, 'Error writing mail temp file: %s', ['R'], [('client.local-write-failed', NOSPACE),
                                                    ('client.local-write-failed', PERM)])
V(EDS, 'Could not read greeting from %s: ', [HOST_OUT], [('client.timeout', TIMEDOUT), ('client.connection-dropped', PIPE),
                                                        ('client.timeout', SOCKTIMEOUT)], then=('R', []))
V(EDS, 'Failed to connect to IMAP server %s in secure mode: %s', [HOST_IN, 'R'],
  [('client.tls-failed', TLS_CLOSED), ('client.tls-failed', DOWNGRADE), ('client.certificate-error', HANDSHAKE_CERT)])
V(EDS, 'Failed to connect to SMTP server %s in secure mode: %s', [HOST_OUT, 'R'], [('client.tls-failed', TLS_CLOSED)])
V(EDS, 'Could not send message: ', [], [('client.connection-dropped', R(GL, 'Error sending data: %s', PIPE)),
                                       ('client.connection-dropped', R(GL, 'Error sending data: %s', RESET)),
                                       ('client.connection-dropped', TLS_READ)], then=('R', []))
V(EDS, 'Failed to authenticate on POP server %s: ', [HOST_IN], POP2, then=('R', []))
V(EDS, 'AUTH command failed: ', [], SMTP_AUTH2, then=('R', []))
V(EDS, 'MAIL FROM command failed: ', [], SMTP_LIMIT, then=('R', []))

# ---------------------------------------------------------------- GLib: other OS texts inside its frames
V(GL, 'Could not connect to %s: ', [f'{HOST_OUT}:587'], [('client.connection-dropped', RESET),
                                                         ('client.no-connection', NETUNREACH)], then=('R', []))
V(GL, 'Error receiving data: %s', ['R'], [('client.connection-dropped', RESET), ('client.timeout', TIMEDOUT)])
V(GL, 'Error sending data: %s', ['R'], [('client.connection-dropped', PIPE), ('client.connection-dropped', ABORT)])
E('client.tls-failed', GN, 'Protocol version downgrade attack detected')
E('client.certificate-error', GN, 'Error performing TLS handshake: %s', R(GN, 'Unacceptable TLS certificate authority'))
E('client.connection-dropped', 'libc-l10n', 'Broken pipe')

# ---------------------------------------------------------------- mutt and NeoMutt
MU = ('mutt', 'neomutt')
E('client.login-failed', MU, 'Anonymous authentication failed.')
E('client.tls-failed', MU, 'All available protocols for TLS/SSL connection disabled')
E('client.local-write-failed', MU, 'Could not flush message to disk')
V(MU, 'Error talking to %s (%s)', [HOST_IN, 'R'], [('client.timeout', TIMEDOUT), ('client.connection-dropped', PIPE),
                                                    ('client.connection-dropped', ABORT)])
V(MU, 'Could not connect to %s (%s).', [HOST_OUT, 'R'], [('client.server-not-found', NONAME),
                                                         ('client.connection-dropped', RESET)])
V(MU, 'SMTP session failed: %s', ['R'], SMTP_AUTH2[:2] + SMTP_LIMIT)

# ---------------------------------------------------------------- Claws Mail
CL = 'claws-mail-i18n'
E('client.tls-failed', CL, 'STARTTLS failed')
E('client.tls-failed', CL, "couldn't start STARTTLS session")
E('client.login-failed', CL, 'error occurred on authentication')
E('client.certificate-error', CL, 'Certificate issuer is not a CA')
E('client.certificate-error', CL, 'Revoked certificate')
E('client.starttls-required', CL, 'Connection to %s failed: server requires STARTTLS, but Claws Mail has been compi', HOST_IN)
V(CL, '%s:%s: host lookup failed (%s).\\n', [HOST_OUT, '587', 'R'], [('client.server-not-found', NONAME)])
V(CL, '%s:%d: connection failed (%s).\\n', [HOST_OUT, '465', 'R'], [('client.connection-dropped', RESET)])
V(CL, 'Error occurred while sending the message:\\n%s', ['R'], SMTP_AUTH2 + SMTP_LIMIT)
V(CL, 'Error occurred while processing mail:\\n%s', ['R'], POP2)
V(CL, 'Authentication failed:\\n%s', ['R'], IMAP2[:3] + SMTP_AUTH2[:1])

# ---------------------------------------------------------------- Sylpheed
SY = 'sylpheed-i18n'
E('client.mailbox-locked', SY, 'Mailbox is locked.')
E('client.plaintext-auth-refused', SY, 'IMAP4 server disables LOGIN.')
E('client.tls-failed', SY, "can't start TLS session")
E('client.timeout', SY, 'Session timed out.')
E('client.login-failed', SY, 'error occurred on authentication')
V(SY, 'Error occurred during POP3 session:\\n%s', ['R'], POP2)
V(SY, 'Error occurred while sending the message:\\n%s', ['R'], SMTP_AUTH2 + SMTP_LIMIT)

# ---------------------------------------------------------------- Geary
GE = 'geary'
E('client.login-failed', GE, 'Check your email address and password')
E('client.certificate-error', GE, 'An account has reported an untrusted server.')
E('client.certificate-error', GE, 'The server’s certificate is considered insecure')
E('client.certificate-error', GE, 'Untrusted Connection: %s', HOST_IN)

# ---------------------------------------------------------------- msmtp (English only)
MS = 'msmtp'
E('client.tls-failed', MS, 'TLS handshake failed')
E('client.certificate-error', MS, 'TLS certificate check failed')
E('client.certificate-error', MS, '%s: the certificate fingerprint does not match', 'TLS certificate verification failed')
E('client.no-common-auth-method', MS, 'cannot find a usable authentication method')
V(MS, 'cannot connect to %s, port %d: %s', [HOST_OUT, '465', 'R'], [('client.connection-dropped', RESET),
                                                                    ('client.cannot-connect', NOROUTE)])
V(MS, 'authentication failed: %s (method %s)', ['R', 'PLAIN'], SMTP_AUTH2)
V(MS, 'envelope from address %s not accepted by the server', [USER], SMTP_LIMIT,
  then=('R', [], '\\nmsmtp: server message: '))

# ---------------------------------------------------------------- fetchmail (English strings of the binary)
FM = 'fetchmail'
V(FM, 'Server certificate verification error: %s', ['R'],
  [('client.certificate-error', 'unable to verify the first certificate'),
   ('client.certificate-error', 'certificate has been revoked'),
   ('client.certificate-error', 'unable to get issuer certificate')])

# ================================================================ second part (the second look)
# Labelled from meaning after the rules for the first part were written, and scored once before any rule was
# changed for it.
# Thunderbird: NSS texts no table had, bare and inside Thunderbird's connection-error frame
NSS2 = [
    ('client.tls-failed', 'SSL_ERROR_EXPORT_ONLY_SERVER'),
    ('client.tls-failed', 'SSL_ERROR_US_ONLY_SERVER'),
    ('client.tls-failed', 'SSL_ERROR_BAD_MAC_READ'),
    ('client.tls-failed', 'SSL_ERROR_BAD_MAC_ALERT'),
    ('client.tls-failed', 'SSL_ERROR_RX_MALFORMED_SERVER_HELLO'),
    ('client.tls-failed', 'SSL_ERROR_RX_UNKNOWN_RECORD_TYPE'),
    ('client.tls-failed', 'SSL_ERROR_UNKNOWN_CIPHER_SUITE'),
    ('client.tls-failed', 'SSL_ERROR_BAD_SERVER'),
    ('client.tls-failed', 'SSL_ERROR_ILLEGAL_PARAMETER_ALERT'),
    ('client.tls-failed', 'SSL_ERROR_DECODE_ERROR_ALERT'),
    ('client.tls-failed', 'SSL_ERROR_DECRYPT_ERROR_ALERT'),
    ('client.tls-failed', 'SSL_ERROR_INSUFFICIENT_SECURITY_ALERT'),
    ('client.tls-failed', 'SSL_ERROR_INTERNAL_ERROR_ALERT'),
    ('client.tls-failed', 'SSL_ERROR_UNSUPPORTED_EXTENSION_ALERT'),
    ('client.tls-failed', 'SSL_ERROR_NEXT_PROTOCOL_NO_PROTOCOL'),
    ('client.tls-failed', 'SSL_ERROR_CIPHER_DISALLOWED_FOR_VERSION'),
    ('client.tls-failed', 'SSL_ERROR_SERVER_KEY_EXCHANGE_FAILURE'),
    ('client.tls-failed', 'SSL_ERROR_HANDSHAKE_UNEXPECTED_ALERT'),
    ('client.connection-dropped', 'SSL_ERROR_CLOSE_NOTIFY_ALERT'),
    ('client.certificate-error', 'SSL_ERROR_BAD_CERTIFICATE'),
    ('client.certificate-error', 'SSL_ERROR_UNSUPPORTED_CERTIFICATE_TYPE'),
    ('client.certificate-error', 'SEC_ERROR_BAD_SIGNATURE'),
    ('client.certificate-error', 'SSL_ERROR_WEAK_SERVER_CERT_KEY'),
    ('client.certificate-error', 'SEC_ERROR_REVOKED_KEY'),
    ('client.certificate-error', 'SEC_ERROR_UNKNOWN_CRITICAL_EXTENSION'),
    ('client.certificate-error', 'SSL_ERROR_EXTRACT_PUBLIC_KEY_FAILURE'),
    ('client.client-certificate-required', 'SSL_ERROR_WRONG_CERTIFICATE'),
]
for label, key in NSS2:
    E(label, TB, key)
V(TB, 'SSLConnectionErrorPrefix2', [f'{HOST_OUT}:465', 'R'], [(label, R(TB, key)) for label, key in NSS2[::3]])

# fetchmail
E('client.login-failed', FM, 'Query status=3 (AUTHFAIL)')
E('client.mailbox-locked', FM, 'Query status=9 (LOCKBUSY)')
E('client.tls-failed', FM, 'handshake failed at protocol or connection level.')
E('client.certificate-error', FM, 'Bad certificate: Subject CommonName too long!')
E('client.certificate-error', FM, "This could mean that the server did not provide the intermediate CA's certificat")

# msmtp: GnuTLS's texts after its TLS read/write frames
V(MS, 'cannot read from TLS connection: %s', ['R'],
  [('client.connection-dropped', 'The TLS connection was non-properly terminated.')])
V(MS, 'cannot write to TLS connection: %s', ['R'], [('client.connection-dropped', 'Error in the push function.')])

# Evolution: other frames with OS texts and replies
V(EDS, 'Cannot get POP summary: ', [], [('client.connection-dropped', RESET), ('client.timeout', TIMEDOUT)],
  then=('R', []))
V(EDS, 'Unable to connect to POP server %s.\\nError sending password: ', [HOST_IN], POP2[:3], then=('R', []))

PROGRAM = {
    'thunderbird': 'Thunderbird', 'evolution-data-server-common': 'Evolution', 'evolution-common': 'Evolution',
    'claws-mail-i18n': 'Claws Mail', 'sylpheed-i18n': 'Sylpheed', 'mutt': 'Mutt', 'neomutt': 'NeoMutt',
    'geary': 'Geary', 'msmtp': 'msmtp', 'fetchmail': 'fetchmail', 'libglib2.0-data': 'GLib (OS)',
    'glib-networking-common': 'glib-networking (OS)', 'libc-l10n': 'glibc (OS)',
}

CUR.write(OUT, PROGRAM)
