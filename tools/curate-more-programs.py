#!/usr/bin/env python3
"""Build src/test/resources/client-errors/more-programs.tsv from the raw TSV of mine-client-errors.sh --more.

    tools/mine-client-errors.sh /tmp/mine                  # OS texts (glibc) used inside the frames
    tools/mine-client-errors.sh --more /tmp/mine-more      # PHPMailer, SOGo, Python, Angus Mail, nodemailer, ...
    python3 tools/curate-more-programs.py /tmp/mine/raw.tsv /tmp/mine-more/raw.tsv \\
        src/test/resources/client-errors/more-programs.tsv

The same method as curate-program-errors.py and curate-other-programs.py (the machinery is tools/curation.py):
the SPEC is the hand curation, each message with a help-desk expert's label and realistic placeholder values.
These programs are libraries and servers as much as mail programs: a library's error reaches the user as its
caller prints it, so `lead` puts the exception's class name before the library's own text where that is how
it is shown (Python's traceback line, Java's exception toString), and `then` puts the server reply or the
operating system's text after it. A frame holding a reply (V) gives one row per reply; the reply decides.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import HOST_IN, HOST_OUT, PHP, PRINTF, RCPT, SOGO, USER, Curation, J, R  # noqa: E402

RAW_OS, RAW, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
CUR = Curation([RAW_OS, RAW], [('printf', PRINTF), ('sogo', SOGO), ('php', PHP)])
E, V = CUR.E, CUR.V

# ---------------------------------------------------------------- server replies (real wordings, as in the other tables)
AUTH_535 = ('client.smtp-auth-failed', '535 5.7.8 Error: authentication failed: authentication failure')
AUTH_GMAIL = ('client.smtp-auth-failed', '535-5.7.8 Username and Password not accepted. For more information, go to\\n'
              '535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1-20020a170902 - gsmtp')
AUTH_MS = ('client.smtp-auth-failed', '535 5.7.3 Authentication unsuccessful [TYCP286CA0001.JPNP286.PROD.OUTLOOK.COM]')
APP_PW = ('provider.gmail-app-password-required', '534-5.7.9 Application-specific password required. Learn more at\\n'
          '534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor d9443c01a7336-21 - gsmtp')
MS_BASIC_OFF = ('client.oauth-failed', '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. '
                '[TYCP286CA0001.JPNP286.PROD.OUTLOOK.COM]')
RCPT_UNKNOWN = ('reason:userunknown', f'550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown in virtual mailbox table')
RELAY = ('client.smtp-auth-required', f'554 5.7.1 <{RCPT}>: Relay access denied')
RCPT_FULL = ('reason:mailboxfull', '552 5.2.2 <hanako@example.jp>: user is over the quota')
TOO_MANY = ('client.sending-limit-exceeded', '452 4.5.3 Error: too many recipients')
SENDER = ('client.sender-address-rejected', f'553 5.7.1 <taro@example.com>: Sender address rejected: not owned by user {USER}')
STARTTLS_FIRST = ('client.starttls-required', '530 5.7.0 Must issue a STARTTLS command first')
NOT_AUTH_MS = ('client.smtp-auth-required', '530 5.7.57 Client not authenticated to send mail. [TYCP286CA0001.JPNP286.PROD.OUTLOOK.COM]')
DAILY = ('provider.gmail-daily-sending-limit', '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail\\n'
         '550 5.4.5 sending limits go to https://support.google.com/a/answer/166852 - gsmtp')
SPAM = ('reason:spamdetected', '550 5.7.1 Message rejected as spam by Content Filtering.')
TOO_BIG = ('reason:mesgtoobig', '552 5.3.4 Message size exceeds fixed limit')

# ---------------------------------------------------------------- PHPMailer (en + ja: its language array)
PM = 'libphp-phpmailer'
E('client.smtp-auth-failed', PM, 'authenticate')
E('client.cannot-connect', PM, 'connect_host')
E('client.cannot-connect', PM, 'smtp_connect_failed', then=('https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting', ()))
V(PM, 'recipients_failed', (), [RCPT_UNKNOWN, RELAY, RCPT_FULL], then=(f'{RCPT}:', ()))
V(PM, 'from_failed', (), [SENDER, NOT_AUTH_MS], then=(f'{USER} : MAIL FROM command failed,', ()))
V(PM, 'data_not_accepted', (), [SPAM, TOO_BIG], then=('R', ()))
V(PM, 'smtp_error', (), [AUTH_GMAIL, APP_PW, STARTTLS_FIRST, DAILY], then=('R', ()))
E('client.no-recipients', PM, 'provide_address')
# PHPMailer's SMTP class: the reason after its own frame is PHP's socket text ("errstr (errno)")
E('client.cannot-connect', PM, 'Failed to connect to server', then=(': Connection refused (111)', (), ''))
E('client.timeout', PM, 'Failed to connect to server', then=(': Connection timed out (110)', (), ''))
E('client.server-not-found', PM, 'Failed to connect to server', then=(
    ': php_network_getaddresses: getaddrinfo for smtp.example.jp failed: Name or service not known (0)', (), ''))
E('client.no-common-auth-method', PM, 'No supported authentication methods found')
E('client.encrypted-password-unsupported', PM, 'The requested authentication method "$authtype" is not supported by the server',
  'CRAM-MD5')
E('client.cannot-connect', PM, 'Failed to connect to server $host on port $port. errno: $errno; errstr: $errstr',
  HOST_IN, '110', '111', 'Connection refused')
# PHP's OpenSSL stream text that PHPMailer passes on when STARTTLS fails
E('client.certificate-error', 'libssl3', 'certificate verify failed', lead='stream_socket_enable_crypto(): SSL operation '
  'failed with code 1. OpenSSL Error messages:\\nerror:0A000086:SSL routines::')

# ---------------------------------------------------------------- SOGo webmail (en + ja)
SG = 'sogo-common'
E('client.recipients-rejected', SG, 'cannot send message: (smtp) all recipients discarded')
E('client.cannot-connect', SG, 'cannot send message: (smtp) error when connecting')
E('client.sending-limit-exceeded', SG, 'Tried to send too many mails. Please wait.')
E('client.login-failed', SG, 'Wrong username or password.')
E('client.no-connection', SG, "Can't contact server")

# ---------------------------------------------------------------- Python's smtplib, imaplib, poplib (en)
PY = 'libpython3.11-stdlib'
E('client.smtp-auth-unsupported', PY, 'SMTP AUTH extension not supported by server.',
  lead='smtplib.SMTPNotSupportedError: ')
E('client.starttls-not-offered', PY, 'STARTTLS extension not supported by server.',
  lead='smtplib.SMTPNotSupportedError: ')
E('client.no-common-auth-method', PY, 'No suitable authentication method found.', lead='smtplib.SMTPException: ')
E('client.connection-dropped', PY, 'Connection unexpectedly closed', lead='smtplib.SMTPServerDisconnected: ')
E('delivery.non-ascii-address', PY, 'SMTPUTF8 not supported by server', lead='smtplib.SMTPNotSupportedError: ')
E('client.starttls-not-offered', PY, 'TLS not supported by server', lead='imaplib.IMAP4.abort: ')
E('client.tls-failed', PY, "Couldn't establish TLS session", lead='imaplib.IMAP4.error: ')
E('client.connection-dropped', PY, 'socket error: EOF', lead='imaplib.IMAP4.abort: ')
E('client.starttls-not-offered', PY, '-ERR STLS not supported by server', lead='poplib.error_proto: ')
E('client.apop-not-offered', PY, '-ERR APOP not supported by server', lead='poplib.error_proto: ')
# Python's ssl module around OpenSSL's verification texts (libssl3)
SSL_PY = 'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: '
E('client.certificate-error', 'libssl3', 'unable to get local issuer certificate', lead=SSL_PY, then=('(_ssl.c:992)', ()))
E('client.certificate-error', 'libssl3', 'self-signed certificate', lead=SSL_PY, then=('(_ssl.c:992)', ()))
E('client.certificate-expired', 'libssl3', 'certificate has expired', lead=SSL_PY, then=('(_ssl.c:992)', ()))
E('client.tls-failed', 'libssl3', 'wrong version number', lead='ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] ',
  then=('(_ssl.c:992)', ()))
E('client.tls-failed', 'libssl3', 'tlsv1 alert protocol version', lead='ssl.SSLError: [SSL: TLSV1_ALERT_PROTOCOL_VERSION] ',
  then=('(_ssl.c:992)', ()))

# ---------------------------------------------------------------- Angus Mail / Jakarta Mail (en), as Java prints them
AM = 'angus-mail'
JM = 'jakarta.mail.MessagingException: '
E('client.cannot-connect', AM, 'Could not connect to SMTP host:', lead=JM, then=(
    f'{HOST_OUT}, port: 587;\\n  nested exception is:\\njava.net.ConnectException: Connection refused', ()))
E('client.timeout', AM, "Couldn't connect to host, port:", lead='org.eclipse.angus.mail.util.MailConnectException: ',
  then=(f'{HOST_OUT}, 587; timeout 10000;\\n  nested exception is:\\njava.net.SocketTimeoutException: Connect timed out', ()))
E('client.server-not-found', AM, 'Unknown SMTP host:', lead=JM, then=(
    f'{HOST_OUT};\\n  nested exception is:\\njava.net.UnknownHostException: {HOST_OUT}', ()))
E('client.certificate-error', AM, 'Could not convert socket to TLS', lead=JM, then=(
    ';\\n  nested exception is:\\njavax.net.ssl.SSLHandshakeException: PKIX path building failed: '
    'sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to '
    'requested target', (), ''))
E('client.tls-failed', AM, 'Could not convert socket to TLS', lead=JM, then=(
    ';\\n  nested exception is:\\njavax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled '
    'or cipher suites are inappropriate)', (), ''))
E('client.starttls-not-offered', AM, 'STARTTLS is required but host does not support STARTTLS', lead=JM)
E('client.starttls-not-offered', AM, 'STLS required but not supported', lead=JM)
E('client.no-common-auth-method', AM, 'No authentication mechanisms supported by both server and client',
  lead='jakarta.mail.AuthenticationFailedException: ')
E('client.connection-dropped', AM, 'Connection dropped by server?', lead='java.io.IOException: ')
E('client.certificate-name-mismatch', AM, 'No subject alternative DNS name matching', lead=JM + 'Could not convert '
  'socket to TLS;\\n  nested exception is:\\njavax.net.ssl.SSLHandshakeException: '
  'java.security.cert.CertificateException: ', then=(f'{HOST_IN} found.', ()))
V(AM, 'Sending failed because of invalid destination addresses', (), [RCPT_UNKNOWN, RELAY], lead='jakarta.mail.SendFailedException: ',
  then=(';\\n  nested exception is:\\norg.eclipse.angus.mail.smtp.SMTPAddressFailedException:', (), ''))

# ---------------------------------------------------------------- nodemailer (en): its frame, then ": " and the reply
NM = 'nodemailer'
V(NM, 'Invalid login', (), [AUTH_535, AUTH_GMAIL, AUTH_MS, APP_PW, MS_BASIC_OFF], lead='Error: ', then=('R', (), ': '))
V(NM, 'Mail command failed', (), [SENDER, STARTTLS_FIRST, DAILY], lead='Error: ', then=('R', (), ': '))
V(NM, 'Recipient command failed', (), [RCPT_UNKNOWN, RELAY, TOO_MANY], lead='Error: ', then=('R', (), ': '))
V(NM, 'Message failed', (), [SPAM, TOO_BIG], lead='Error: ', then=('R', (), ': '))
E('client.connection-dropped', NM, 'Connection closed unexpectedly', lead='Error: ')
E('client.timeout', NM, 'Connection timeout', lead='Error: ')
E('client.timeout', NM, 'Greeting never received', lead='Error: ')

# ---------------------------------------------------------------- server answers that mail programs show verbatim
DC = 'dovecot-core'
E('client.plaintext-auth-refused', DC, 'Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
  lead='-ERR [AUTH] ')
E('client.plaintext-auth-refused', DC, 'Plaintext authentication disallowed on non-secure (SSL/TLS) connections.',
  lead='* BAD [ALERT] ')
E('client.plaintext-auth-refused', DC, 'Login failed: Plaintext authentication disabled', lead='NO [PRIVACYREQUIRED] ')
E('client.too-many-connections', DC, 'Maximum number of connections from user+IP exceeded (mail_max_userip_connections=%u)',
  '10', lead='* BYE ')
E('client.login-failed', 'dovecot-imapd', 'Authentication failed.', lead='a002 NO [AUTHENTICATIONFAILED] ')
E('client.connection-dropped', 'dovecot-imapd', '* BYE Disconnected for inactivity.')
CI = 'courier-imap'
CP = 'courier-pop'
E('client.imap-pop-disabled', CI, '* BYE IMAP access disabled for this account.')
E('client.imap-pop-disabled', CP, '-ERR POP3 access disabled for this account.')
E('client.plaintext-auth-refused', CI, '* BYE IMAP access disabled via insecure connection.')
E('client.plaintext-auth-refused', CP, '-ERR POP3 access disabled via insecure connection.')
E('client.plaintext-auth-refused', CP, '-ERR TLS required to log in.')
E('client.login-failed', CP, '-ERR Login failed.')
E('client.own-mailbox-over-quota', CI, 'NO [ALERT] You exceeded your mail quota.')
E('client.login-failed', 'cyrus-imapd', '%s NO Login failed: %s', 'A01', 'authentication failure')

# ---- Second batch, labelled after the catalog had learnt the rows above and scored once before any further
# change to the catalog (the "second look" of the README): other messages of the same programs and servers.
VIRUS = ('reason:virusdetected', '554 5.7.1 Your message was infected with a virus')
E('client.invalid-address', PM, 'invalid_address', then=(' (to): hanako@@example.com', (), ''))
V(PM, 'recipients_failed', (), [TOO_MANY], then=(f'{RCPT}:', ()))
V(PM, 'from_failed', (), [STARTTLS_FIRST], then=(f'{USER} : MAIL FROM command failed,', ()))
V(PM, 'data_not_accepted', (), [VIRUS], then=('R', ()))
V(PM, 'smtp_error', (), [MS_BASIC_OFF, NOT_AUTH_MS], then=('R', ()))
E('client.recipients-rejected', SG, 'cannot send message (smtp) - recipients discarded', then=(': hanako@example', (), ''))
V(NM, "Can't send mail - all recipients were rejected", (), [RCPT_UNKNOWN, RELAY], lead='Error: ', then=('R', (), ': '))
E('client.timeout', AM, 'Could not connect to SMTP host:', lead=JM, then=(
    f'{HOST_OUT}, port: 465, response: -1;\\n  nested exception is:\\njava.net.SocketTimeoutException: connect timed out', ()))
E('client.cannot-connect', AM, 'Could not connect to SMTP host:', lead=JM, then=(
    f'{HOST_OUT}, port: 587;\\n  nested exception is:\\njava.net.NoRouteToHostException: No route to host', ()))
E('client.timeout', AM, 'Exception reading response', lead=JM, then=(
    ';\\n  nested exception is:\\njava.net.SocketTimeoutException: Read timed out', (), ''))
E('client.connection-dropped', AM, "Can't send command to SMTP host", lead=JM, then=(
    ';\\n  nested exception is:\\njava.net.SocketException: Connection reset', (), ''))
E('client.starttls-not-offered', AM, 'STARTTLS required but not supported by server', lead=JM)
E('client.no-common-auth-method', AM, 'No login methods supported!', lead=JM)
E('client.connection-dropped', PY, 'socket error: %s', '[Errno 104] Connection reset by peer', lead='imaplib.IMAP4.abort: ')
E('client.connection-dropped', PY, '-ERR EOF', lead='poplib.error_proto: ')
E('client.certificate-error', 'libssl3', 'self-signed certificate in certificate chain', lead=SSL_PY, then=('(_ssl.c:992)', ()))
E('client.certificate-expired', 'libssl3', 'certificate is not yet valid', lead=SSL_PY, then=('(_ssl.c:992)', ()))
E('client.mailbox-locked', 'dovecot-pop3d', '-ERR [IN-USE] Mailbox is locked by another POP3 session.')
E('client.connection-dropped', 'dovecot-pop3d', '-ERR Disconnected for inactivity.')
E('client.plaintext-auth-refused', DC, 'Plaintext authentication not allowed without SSL/TLS, but your client did it anyway. '
  'If anyone was listening, the password was exposed.', lead='* BAD [ALERT] ')
E('client.own-mailbox-over-quota', DC, 'Quota exceeded (mailbox for user is full)', lead='a005 NO [OVERQUOTA] ')
E('client.login-failed', CP, '-ERR Authentication failed.')
E('client.tls-failed', CP, '-ERR STARTTLS failed: %s', 'error:0A000410:SSL routines::sslv3 alert handshake failure')

# ---- Third batch: six programs not used before (Symfony Mailer, swaks, Ruby's net-smtp / net-pop, getmail6,
# offlineimap3, mpop), labelled after the second batch's catalog changes and scored once before any further
# change (the "third look" of the README). A Python or Ruby message written over several source lines is
# looked up by its first literal; the rest follows as `then`.
SF = 'php-symfony-mailer'
TE = 'Symfony\\Component\\Mailer\\Exception\\TransportException: '
E('client.cannot-connect', SF, 'Connection could not be established with host "%s":', 'ssl://smtp.example.jp:465', lead=TE,
  then=('stream_socket_client(): Unable to connect to ssl://smtp.example.jp:465 (Connection refused)', ()))
E('client.timeout', SF, 'Connection could not be established with host "%s":', 'smtp.example.jp:587', lead=TE,
  then=('stream_socket_client(): Unable to connect to smtp.example.jp:587 (Connection timed out)', ()))
E('client.server-not-found', SF, 'Connection could not be established with host "%s":', 'smtp.example.jp:587', lead=TE,
  then=('stream_socket_client(): php_network_getaddresses: getaddrinfo for smtp.example.jp failed: '
        'Name or service not known', ()))
E('client.timeout', SF, 'Connection to "%s" timed out.', 'smtp.example.jp:587', lead=TE)
E('client.connection-dropped', SF, 'Connection to "%s" has been closed unexpectedly.', 'smtp.example.jp:587', lead=TE)
E('client.tls-failed', SF, 'Unable to connect with STARTTLS.', lead=TE)
E('client.no-common-auth-method', SF, 'Failed to find an authenticator supported by the SMTP server, which currently '
  'supports: "%s".', 'gssapi", "ntlm', lead=TE)
for label, reply in [AUTH_535, AUTH_GMAIL, APP_PW]:
    E(label, SF, 'Failed to authenticate on SMTP server with username "%s" using the following authenticators: "%s".',
      USER, 'LOGIN", "PLAIN", "XOAUTH2', lead=TE,
      then=(f'Authenticator "LOGIN" returned "Expected response code "235" but got code "{reply[:3]}", with message '
            f'"{reply}".".', ()))
for label, reply, expected in [RCPT_UNKNOWN + ('250/251/252',), RELAY + ('250/251/252',), STARTTLS_FIRST + ('250',),
                               SPAM + ('250',)]:
    E(label, SF, 'Expected response code "%s" but got ', expected, lead=TE,
      then=(f'code "{reply[:3]}", with message "{reply}".', ()))
SW = 'swaks'
E('client.cannot-connect', SW, 'Error connecting to', lead='*** ', then=(
    'smtp.example.jp:25:\\n*** IO::Socket::INET6: connect: Connection refused', ()))
E('client.starttls-not-offered', SW, 'Host did not advertise STARTTLS', lead='*** ')
E('client.tls-failed', SW, 'STARTTLS attempted but failed', lead='*** ')
E('client.smtp-auth-unsupported', SW, 'Host did not advertise authentication', lead='*** ')
E('client.smtp-auth-failed', SW, 'No authentication type succeeded', lead='*** ')
E('client.connection-dropped', SW, 'Remote host closed connection unexpectedly.', lead='*** ')
E('client.no-common-auth-method', SW, 'Auth not attempted, requested type not available', lead='*** ')
RB = 'libruby3.1'
E('client.starttls-not-offered', RB, 'STARTTLS is not supported on this server', lead='Net::SMTPUnsupportedCommand: ')
E('client.timeout', RB, 'Timeout to open TCP connection to', lead='Net::OpenTimeout: ',
  then=('smtp.example.jp:587 (exceeds 30 seconds)', ()))
E('client.apop-not-offered', RB, 'not APOP server; cannot login', lead='Net::POPAuthenticationError: ')
GM = 'getmail6'
E('client.pop3-no-uidl', GM, 'POP error (%s) - if your server does not support the UIDL', '-ERR Unknown command: UIDL',
  then=('command, use BrokenUIDLPOP3Retriever instead', ()))
E('client.server-not-found', GM, 'error resolving name %s during connect (%s)', HOST_IN,
  '[Errno -2] Name or service not known')
E('client.cannot-connect', GM, 'socket error during connect (%s)', '[Errno 111] Connection refused')
E('client.imap-capability-missing', GM, 'IMAP4 IDLE requested, but not supported by server')
OI = 'offlineimap3'
E('client.plaintext-auth-refused', OI, 'IMAP LOGIN is', then=('disabled by server.  Need to use SSL?', ()))
E('client.no-common-auth-method', OI, 'Repository %s: no supported', 'Remote', then=(
    'authentication mechanisms found; configured XOAUTH2, server advertises PLAIN LOGIN', ()))
E('client.tls-failed', OI, "Unknown SSL protocol connecting to host '%s' for", HOST_IN, then=(
    "repository 'Remote'. OpenSSL responded:\\n[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)", ()))
E('client.cannot-connect', OI, "Connection to host '%s:%d' for repository '%s' was", HOST_IN, '993', 'Remote', then=(
    'refused. Make sure you have the right host and port configured and that you are actually able to access the '
    'network.', ()))
MP = 'mpop'
E('client.starttls-not-offered', MP, 'the POP3 server does not support TLS via the STLS command', lead='mpop: ')
E('client.encrypted-password-unsupported', MP, 'POP3 server does not support authentication method %s', 'CRAM-MD5',
  lead='mpop: ')
E('client.login-failed', MP, 'authentication failed (method %s)', 'USER', lead='mpop: ',
  then=('\\nmpop: POP3 server message: -ERR [AUTH] Authentication failed.', (), ''))
E('client.cannot-connect', MP, 'cannot connect to %s, port %d: %s', HOST_IN, '995', 'Connection refused', lead='mpop: ')
E('client.timeout', MP, 'cannot connect to %s, port %d: %s', HOST_IN, '995', 'Connection timed out', lead='mpop: ')
E('client.server-not-found', MP, 'cannot locate host %s: %s', HOST_IN, 'Name or service not known', lead='mpop: ')
E('client.certificate-error', MP, 'TLS certificate verification failed', lead='mpop: ',
  then=(': The certificate is NOT trusted. The certificate issuer is unknown.', (), ''))
E('client.certificate-name-mismatch', MP, '%s: the certificate owner does not match hostname %s',
  'TLS certificate verification failed', HOST_IN, lead='mpop: ')
E('client.tls-failed', MP, 'TLS handshake failed: %s', 'An unexpected TLS packet was received.', lead='mpop: ')

# ---- Fourth batch: the Xfce panel's mail checker (English and Japanese), labelled after the third batch's
# catalog changes and scored once before any further change (the "fourth look" of the README). The operating
# system's texts in its frames are glibc's, in the row's language.
XM = 'xfce4-mailwatch-plugin'
E('client.login-failed', XM, 'Authentication failed.  Perhaps your username or password is incorrect?')
E('client.server-not-found', XM, 'Could not find host "%s": %s', HOST_IN, R('libc-l10n', 'Name or service not known'))
V(XM, 'Failed to connect to server "%s": %s', (HOST_IN, 'R'),
  [('client.cannot-connect', R('libc-l10n', 'Connection refused')), ('client.timeout', R('libc-l10n', 'Connection timed out')),
   ('client.no-connection', R('libc-l10n', 'Network is unreachable'))])
E('client.starttls-not-offered', XM, 'STARTTLS security was requested, but this server does not support it.')
E('client.plaintext-auth-refused', XM, 'Secure IMAP is not available, and the IMAP server does not support plaintext logins.')
E('client.tls-failed', XM, 'TLS handshake failed: %s', 'An unexpected TLS packet was received.')
E('client.connection-dropped', XM, 'Failed to receive data: %s', R('libc-l10n', 'Connection reset by peer'))
E('client.login-failed', XM, 'Received HTTP response code %d.  The most likely reason for this is that your GMail username '
  'or password is incorrect.', '401')

# ---- Fifth batch: two libraries not used before, labelled after the fourth batch's catalog changes and scored
# once before any further change (the "fifth look" of the README). Go's standard library (net/smtp, crypto/tls,
# crypto/x509, net) as a Go program prints its errors, the dial frame ("dial tcp <ip>:<port>: ") included, and
# curl's libcurl texts as the curl command prints them ("curl: (<exit code>) <text>").
GO = 'golang-1.19-src'
E('client.server-not-found', GO, 'no such host', lead=f'dial tcp: lookup {HOST_OUT}: ')
E('client.cannot-connect', GO, 'connection refused', lead='dial tcp 192.0.2.25:587: connect: ')
E('client.timeout', GO, 'i/o timeout', lead='dial tcp 192.0.2.25:587: ')
E('client.starttls-not-offered', GO, 'unencrypted connection')
E('client.smtp-auth-unsupported', GO, "smtp: server doesn't support AUTH")
E('client.tls-failed', GO, 'first record does not look like a TLS handshake', lead='tls: ')
E('client.certificate-error', GO, 'x509: certificate signed by unknown authority', lead='tls: failed to verify certificate: ')
E('client.certificate-expired', GO, 'x509: certificate has expired or is not yet valid:', then=(
    'current time 2026-12-07T15:50:00+09:00 is after 2026-11-30T23:59:59Z', ()))
E('client.certificate-name-mismatch', GO, 'x509: certificate is valid for', then=(f'mail.example.com, not {HOST_OUT}', ()))
E('client.tls-failed', GO, 'handshake failure', lead='remote error: tls: ')
E('client.client-certificate-required', GO, 'bad certificate', lead='remote error: tls: ')
CU = 'libcurl4'
E('client.login-failed', CU, 'Login denied', lead='curl: (67) ')
E('client.starttls-not-offered', CU, 'Requested SSL level failed', lead='curl: (64) ')
E('client.certificate-error', CU, 'SSL certificate problem: %s', 'unable to get local issuer certificate', lead='curl: (60) ')
E('client.certificate-expired', CU, 'SSL certificate problem: %s', 'certificate has expired', lead='curl: (60) ')
E('client.cannot-connect', CU, 'Failed to connect to %s port %u after %ld ms: %s', HOST_OUT, '587', '3', 'Connection refused',
  lead='curl: (7) ')
E('client.server-not-found', CU, 'Could not resolve host: %s', HOST_OUT, lead='curl: (6) ')
E('client.timeout', CU, 'Connection timed out after %ld milliseconds', '10001', lead='curl: (28) ')
E('client.connection-dropped', CU, 'Recv failure: %s', 'Connection reset by peer', lead='curl: (56) ')
E('client.no-common-auth-method', CU, 'No known authentication mechanisms supported', lead='curl: (67) ')
E('status.tls-or-auth-unavailable-454', CU, 'STARTTLS denied, code %d', '454', lead='curl: (64) ')

PROGRAM = {
    PM: 'PHPMailer', SG: 'SOGo', PY: 'Python (smtplib, imaplib, poplib)', 'libssl3': 'OpenSSL (via PHP or Python)',
    AM: 'Angus Mail (Jakarta Mail)', NM: 'nodemailer', DC: 'Dovecot (server answer)',
    'dovecot-imapd': 'Dovecot (server answer)', 'dovecot-pop3d': 'Dovecot (server answer)',
    CI: 'Courier (server answer)', CP: 'Courier (server answer)', 'cyrus-imapd': 'Cyrus (server answer)',
    GO: 'Go (net/smtp, crypto/tls)', CU: 'curl', XM: 'Xfce mail watcher', SF: 'Symfony Mailer', SW: 'swaks', RB: 'Ruby (net-smtp, net-pop)', GM: 'getmail6', OI: 'offlineimap3', MP: 'mpop',
}

CUR.write(OUT, PROGRAM)
