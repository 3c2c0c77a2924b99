#!/usr/bin/env python3
"""Build src/test/resources/client-errors/program-errors.tsv from the raw TSV of mine-client-errors.sh.

    tools/mine-client-errors.sh /tmp/mine
    python3 tools/curate-program-errors.py /tmp/mine/raw.tsv src/test/resources/client-errors/program-errors.tsv

The SPEC below is the hand curation: which messages of which program a user sees when sending, receiving,
connecting or setting up an account, the label a help-desk expert gives each one, and the realistic values
put into the placeholders. A message is looked up in the raw TSV by package and key (for gettext catalogs:
the msgid), so the texts in the output are the programs' own, in English and, where the program has a
Japanese catalog, in Japanese. Both languages of a message get the same label.

Placeholder values:
  - a plain string fills the placeholder in both languages;
  - J(en, ja) fills it with different text per language;
  - R(pkg, key, fills...) fills it with another catalog message (an OS error inside a program's frame,
    such as libc's "Connection refused" / 「接続を拒否されました」), in the same language;
  - a reply frame (V) is expanded once per server reply: the reply decides the label, the frame does not.
A message without a Japanese translation (or whose translation equals the English text) gives an English
row only. Rows are de-duplicated on (lang, text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import FLUENT, HOST_IN, HOST_OUT, PRINTF, RCPT, USER, Curation, J, R  # noqa: E402

RAW, OUT = sys.argv[1], sys.argv[2]
CUR = Curation([RAW], [('printf', PRINTF), ('fluent', FLUENT)], missing_fill=HOST_IN)
E, V = CUR.E, CUR.V


# ---------------------------------------------------------------- real server replies, with their meaning
# Replies come from /work/shared/reference (server-phrases.tsv, smtp-reply-codes.tsv, pop3-responses.tsv)
# and from the servers' documented wordings (Postfix, Exchange / Microsoft 365, Gmail, Dovecot, qmail).
SMTP_RCPT = [
    ('reason:userunknown', f'550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown in virtual mailbox table'),
    ('client.smtp-auth-required', f'554 5.7.1 <{RCPT}>: Relay access denied'),
    ('client.smtp-auth-required', "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"),
    ('reason:hostunknown', '450 4.1.2 <hanako@example.invalid>: Recipient address rejected: Domain not found'),
    ('reason:mailboxfull', '552 5.2.2 <hanako@example.jp>: user is over the quota'),
    ('client.sending-limit-exceeded', '452 4.5.3 Error: too many recipients'),
]
SMTP_MAIL = [
    ('client.sender-address-rejected',
     f'553 5.7.1 <taro@example.com>: Sender address rejected: not owned by user {USER}'),
    ('client.smtp-auth-required', '530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM'),
    ('client.starttls-required', '530 5.7.0 Must issue a STARTTLS command first'),
    ('client.sending-limit-exceeded', '554 5.7.0 Your message could not be sent. The limit on the number of allowed '
     'outgoing messages was exceeded. Try again later.'),
]
SMTP_DATA = [
    ('reason:spamdetected', '550 5.7.1 Message rejected as spam by Content Filtering.'),
    ('reason:virusdetected', '554 5.7.1 Your message was infected with a virus'),
    ('reason:mesgtoobig', '552 5.3.4 Message size exceeds fixed limit'),
    ('client.smtp-local-error', '451 4.3.0 Error: queue file write error'),
]
SMTP_AUTH = [
    ('client.smtp-auth-failed', '535 5.7.8 Error: authentication failed: authentication failure'),
    ('client.smtp-auth-failed', '535 5.7.3 Authentication unsuccessful'),
    ('provider.gmail-app-password-required', '534-5.7.9 Application-specific password required. Learn more at\\n'
     '534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor d9443c01a7336-21 - gsmtp'),
    # Gmail's SMTP sign-in challenge: the catalog's Gmail entry (provider.gmail-app-password-required) covers it
    # by design (its rule names 5.7.14 and answer/78754; client.web-login-required's admin notes point there).
    ('provider.gmail-app-password-required', '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1> Please log in '
     'via your web browser and\\n534-5.7.14 then try again.\\n534 5.7.14 Learn more at '
     'https://support.google.com/mail/answer/78754 - gsmtp'),
]
# a generic "the server responded" frame: one of each kind
SMTP_ANY = SMTP_RCPT[:2] + SMTP_RCPT[3:] + SMTP_MAIL + SMTP_DATA + SMTP_AUTH[:1]

POP_REPLIES = [
    ('client.login-failed', '-ERR [AUTH] Authentication failed.'),
    ('client.login-failed', '-ERR Logon failure: unknown user name or bad password.'),
    ('client.mailbox-locked', '-ERR [IN-USE] Mailbox is locked by another POP3 session.'),
    ('client.login-delay', '-ERR [LOGIN-DELAY] minimum time between mail checks violation'),
    ('client.server-side-error', '-ERR [SYS/TEMP] Temporary authentication failure.'),
    ('client.plaintext-auth-refused', '-ERR [AUTH] Cleartext authentication disallowed on non-secure (SSL/TLS) connections.'),
    ('client.too-many-connections', '-ERR Too many connections'),
    ('client.web-login-required', '-ERR [AUTH] Web login required: https://support.google.com/mail/answer/78754'),
    ('provider.gmail-app-password-required',
     '-ERR [AUTH] Application-specific password required: https://support.google.com/accounts/answer/185833'),
]
IMAP_REPLIES = [
    ('client.login-failed', 'NO [AUTHENTICATIONFAILED] Authentication failed.'),
    ('client.login-failed', 'NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)'),
    ('client.login-failed', 'NO AUTHENTICATE failed.'),
    ('client.login-failed', 'NO LOGIN failed.'),
    ('client.server-side-error', 'NO [UNAVAILABLE] Temporary authentication failure.'),
    ('client.own-mailbox-over-quota', 'NO [OVERQUOTA] Quota exceeded (mailbox for user is full)'),
    ('client.plaintext-auth-refused', 'NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.'),
    ('client.imap-pop-disabled', 'NO [ALERT] Your account is not enabled for IMAP use. Please visit your Gmail settings '
     'page and enable your account for IMAP access. (Failure)'),
    ('client.web-login-required', 'NO [ALERT] Please log in via your web browser: '
     'https://support.google.com/mail/accounts/answer/78754 (Failure)'),
    ('provider.gmail-app-password-required', 'NO [ALERT] Application-specific password required: '
     'https://support.google.com/accounts/answer/185833 (Failure)'),
    ('client.too-many-connections', 'BYE Maximum number of connections from user+IP exceeded (mail_max_userip_connections=10)'),
]
# OpenSSL's X509_verify_cert_error_string texts, as mutt, fetchmail and Sylpheed show them
X509 = [
    ('client.certificate-expired', 'certificate has expired'),
    ('client.certificate-expired', 'certificate is not yet valid'),
    ('client.certificate-error', 'self signed certificate'),
    ('client.certificate-error', 'unable to get local issuer certificate'),
    ('client.certificate-error', 'self signed certificate in certificate chain'),
    ('client.certificate-name-mismatch', 'Hostname mismatch'),
]

# OS texts (glibc), used inside frames
REFUSED = R('libc-l10n', 'Connection refused')
TIMEDOUT = R('libc-l10n', 'Connection timed out')
RESET = R('libc-l10n', 'Connection reset by peer')
NETUNREACH = R('libc-l10n', 'Network is unreachable')
NOROUTE = R('libc-l10n', 'No route to host')
NONAME = R('libc-l10n', 'Name or service not known')
TEMPNAME = R('libc-l10n', 'Temporary failure in name resolution')
NOSPACE = R('libc-l10n', 'No space left on device')
PERM = R('libc-l10n', 'Permission denied')
OS_CONNECT = [('client.cannot-connect', REFUSED), ('client.timeout', TIMEDOUT), ('client.cannot-connect', NOROUTE),
              ('client.no-connection', NETUNREACH)]
OS_RESOLVE = [('client.server-not-found', NONAME), ('client.server-not-found', TEMPNAME)]

TB = 'thunderbird'
# ---------------------------------------------------------------- Thunderbird
E('client.server-not-found', TB, 'imapUnknownHostError', HOST_IN)   # shown for NS_ERROR_UNKNOWN_HOST
E('client.server-not-found', TB, 'unknownHostError', HOST_IN)
E('client.oauth-failed', TB, 'imapOAuth2Error', HOST_IN)
E('client.oauth-failed', TB, 'oAuth2Error', HOST_IN)
E('client.cannot-connect', TB, 'imapConnectionRefusedError', HOST_IN)
E('client.cannot-connect', TB, 'connectionRefusedError', HOST_IN)
E('client.timeout', TB, 'imapNetTimeoutError', HOST_IN)
E('client.timeout', TB, 'netTimeoutError', HOST_IN)
E('client.connection-dropped', TB, 'netResetError', HOST_IN)
E('client.connection-dropped', TB, 'netInterruptError', HOST_IN)
E('client.tls-failed', TB, 'imapTlsError', HOST_IN)
E('client.connection-dropped', TB, 'imapServerDisconnected', HOST_IN)
E('client.too-many-connections', TB, 'imapServerDroppedConnection2', HOST_IN)
E('client.encrypted-password-unsupported', TB, 'imapAuthChangeEncryptToPlainSSL', HOST_IN)
E('client.encrypted-password-unsupported', TB, 'imapAuthChangeEncryptToPlainNoSSL', HOST_IN)
E('client.plaintext-auth-refused', TB, 'imapAuthChangePlainToEncrypt', HOST_IN)
E('client.no-common-auth-method', TB, 'imapAuthMechNotSupported', HOST_IN)
E('client.kerberos-failed', TB, 'imapAuthGssapiFailed', HOST_IN)
E('client.pop3-error-response', TB, 'pop3ServerError')
E('client.login-failed', TB, 'pop3PasswordFailed', 'taro')
E('client.local-write-failed', TB, 'pop3MessageWriteError')
E('client.pop3-error-response', TB, 'pop3RetrFailure')
E('client.pop3-delete-failed', TB, 'pop3DeleFailure')
E('client.pop3-error-response', TB, 'pop3ListFailure')
E('client.pop3-error-response', TB, 'pop3StatFail')
E('client.server-side-error', TB, 'pop3TempServerError', HOST_IN)
E('client.pop3-no-uidl', TB, 'pop3ServerDoesNotSupportUidlEtc', HOST_IN)
E('client.tls-failed', TB, 'nsErrorCouldNotConnectViaTls')
E('client.encrypted-password-unsupported', TB, 'pop3AuthChangeEncryptToPlainNoSSL')
E('client.encrypted-password-unsupported', TB, 'pop3AuthChangeEncryptToPlainSSL')
E('client.plaintext-auth-refused', TB, 'pop3AuthChangePlainToEncrypt')
E('client.no-common-auth-method', TB, 'pop3AuthMechNotSupported')
E('client.kerberos-failed', TB, 'pop3GssapiFailure')
E('client.local-write-failed', TB, 'outOfDiskSpace')
E('client.local-write-failed', TB, 'mailboxTooLarge', J('Inbox', '受信トレイ'))
E('client.login-failed', TB, 'mailServerLoginFailed2', HOST_IN, 'taro')
E('client.sent-copy-failed', TB, 'failedCopyOperation')
E('client.sent-copy-failed', TB, 'promptToSaveSentLocally2', J('Sent', '送信済みトレイ'), USER, 'Local Folders')
E('client.starttls-not-offered', TB, 'startTlsFailed', HOST_OUT)
E('client.server-not-found', TB, 'smtpSendFailedUnknownServer', HOST_OUT)
E('client.cannot-connect', TB, 'smtpSendRequestRefused', HOST_OUT)
E('client.connection-dropped', TB, 'smtpSendInterrupted', HOST_OUT)
E('client.timeout', TB, 'smtpSendTimeout', HOST_OUT)
E('client.encrypted-password-unsupported', TB, 'smtpHintAuthEncryptToPlainNoSsl', HOST_OUT)
E('client.encrypted-password-unsupported', TB, 'smtpHintAuthEncryptToPlainSsl', HOST_OUT)
E('client.plaintext-auth-refused', TB, 'smtpHintAuthPlainToEncrypt', HOST_OUT)
E('client.smtp-auth-failed', TB, 'smtpAuthFailure', HOST_OUT)
E('client.kerberos-failed', TB, 'smtpAuthGssapi', HOST_OUT)
E('client.no-common-auth-method', TB, 'smtpAuthMechNotSupported', HOST_OUT)
E('delivery.non-ascii-address', TB, 'errorIllegalLocalPart2', 'たろう@example.jp')
E('client.invalid-address', TB, 'addressInvalid', 'hanako.example.com')
E('client.smtp-storage-exceeded', TB, 'smtpPermSizeExceeded2', '552 5.3.4 Message size exceeds fixed limit')
E('client.sending-limit-exceeded', TB, 'smtpTooManyRecipients', '452 4.5.3 Error: too many recipients')
E('client.login-failed', TB, 'account-setup-credentials-wrong')
E('client.login-failed', TB, 'account-hub-credentials-wrong')
E('client.autoconfig-failed', TB, 'account-setup-find-settings-failed')
E('client.autoconfig-failed', TB, 'account-hub-find-settings-failed')
E('client.autoconfig-failed', TB, 'account-hub-find-account-settings-failed')
V(TB, 'smtpServerError', ['R'], SMTP_ANY)
V(TB, 'errorSendingDataCommand', ['R'], SMTP_DATA + SMTP_RCPT[:2])
V(TB, 'errorSendingMessage', ['R'], SMTP_DATA[:3])
V(TB, 'errorSendingFromCommand', ['R'], SMTP_MAIL)
V(TB, 'errorSendingRcptCommand', ['R', RCPT], SMTP_RCPT)
V(TB, 'pop3PasswordFailed', ['taro'], POP_REPLIES, then=('pop3ServerSaid', [HOST_IN]))
V(TB, 'imapServerCommandFailed', [USER, 'R'], IMAP_REPLIES)
V(TB, 'imapFolderCommandFailed', [USER, J('Sent', '送信済みトレイ'), 'R'],
  [('client.own-mailbox-over-quota', 'NO [OVERQUOTA] Quota exceeded (mailbox for user is full)')])
# certificates and TLS (Thunderbird's own certificate dialog and the NSS texts it shows)
E('client.certificate-name-mismatch', TB, 'cert-error-domain-mismatch', HOST_IN)
E('client.certificate-name-mismatch', TB, 'cert-error-inline-domain-mismatch.title', HOST_IN)
E('client.certificate-expired', TB, 'cert-error-expired', HOST_IN, J('January 31, 2026', '2026年1月31日'))
E('client.certificate-expired', TB, 'cert-error-inline-expired.title', HOST_IN, J('January 31, 2026', '2026年1月31日'))
E('client.certificate-expired', TB, 'cert-error-not-yet-valid', HOST_IN, J('March 1, 2027', '2027年3月1日'))
E('client.certificate-expired', TB, 'cert-error-inline-not-yet-valid.title', HOST_IN, J('March 1, 2027', '2027年3月1日'))
E('client.certificate-error', TB, 'cert-error-untrusted-default', HOST_IN)
E('client.certificate-error', TB, 'cert-error-inline-untrusted-default.title', HOST_IN)
E('client.certificate-error', TB, 'cert-error-trust-unknown-issuer', HOST_IN)
E('client.certificate-error', TB, 'cert-error-trust-self-signed')
E('client.certificate-error', TB, 'cert-error-trust-untrusted-issuer')
E('client.certificate-error', TB, 'cert-error-trust-cert-invalid')
E('client.certificate-expired', TB, 'cert-error-trust-expired-issuer')
E('client.certificate-error', TB, 'certErrorTrust_UnknownIssuer')
E('client.certificate-error', TB, 'certErrorTrust_SelfSigned')
E('client.certificate-error', TB, 'certErrorTrust_Issuer')
E('client.certificate-error', TB, 'certErrorTrust_Untrusted')
E('client.certificate-expired', TB, 'certErrorTrust_ExpiredIssuer')
E('client.certificate-name-mismatch', TB, 'certErrorMismatch', HOST_IN)
E('client.certificate-name-mismatch', TB, 'certErrorMismatchSinglePrefix', 'www.example.jp')
E('client.certificate-expired', TB, 'certErrorExpiredNow', J('1/31/2026, 9:00 AM', '2026/1/31 9:00'),
  J('12/7/2026, 10:00 PM', '2026/12/7 22:00'))
E('client.certificate-expired', TB, 'certErrorNotYetValidNow', J('3/1/2027, 9:00 AM', '2027/3/1 9:00'),
  J('12/7/2026, 10:00 PM', '2026/12/7 22:00'))
NSS = [
    ('client.tls-failed', 'SSL_ERROR_NO_CYPHER_OVERLAP'),
    ('client.tls-failed', 'SSL_ERROR_RX_RECORD_TOO_LONG'),
    ('client.tls-failed', 'SSL_ERROR_HANDSHAKE_FAILURE_ALERT'),
    ('client.tls-failed', 'SSL_ERROR_PROTOCOL_VERSION_ALERT'),
    ('client.tls-failed', 'SSL_ERROR_UNSUPPORTED_VERSION'),
    ('client.tls-failed', 'SSL_ERROR_INAPPROPRIATE_FALLBACK_ALERT'),
    ('client.tls-failed', 'SSL_ERROR_WEAK_SERVER_EPHEMERAL_DH_KEY'),
    ('client.certificate-name-mismatch', 'SSL_ERROR_BAD_CERT_DOMAIN'),
    ('client.certificate-name-mismatch', 'SSL_ERROR_UNRECOGNIZED_NAME_ALERT'),
    ('client.certificate-expired', 'SEC_ERROR_EXPIRED_CERTIFICATE'),
    ('client.certificate-expired', 'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE'),
    ('client.certificate-expired', 'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE'),
    ('client.certificate-error', 'SEC_ERROR_UNKNOWN_ISSUER'),
    ('client.certificate-error', 'SEC_ERROR_UNTRUSTED_ISSUER'),
    ('client.certificate-error', 'SEC_ERROR_UNTRUSTED_CERT'),
    ('client.certificate-error', 'SEC_ERROR_REVOKED_CERTIFICATE'),
    ('client.certificate-error', 'SEC_ERROR_CA_CERT_INVALID'),
    ('client.certificate-error', 'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT'),
    ('client.client-certificate-required', 'SSL_ERROR_NO_CERTIFICATE'),
    ('client.client-certificate-required', 'SSL_ERROR_BAD_CERT_ALERT'),
    ('client.client-certificate-required', 'SSL_ERROR_EXPIRED_CERT_ALERT'),
    ('client.client-certificate-required', 'SSL_ERROR_REVOKED_CERT_ALERT'),
    ('client.client-certificate-required', 'SSL_ERROR_UNKNOWN_CA_ALERT'),
]
for label, key in NSS:
    E(label, TB, key)
# the same NSS texts inside Thunderbird's connection-error frame
V(TB, 'SSLConnectionErrorPrefix2', [f'{HOST_IN}:993', 'R'], [(label, R(TB, key)) for label, key in NSS])

# ---------------------------------------------------------------- Evolution (Camel, in evolution-data-server)
EDS = 'evolution-data-server-common'
TLS_TEXTS = [
    ('client.certificate-error', R('glib-networking-common', 'Unacceptable TLS certificate')),
    ('client.certificate-error', R('glib-networking-common', 'Unacceptable TLS certificate authority')),
    ('client.tls-failed', R('glib-networking-common', 'Error performing TLS handshake: %s',
                             'An unexpected TLS packet was received.')),
    ('client.client-certificate-required', R('glib-networking-common', 'Server required TLS certificate')),
]
V(EDS, 'Failed to connect to IMAP server %s in secure mode: %s', [HOST_IN, 'R'], TLS_TEXTS)
V(EDS, 'Failed to connect to POP server %s in secure mode: %s', [HOST_IN, 'R'], TLS_TEXTS[:3])
V(EDS, 'Failed to connect to SMTP server %s in secure mode: %s', [HOST_OUT, 'R'], TLS_TEXTS[:3])
E('client.starttls-not-offered', EDS, 'STARTTLS not supported')
E('client.starttls-not-offered', EDS, 'STLS not supported by server')
V(EDS, 'Failed to authenticate on POP server %s: ', [HOST_IN], POP_REPLIES, then=('R', []))
V(EDS, 'Unable to connect to POP server %s.\\nError sending password: ', [HOST_IN],
  [POP_REPLIES[0], POP_REPLIES[1], POP_REPLIES[5]], then=('R', []))
E('client.encrypted-password-unsupported', EDS, 'IMAP server %s does not support %s authentication', HOST_IN, 'CRAM-MD5')
E('client.no-common-auth-method', EDS, 'IMAP server %s does not support %s authentication', HOST_IN, 'GSSAPI')
E('client.encrypted-password-unsupported', EDS, 'SMTP server %s does not support %s authentication', HOST_OUT, 'CRAM-MD5')
E('client.no-common-auth-method', EDS, 'SMTP server %s does not support %s authentication', HOST_OUT, 'XOAUTH2')
E('client.no-common-auth-method', EDS, 'No support for %s authentication', 'NTLM')
E('status.auth-mechanism-too-weak', EDS, 'Authentication mechanism is too weak')
E('client.plaintext-auth-refused', EDS, 'Encryption required for requested authentication mechanism')
E('client.password-transition-needed', EDS, 'A password transition is needed')
E('client.server-not-found', EDS, 'Host lookup failed')
E('client.certificate-expired', EDS, 'The certificate has expired.')
E('client.certificate-error', EDS, 'The signing certificate authority is not known.')
E('client.certificate-name-mismatch', EDS, 'The certificate does not match the expected identity of the site that it was retrieved from.')
V(EDS, 'AUTH command failed: ', [], SMTP_AUTH, then=('R', []))
V(EDS, 'MAIL FROM command failed: ', [], SMTP_MAIL, then=('R', []))
V(EDS, 'RCPT TO <%s> failed: ', [RCPT], SMTP_RCPT, then=('R', []))
V(EDS, 'DATA command failed: ', [], SMTP_DATA, then=('R', []))
E('status.tls-or-auth-unavailable-454', EDS, 'STARTTLS command failed: ', then=('454 4.7.0 TLS not available due to local problem', []))
V(EDS, 'Could not read greeting from %s: ', [HOST_OUT], [('client.connection-dropped', RESET)], then=('R', []))
EVO = 'evolution-common'
E('client.no-common-auth-method', EVO, 'This server does not support this type of authentication and may not support authentication at all.')

# ---------------------------------------------------------------- GLib / glib-networking / glibc (embedded OS texts)
GL = 'libglib2.0-data'
V(GL, 'Could not connect to %s: ', [f'{HOST_IN}:993'], OS_CONNECT, then=('R', []))
V(GL, 'Error resolving “%s”: %s', [HOST_IN, 'R'], OS_RESOLVE)
E('client.server-not-found', GL, 'Temporarily unable to resolve “%s”', HOST_IN)
E('client.cannot-connect', GL, 'Host unreachable')
V(GL, 'Error connecting: %s\\n', ['R'], OS_CONNECT[:2])
GN = 'glib-networking-common'
E('client.certificate-error', GN, 'Unacceptable TLS certificate')
E('client.certificate-error', GN, 'Unacceptable TLS certificate authority')
E('client.client-certificate-required', GN, 'Server required TLS certificate')
V(GN, 'Peer failed to perform TLS handshake: %s', ['R'], [('client.tls-failed', 'A TLS fatal alert has been received.')])
LC = 'libc-l10n'
E('client.cannot-connect', LC, 'Connection refused')
E('client.timeout', LC, 'Connection timed out')
E('client.connection-dropped', LC, 'Connection reset by peer')
E('client.no-connection', LC, 'Network is unreachable')
E('client.cannot-connect', LC, 'No route to host')
E('client.server-not-found', LC, 'Name or service not known')
E('client.server-not-found', LC, 'Temporary failure in name resolution')
E('client.connection-dropped', LC, 'Software caused connection abort')

# ---------------------------------------------------------------- mutt and NeoMutt
MU = ('mutt', 'neomutt')
V(MU, 'Could not connect to %s (%s).', [HOST_IN, 'R'], OS_CONNECT)
E('client.server-not-found', MU, 'Could not find the host "%s"', HOST_IN)
E('client.timeout', MU, 'Connection to %s timed out', HOST_IN)
E('client.connection-dropped', MU, 'Connection to %s closed', HOST_IN)
E('client.connection-dropped', MU, 'Server closed connection!')
E('client.connection-dropped', MU, 'Connection lost. Reconnect to POP server?')
E('client.connection-dropped', MU, 'Connection to %s has been aborted', HOST_IN)
V(MU, 'Error talking to %s (%s)', [HOST_IN, 'R'], [('client.connection-dropped', RESET)])
E('client.tls-failed', MU, 'Could not negotiate TLS connection')
E('client.starttls-not-offered', MU, 'Encrypted connection unavailable')
V(MU, 'Certificate host check failed: %s', ['R'],
  [('client.certificate-name-mismatch', R('mutt', 'certificate owner does not match hostname %s', HOST_IN))])
E('client.certificate-name-mismatch', MU, 'certificate owner does not match hostname %s', HOST_IN)
E('client.certificate-name-mismatch', MU, 'WARNING: Server hostname does not match certificate')
E('client.certificate-expired', MU, 'WARNING: Server certificate has expired')
E('client.certificate-expired', MU, 'WARNING: Server certificate is not yet valid')
E('client.certificate-expired', MU, 'Server certificate has expired')
E('client.certificate-expired', MU, 'Server certificate is not yet valid')
E('client.certificate-error', MU, 'WARNING: Server certificate has been revoked')
E('client.certificate-error', MU, 'Untrusted server certificate')
V(MU, 'Certificate verification error (%s)', ['R'], X509)
E('client.login-failed', MU, 'SASL authentication failed.')
E('client.login-failed', MU, 'Authentication failed.')
E('client.login-failed', MU, '%s authentication failed.', 'LOGIN')
E('client.login-failed', MU, 'CRAM-MD5 authentication failed.')
E('client.login-failed', MU, 'APOP authentication failed.')
E('client.kerberos-failed', MU, 'GSSAPI authentication failed.')
E('client.no-common-auth-method', MU, 'No authenticators available')
E('client.plaintext-auth-refused', MU, 'LOGIN disabled on this server.')
E('client.apop-invalid-timestamp', MU, 'POP timestamp is invalid!')
E('client.pop3-no-uidl', MU, 'Command UIDL is not supported by server.')
E('client.pop3-no-uidl', MU, 'Unable to leave messages on server.')
V(MU, 'SMTP session failed: %s', ['R'], SMTP_MAIL[:3] + SMTP_RCPT[:2] + SMTP_AUTH[:1] + SMTP_DATA[:3])
E('client.sent-copy-failed', MU, 'Fcc failed. (r)etry, alternate (m)ailbox, or (s)kip? ')
E('client.sent-copy-failed', MU, 'Warning: Fcc to %s failed', '=Sent')

# ---------------------------------------------------------------- Claws Mail
CL = 'claws-mail-i18n'
E('client.cannot-connect', CL, "Can't connect to POP3 server: %s:%d", HOST_IN, '110')
E('client.cannot-connect', CL, "Can't connect to IMAP server: %s:%d", HOST_IN, '143')
E('client.server-not-found', CL, '%s:%d: unknown host.\\n', HOST_IN, '993')
V(CL, '%s:%s: host lookup failed (%s).\\n', [HOST_IN, '993', 'R'], OS_RESOLVE)
V(CL, '%s:%d: connection failed (%s).\\n', [HOST_IN, '993', 'R'], OS_CONNECT)
E('client.timeout', CL, 'Connection to %s:%d timed out.', HOST_IN, '993')
E('client.timeout', CL, 'Timeout (%d seconds) connecting to %s\\n', '60', HOST_IN)
E('client.timeout', CL, 'Connection timed out.\\n')
E('client.timeout', CL, 'Socket IO timeout.\\n')
E('client.timeout', CL, 'Session timed out. You may be able to recover by increasing the timeout value in Preferences/Other/Miscellaneous.')
E('client.connection-dropped', CL, 'Connection closed by the remote host.')
E('client.cannot-connect', CL, 'Connection to %s:%d failed.', HOST_IN, '993')
E('client.cannot-connect', CL, 'Could not connect to server')
E('client.cannot-connect', CL, 'Unable to connect')
E('client.cannot-connect', CL, 'connection refused')
E('client.login-failed', CL, 'Authentication failed.')
E('client.login-failed', CL, 'Error logging in to %s:%d...\\n', HOST_IN, '993')
E('client.login-failed', CL, 'Error authenticating to %s:%d...\\n', HOST_IN, '993')
E('client.connection-dropped', CL, 'Connection to %s:%d closed by the remote host.', HOST_IN, '993')
E('client.connection-dropped', CL, 'IMAP connection broken\\n')
E('client.login-failed', CL, "Couldn't login to IMAP server %s.", HOST_IN)
E('client.login-failed', CL, 'Connection to %s failed: login refused.%s', HOST_IN, '')
E('client.starttls-required', CL, 'Server requires STARTTLS to log in.\\n')
E('client.tls-failed', CL, "Can't start STARTTLS session.\\n")
E('client.tls-failed', CL, 'Error starting STARTTLS connection')
E('client.certificate-expired', CL, 'Certificate for %s is expired.\\n%sDo you want to continue?', HOST_IN, '\\n')
E('client.certificate-error', CL, 'Certificate for %s is unknown.\\n%sDo you want to accept it?', HOST_IN, '\\n')
E('client.certificate-error', CL, 'Certificate for %s has changed.\\n%sDo you want to accept it?', HOST_IN, '\\n')
E('client.certificate-name-mismatch', CL, 'Certificate is for %s, but connection is to %s.\\nYou may be connecting to a rogue server.\\n\\n',
  'www.example.jp', HOST_IN)
E('client.apop-not-offered', CL, 'Required APOP timestamp not found in greeting\\n')
E('client.apop-invalid-timestamp', CL, 'Timestamp syntax error in greeting\\n')
E('client.apop-invalid-timestamp', CL, 'Timestamp syntax error in greeting (not ASCII)\\n')
E('client.local-write-failed', CL, 'No disk space left.')
E('client.plaintext-auth-refused', CL, 'Server logins are disabled.\\n')
E('client.autoconfig-failed', CL, 'Failed: no service record found.')
V(CL, 'Error occurred while sending the message:\\n%s', ['R'], SMTP_ANY)
V(CL, 'Error occurred while processing mail:\\n%s', ['R'], POP_REPLIES[:5])
V(CL, 'Authentication failed:\\n%s', ['R'], SMTP_AUTH[:2] + POP_REPLIES[:1] + IMAP_REPLIES[:1])

# ---------------------------------------------------------------- Sylpheed
SY = 'sylpheed-i18n'
E('client.cannot-connect', SY, "Can't connect to POP3 server: %s:%d", HOST_IN, '110')
E('client.cannot-connect', SY, "Can't connect to SMTP server: %s:%d", HOST_OUT, '587')
E('client.cannot-connect', SY, "Can't connect to IMAP4 server: %s:%d\\n", HOST_IN, '143')
E('client.connection-dropped', SY, 'Connection closed by the remote host.')
E('client.cannot-connect', SY, 'Connection to %s:%d failed.', HOST_IN, '110')
E('client.cannot-connect', SY, 'Could not connect to server')
E('client.cannot-connect', SY, 'Could not establish a connection to the server.')
E('client.cannot-connect', SY, 'Could not establish IMAP connection.\\n')
E('client.cannot-connect', SY, "Can't establish IMAP4 session with: %s:%d\\n", HOST_IN, '143')
E('client.login-failed', SY, 'Authentication failed.')
E('client.connection-dropped', SY, 'IMAP4 connection to %s has been disconnected. Reconnecting...\\n', HOST_IN)
E('client.login-failed', SY, 'IMAP4 authentication failed.\\n')
E('client.login-failed', SY, 'IMAP4 login failed.\\n')
E('client.apop-not-offered', SY, 'Required APOP timestamp not found in greeting\\n')
E('client.apop-invalid-timestamp', SY, 'Timestamp syntax error in greeting\\n')
E('client.apop-invalid-timestamp', SY, 'Invalid timestamp in greeting\\n')
E('client.tls-failed', SY, "Can't start TLS session.\\n")
E('client.certificate-error', SY, 'SSL certificate verify failed')
V(SY, 'The SSL certificate of %s cannot be verified by the following reason:', [HOST_IN], X509, then=('R', []))
E('client.local-write-failed', SY, 'No disk space left.')
E('client.sent-copy-failed', SY, 'Sending of message was completed, but the message could not be saved to outbox.')
E('client.timeout', SY, 'session timeout\\n')
V(SY, 'Error occurred while sending the message:\\n%s', ['R'], SMTP_ANY)
V(SY, 'Error occurred during POP3 session:\\n%s', ['R'], POP_REPLIES)
V(SY, 'Error occurred while processing mail:\\n%s', ['R'], POP_REPLIES[:5])
V(SY, 'Authentication failed:\\n%s', ['R'], SMTP_AUTH[:2])

# ---------------------------------------------------------------- Geary
GE = 'geary'
E('client.certificate-expired', GE, 'The server’s certificate has expired')
E('client.certificate-expired', GE, 'The server’s certificate has not been activated')
E('client.certificate-error', GE, 'The server’s certificate is not signed by a known authority')
E('client.certificate-name-mismatch', GE, 'The server’s identity does not match the identity in the certificate')
E('client.certificate-error', GE, 'The server’s certificate has been revoked and is now invalid')
E('client.certificate-error', GE, 'The identity of the %s mail server at %s:%u could not be verified.', 'IMAP', HOST_IN, '993')
E('client.certificate-error', GE, 'An error has occurred processing the server’s certificate')
E('client.server-not-found', GE, 'Could not look up server name')
E('client.no-connection', GE, 'Could not connect, check your network')
E('client.login-failed', GE, 'An account has reported an incorrect login or password.')
E('client.login-failed', GE, 'Check your receiving login and password')
E('client.smtp-auth-failed', GE, 'Check your sending login and password')

# ---------------------------------------------------------------- msmtp (no Japanese catalog)
MS = 'msmtp'
V(MS, 'cannot locate host %s: %s', [HOST_OUT, 'R'], OS_RESOLVE)
V(MS, 'cannot connect to %s, port %d: %s', [HOST_OUT, '587', 'R'], OS_CONNECT)
E('client.server-not-found', MS, 'host not found (authoritative)')
E('client.no-connection', MS, 'network unreachable')
E('client.cannot-connect', MS, 'connection refused')
E('client.connection-dropped', MS, 'connection reset by peer')
E('client.connection-dropped', MS, 'the connection was closed unexpectedly')
E('client.starttls-not-offered', MS, 'the server does not support TLS via the STARTTLS command')
E('client.smtp-auth-unsupported', MS, 'the server does not support authentication')
E('client.encrypted-password-unsupported', MS, 'the server does not support authentication method %s', 'CRAM-MD5')
E('client.smtp-auth-failed', MS, 'authentication failed (method %s)', 'PLAIN')
V(MS, 'authentication failed: %s (method %s)', ['R', 'PLAIN'], SMTP_AUTH[:2])
V(MS, 'TLS handshake failed: %s', ['R'], [('client.tls-failed', 'A TLS fatal alert has been received.'),
                                         ('client.tls-failed', 'An unexpected TLS packet was received.')])
E('client.certificate-error', MS, 'TLS certificate verification failed')
E('client.certificate-name-mismatch', MS, '%s: the certificate owner does not match hostname %s', 'TLS certificate verification failed', HOST_OUT)
E('client.dsn-not-supported', MS, 'the server does not support DSN')
E('client.autoconfig-failed', MS, 'automatic configuration based on SRV records failed: %s', 'no SRV records for _submission._tcp.example.jp')
# msmtp prints the server's reply on its own line: "msmtp: server message: ..."
V(MS, 'recipient address %s not accepted by the server', [RCPT], SMTP_RCPT[:3], then=('R', [], '\\nmsmtp: server message: '))
V(MS, 'envelope from address %s not accepted by the server', ['taro@example.com'], SMTP_MAIL[:3],
  then=('R', [], '\\nmsmtp: server message: '))

# ---------------------------------------------------------------- fetchmail (no catalog: English strings of the binary)
FM = 'fetchmail'
E('client.apop-invalid-timestamp', FM, 'Invalid APOP timestamp.')
E('client.apop-not-offered', FM, 'Required APOP timestamp not found in greeting')
E('client.tls-failed', FM, '%s: upgrade to TLS failed.', HOST_IN)
E('client.tls-failed', FM, 'Server shut down connection prematurely during SSL_connect().')
E('client.tls-failed', FM, 'SSL connection failed.')
E('client.login-failed', FM, 'fetchmail authentication failed on %s@%s', 'taro', HOST_IN)
E('client.login-failed', FM, 'The attempt to get authorization failed.')
V(FM, 'Server certificate verification error: %s', ['R'], X509)
E('client.plaintext-auth-refused', FM, '%s: --auth password requested but server forbids it (LOGINDISABLED).', HOST_IN)
E('client.no-common-auth-method', FM, "%s: we've run out of authentication methods and cannot log in.", HOST_IN)
E('client.mailbox-locked', FM, 'Lock-busy error on %s@%s', 'taro', HOST_IN)
E('client.login-failed', FM, 'Authorization failure on %s@%s%s', 'taro', HOST_IN, '')
E('client.login-failed', FM, 'Unknown login or authentication error on %s@%s', 'taro', HOST_IN)
E('client.kerberos-failed', FM, 'No suitable GSSAPI credentials found. Skipping GSSAPI authentication.')
E('client.certificate-error', FM, 'Missing trust anchor certificate: %s', '/C=JP/O=Example CA/CN=Example Root CA')
E('client.certificate-error', FM, 'Broken certification chain at: %s', '/C=JP/O=Example CA/CN=Example Intermediate CA')
E('client.timeout', FM, 'Fetchmail saw more than %d timeouts while attempting to get mail from %s@%s.', '3', 'taro', HOST_IN)
E('client.starttls-not-offered', FM, 'STLS is mandatory for this session, but server refused CAPA command.')

PROGRAM = {
    'thunderbird': 'Thunderbird', 'evolution-data-server-common': 'Evolution', 'evolution-common': 'Evolution',
    'claws-mail-i18n': 'Claws Mail', 'sylpheed-i18n': 'Sylpheed', 'mutt': 'Mutt', 'neomutt': 'NeoMutt',
    'geary': 'Geary', 'msmtp': 'msmtp', 'fetchmail': 'fetchmail', 'libglib2.0-data': 'GLib (OS)',
    'glib-networking-common': 'glib-networking (OS)', 'libc-l10n': 'glibc (OS)',
}

CUR.write(OUT, PROGRAM)
