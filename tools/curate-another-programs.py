#!/usr/bin/env python3
"""Build src/test/resources/client-errors/another-programs.tsv from the raw TSV of mine-client-errors.sh --another.

    tools/mine-client-errors.sh --another /tmp/mine-another
    python3 tools/curate-another-programs.py /tmp/mine-another/raw.tsv src/test/resources/client-errors/another-programs.tsv

The same method as the other curation scripts (the machinery is tools/curation.py): the SPEC is the hand curation,
each message with a help-desk expert's label, given from the message's meaning before the engine's answer was looked
at. The programs are ones that no other table has: Perl's mail modules (Email::Sender, Net::SMTP::TLS,
Mail::POP3Client, Net::IMAP::Simple, Mail::IMAPClient and the IO::Socket::SSL texts they carry), Go's emersion
go-smtp and go-imap client texts (the ones aerc's table does not have already), Python's aiosmtplib, exchangelib and
imap-tools, the C programs nullmailer, gnubiff and mailsync, and Roundcube's plugins (managesieve, password; with
their Japanese); in a second part, labelled after the first part's rules had been written and before its own score was
seen, PEAR Mail with Net_SMTP (PHP), Mail::Sendmail and MIME::Lite (Perl), imaplib2 (Python), GKrellM's mail monitor
(with Japanese) and mailnag; in a third part, labelled after the second part's rules, the mail-sending frames of the
web applications Redmine and MediaWiki (English and Japanese) around their mail libraries' English errors.

Frames: a library's exception is written as its caller sees it printed (Perl's die text; Python's
"module.Class: text"; Go's error text). Where a frame carries a server reply or an OS / TLS text, the inner text is
a real wording (Postfix, Dovecot, Microsoft 365 replies; glibc's errno texts; OpenSSL's reason strings as
IO::Socket::SSL prints them); the host names and addresses are ours. Net::SMTP's message() is the reply without its
code, so Email::Sender's texts carry the reply's text alone.

Left out (no fitting id, the caller's mistake, or not a mail error a user sees): the modules' usage errors ("IO::Socket::SSL
must be installed in order to use_ssl", "sasl_username but no sasl_password", "Authmechanism not set"), debug and log
lines (exchangelib's session pool, Mail::IMAPClient's "Connecting with …"), OpenPGP texts of Roundcube's enigma plugin,
filter and ACL texts of managesieve and acl, the password plugin's strength rules, nullmailer's queue and pipe texts
(its own spool), mailsync's configuration texts, go-smtp's and go-imap's server side, go-sasl's "unexpected server
challenge", exchangelib's "The referenced account is currently locked out" (no id for a locked account).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import GO, HOST_IN, HOST_OUT, J, PHP, PRINTF, RCPT, USER, Curation  # noqa: E402

# Perl's interpolated variables ($num, $txt, $me->{HOST}, $env->{from}, $@, $!), filled in order
PERL = r"\$(?:[A-Za-z_]\w*(?:::\w+)*(?:->\{\w+\})?|[@!])()"
# Python's f-strings and str.format fields ({self.hostname}, {exp}), filled in order
PYF = r"\{[a-z_\[][^{}]*\}"
# Rails' interpolations (%{value}), filled by name; MediaWiki's $1, by position (its {{SITENAME}}: our wiki's name)
RAILS = r"%\{([a-z_]+)\}"
MW = r"\$(\d)"

RAW, OUT = sys.argv[1], sys.argv[2]
CUR = Curation([RAW], [('perl', PERL), ('printf', PRINTF), ('go', GO), ('js', PYF), ('php', RAILS), ('chromium', MW)])
E, V = CUR.E, CUR.V
_tidy = CUR.tidy


def tidy(text):
    # a Perl literal's trailing "\n" (kept escaped by the miner)
    text = _tidy(text).replace('{{SITENAME}}', 'ExampleWiki')
    while text.endswith('\\\\n') or text.endswith('\\'):
        text = text[:-3] if text.endswith('\\\\n') else text[:-1]
    return text.strip()


CUR.tidy = tidy

ES, ST, PC, IS, IC = ('libemail-sender-perl', 'libnet-smtp-tls-perl', 'libmail-pop3client-perl',
                      'libnet-imap-simple-perl', 'libmail-imapclient-perl')
GS, GI = 'golang-github-emersion-go-smtp-dev', 'golang-github-emersion-go-imap-dev'
AS, EX, IT = 'python3-aiosmtplib', 'python3-exchangelib', 'python3-imap-tools'
NM, GB, MS, RP = 'nullmailer', 'gnubiff', 'mailsync', 'roundcube-plugins'

REFUSED, TIMEDOUT, RESET = 'Connection refused', 'Connection timed out', 'Connection reset by peer'
CERT_VERIFY = 'SSL connect attempt failed error:0A000086:SSL routines::certificate verify failed'
USER_UNKNOWN = '5.1.1 <hanako@example.com>: Recipient address rejected: User unknown in virtual mailbox table'
RELAY = '5.7.1 <hanako@example.com>: Relay access denied'
NOT_OWNED = '5.7.1 <taro@example.jp>: Sender address rejected: not owned by user taro@example.jp'
AUTH_BAD = '5.7.8 Authentication credentials invalid'

# ---------------------------------------------------------------- Email::Sender (Perl), died texts
E('client.cannot-connect', ES, 'unable to establish SMTP connection to (%s) port %s', HOST_OUT, '587')
# Net::SMTP's last reply after a STARTTLS whose TLS handshake then failed is the server's "Ready to start TLS"
E('client.tls-failed', ES, "can't STARTTLS:", then=('2.0.0 Ready to start TLS', (), ' '))
E('client.smtp-auth-failed', ES, 'failed AUTH', then=(AUTH_BAD, (), ': '))
E('client.sender-address-rejected', ES, '$env->{from} failed after MAIL FROM', USER, then=(NOT_OWNED, (), ': '))
E('client.recipients-rejected', ES, '%s recipients were rejected during RCPT', 'all')

# ---------------------------------------------------------------- Net::SMTP::TLS (Perl)
E('client.cannot-connect', ST, 'Connect failed :$@\\\\n', f'IO::Socket::INET: connect: {REFUSED}')
E('client.starttls-not-offered', ST, 'Invalid response for STARTTLS: $num $txt\\\\n', '502', '5.5.1 Unrecognized command')
E('client.smtp-auth-unsupported', ST, 'Server did not return AUTH in capabilities\\\\n')
E('client.no-common-auth-method', ST, 'Unsupported Authentication mechanism\\\\n')
E('client.smtp-auth-failed', ST, 'Cannot authenticate via LOGIN: $num $txt\\\\n', '535',
  '5.7.8 Error: authentication failed: authentication failure')
E('client.encrypted-password-unsupported', ST, 'Cannot authenticate via CRAM-MD5: $num $txt\\\\n', '504',
  '5.7.4 Unrecognized authentication type')
E('client.smtp-auth-failed', ST, 'Auth failed: $num $txt\\\\n', '535', AUTH_BAD)
E('client.sender-address-rejected', ST, "Could't set FROM: $num $txt\\\\n", '553', NOT_OWNED)
E('reason:userunknown', ST, "Couldn't send TO <$addr>: $num $txt\\\\n", RCPT, '550', USER_UNKNOWN)
E('client.smtp-auth-required', ST, "Couldn't send TO <$addr>: $num $txt\\\\n", RCPT, '554', RELAY)
E('reason:mesgtoobig', ST, "Couldn't send mail: $num $txt\\\\n", '552', '5.3.4 Message size exceeds fixed limit')

# ---------------------------------------------------------------- Mail::POP3Client (Perl): Message()
E('client.login-failed', PC, 'PASS failed: $line', '-ERR [AUTH] Authentication failed.')
E('client.mailbox-locked', PC, 'PASS failed: $line', '-ERR [IN-USE] Unable to lock maildrop: Mailbox is locked by POP server')
E('client.login-failed', PC, 'APOP failed: $line', '-ERR authentication failed')
E('client.encrypted-password-unsupported', PC, 'AUTH CRAM-MD5 failed: $line', '-ERR Unsupported authentication mechanism.')
E('client.cannot-connect', PC, 'could not connect socket [$me->{HOST}, $me->{PORT}]: $!', HOST_IN, '110', REFUSED)
E('client.timeout', PC, 'could not connect socket [$me->{HOST}, $me->{PORT}]: $!', HOST_IN, '110', TIMEDOUT)
E('client.connection-dropped', PC, 'APOP failed: server has closed the socket')
E('client.connection-dropped', PC, 'Socket read failed for RETR')

# ---------------------------------------------------------------- Net::IMAP::Simple (Perl): errstr
E('client.connection-dropped', IS, 'server hung up during connect')
E('client.timeout', IS, 'no greeting found before timeout')
E('client.certificate-error', IS, "Couldn't start TLS:", then=(CERT_VERIFY, (), ' '))

# ---------------------------------------------------------------- Mail::IMAPClient (Perl): LastError / die
E('client.cannot-connect', IC, 'Unable to connect to $server: $lasterr', HOST_IN, f'IO::Socket::INET: connect: {REFUSED}')
E('client.certificate-error', IC, 'Unable to connect to $server: $lasterr', HOST_IN, CERT_VERIFY)
E('client.certificate-name-mismatch', IC, 'Unable to start TLS:', then=('hostname verification failed', (), ' '))
E('client.tls-failed', IC, 'Unable to start TLS:',
  then=('SSL connect attempt failed because of handshake problems error:0A000410:SSL routines::sslv3 alert handshake failure', (), ' '))
E('client.connection-dropped', IC, 'socket closed while reading data from server')
E('client.connection-dropped', IC, 'error while reading data from server: $!', RESET)
E('client.connection-dropped', IC, 'Trying command when NOT connected!')

# ---------------------------------------------------------------- go-smtp and go-imap clients (Go error texts)
E('client.smtp-auth-unsupported', GS, "smtp: server doesn't support AUTH")
E('delivery.non-ascii-address', GS, 'smtp: server does not support SMTPUTF8')
E('delivery.requiretls-unsupported', GS, 'smtp: server does not support REQUIRETLS')
E('client.imap-capability-missing', GI, 'The required extension is not supported by the server')
E('client.not-imap-server', GI, 'invalid greeting received from server: not a status response')
E('client.connection-dropped', GI, 'imap: connection closed')

# ---------------------------------------------------------------- aiosmtplib (Python): exceptions as printed
E('client.cannot-connect', AS, 'Error connecting to {self.hostname} on port {self.port}: {exc}', HOST_OUT, '587',
  "[Errno 111] Connect call failed ('192.0.2.25', 587)", lead='aiosmtplib.errors.SMTPConnectError: ')
E('client.timeout', AS, 'Timed out connecting to {self.hostname} on port {self.port}', HOST_OUT, '587',
  lead='aiosmtplib.errors.SMTPConnectTimeoutError: ')
E('client.timeout', AS, 'Timed out waiting for server response', lead='aiosmtplib.errors.SMTPReadTimeoutError: ')
E('client.connection-dropped', AS, 'Connection lost', lead='aiosmtplib.errors.SMTPServerDisconnected: ')
E('client.connection-dropped', AS, 'Server not connected', lead='aiosmtplib.errors.SMTPServerDisconnected: ')
E('client.starttls-not-offered', AS, 'SMTP STARTTLS extension not supported by server.',
  lead='aiosmtplib.errors.SMTPException: ')
E('client.smtp-auth-unsupported', AS, 'The SMTP AUTH extension is not supported by this server.',
  lead='aiosmtplib.errors.SMTPException: ')
E('client.no-common-auth-method', AS, 'No suitable authentication method found.', lead='aiosmtplib.errors.SMTPException: ')
E('delivery.non-ascii-address', AS, 'SMTPUTF8 is not supported by this server', lead='aiosmtplib.errors.SMTPNotSupported: ')

# ---------------------------------------------------------------- exchangelib (Python)
E('client.login-failed', EX, 'Invalid credentials for {response.url}', 'https://outlook.office365.com/EWS/Exchange.asmx',
  lead='exchangelib.errors.UnauthorizedError: ')
E('client.no-common-auth-method', EX, 'No compatible auth type was reported by server',
  lead='exchangelib.errors.TransportError: ')
E('client.autoconfig-failed', EX, 'No EWS URL found in any of the available protocols: {[str(p) for p in self.account.protocols]}',
  '[]', lead='exchangelib.errors.AutoDiscoverFailed: ')

# ---------------------------------------------------------------- imap-tools (Python)
E('client.login-failed', IT, 'Response status "{exp}" expected, but "{typ}" received. Data: {data}', 'OK', 'NO',
  "[b'[AUTHENTICATIONFAILED] Authentication failed.']", lead='imap_tools.errors.MailboxLoginError: ')

# ---------------------------------------------------------------- nullmailer (its send program's texts)
E('client.smtp-auth-failed', NM, 'Failed to authenticate to server')
E('client.timeout', NM, 'Sending timed out, killing protocol')
E('client.server-not-found', NM, 'Temporary error in gethostbyname')

# ---------------------------------------------------------------- gnubiff (mailbox [1])
E('client.cannot-connect', GB, '[%d] Unable to connect to %s on port %d', '1', HOST_IN, '995')
E('client.server-not-found', GB, '[%d] Cannot identify remote host (%s on port %d)', '1', HOST_IN, '995')
E('client.apop-not-offered', GB, '[%d] Your pop server does not seem to accept apop protocol (no timestamp provided)', '1')
E('client.connection-dropped', GB, '[%d] Unable to read from %s on port %d', '1', HOST_IN, '995')
E('client.login-failed', GB, '[%d] Error message from POP3 server:%s', '1', ' -ERR [AUTH] Invalid login')
E('client.mailbox-locked', GB, '[%d] Error message from POP3 server:%s', '1',
  ' -ERR [IN-USE] Mailbox is locked by another POP3 session')
E('client.certificate-error', GB, 'Unable to verify the identity of %s as a trusted site.\\n', HOST_IN,
  then=("Either site's certificate is incomplete or you're connected to a site pretending to be %s, possibly to "
        "obtain your password", (HOST_IN,), ''))

# ---------------------------------------------------------------- mailsync
E('client.cannot-connect', MS, "Error: Can't contact server %s", HOST_IN)

# ---------------------------------------------------------------- Roundcube plugins (with Japanese)
E('client.cannot-connect', RP, 'messages.filterconnerror')
E('client.account-expired', RP, 'messages.passwdexpired')

# ---------------------------------------------------------------- second part, labelled after the first part's rules
# had been written and before this part's score was seen: PEAR Mail with Net_SMTP (PHP), Mail::Sendmail and
# MIME::Lite (Perl), imaplib2 (Python), GKrellM's mail monitor (with Japanese) and mailnag
PM, NS, MSP, ML, I2, GK, MN = ('php-mail', 'php-net-smtp', 'libmail-sendmail-perl', 'libmime-lite-perl',
                               'python3-imaplib2', 'gkrellm', 'mailnag')
INVALID = 'Invalid response code received from server'


def pear(code, reply, inner=INVALID):
    """Net_SMTP's error inside PEAR Mail's frame: " [SMTP: <error> (code: <code>, response: <reply>)]"."""
    return f' [SMTP: {inner} (code: {code}, response: {reply})]'


E('client.cannot-connect', PM, 'Failed to connect to', tail=f' {HOST_OUT}:587' + pear('-1', '', 'Failed to connect socket: Connection refused'))
E('client.timeout', PM, 'Failed to connect to', tail=f' {HOST_OUT}:587' + pear('-1', '', 'Failed to connect socket: Connection timed out'))
E('client.smtp-auth-failed', PM, '$method authentication failure', 'PLAIN', tail=pear('535', AUTH_BAD))
E('client.tls-failed', PM, '$method authentication failure', '', tail=pear('220', '2.0.0 Ready to start TLS', 'STARTTLS failed'))
E('client.no-common-auth-method', PM, '$method authentication failure', '',
  tail=pear('250', 'CHUNKING', 'No supported authentication methods'))
E('client.smtp-auth-unsupported', PM, '$method authentication failure', '',
  tail=pear('250', 'CHUNKING', 'SMTP server does not support authentication'))
E('client.kerberos-failed', PM, '$method authentication failure', 'GSSAPI',
  tail=pear('-1', '', 'GSSAPI authentication failed: Unspecified GSS failure.  Minor code may provide more information '
                      '(No Kerberos credentials available (default cache: FILE:/tmp/krb5cc_1000))'))
E('client.sender-address-rejected', PM, 'Failed to set sender: $from', USER, tail=pear('553', NOT_OWNED))
E('reason:userunknown', PM, 'Failed to add recipient: $recipient', RCPT, tail=pear('550', USER_UNKNOWN))
E('client.smtp-auth-required', PM, 'Failed to add recipient: $recipient', RCPT, tail=pear('554', RELAY))
E('reason:mesgtoobig', PM, 'Failed to send data', tail=pear('552', '5.3.4 Message size exceeds fixed limit'))
E('client.smtp-storage-exceeded', PM, 'Failed to send data', tail=pear('250', 'SIZE 10240000', 'Message size exceeds server limit'))
E('client.connection-dropped', PM, 'Failed to send data', tail=pear('-1', '', 'Connection was closed'))

# Mail::Sendmail: $Mail::Sendmail::error, the failed step and then "Server said: <reply>" on a line of its own
E('client.cannot-connect', MSP, 'connect to $smtp failed ($!) no (more) retries!', HOST_OUT, REFUSED)
E('client.server-not-found', MSP, '$server not found\\\\n', HOST_OUT)
E('client.connection-dropped', MSP, 'send EHLO error (lost connection?)')
E('client.smtp-auth-failed', MSP, 'LOGIN password failed: $server_reply', '535 ' + AUTH_BAD,
  tail='\\nServer said: 535 ' + AUTH_BAD)
E('client.no-common-auth-method', MSP, "Required AUTH method '$auth->{method}' not supported.", 'LOGIN')
E('reason:userunknown', MSP, 'FAILED To: $to ($server_reply)', RCPT, '550 ' + USER_UNKNOWN,
  tail='\\nServer said: 550 ' + USER_UNKNOWN)

# MIME::Lite (its send_by_smtp dies)
E('client.cannot-connect', ML, 'SMTP Failed to connect to mail server: $!\\\\n', REFUSED)
E('client.timeout', ML, 'Failed to connect to mail server: $!\\\\n', TIMEDOUT)
E('client.smtp-auth-unsupported', ML, 'SMTP auth() command not supported on $hostname\\\\n', HOST_OUT)

# imaplib2 (its exceptions as printed)
E('client.imap-capability-missing', I2, 'server not IMAP4 compliant', lead='imaplib2.IMAP4.error: ')
E('client.imap-capability-missing', I2, 'Server does not support ENABLE', lead='imaplib2.IMAP4.error: ')
E('client.starttls-not-offered', I2, 'TLS not supported by server', lead='imaplib2.IMAP4.abort: ')
E('client.connection-dropped', I2, 'connection closed', lead='imaplib2.IMAP4.abort: ')
E('client.connection-dropped', I2, 'connection terminated', lead='imaplib2.IMAP4.abort: ')
E('client.timeout', I2, 'no response after %s secs', '60', lead='imaplib2.IMAP4.abort: ')

# GKrellM's mail monitor (English and Japanese)
E('client.cannot-connect', GK, 'Unable to connect.')
E('client.login-failed', GK, 'Bad response after password.')
E('client.tls-failed', GK, 'Bad response after STARTTLS.')
E('client.tls-failed', GK, 'Bad response after STLS.')
E('client.pop3-no-uidl', GK, 'Bad response after UIDL.')

# mailnag's account test
E('client.cannot-connect', MN, 'Connection failed.')

# ---------------------------------------------------------------- third part, labelled after the second part's rules
# had been written and before this part's score was seen: the web applications Redmine and MediaWiki, whose
# "error while sending mail" frame (English and Japanese) carries the mail library's error in English: Ruby's
# net-smtp, OpenSSL and errno texts (Redmine), PEAR Mail's (MediaWiki)
RM, MW_ = 'redmine', 'mediawiki'
V(RM, 'notice_email_error', ('R',), [
    ('client.smtp-auth-failed', '535 5.7.8 Authentication credentials invalid'),
    ('client.cannot-connect', 'Connection refused - connect(2) for "smtp.example.jp" port 587'),
    ('client.server-not-found', 'getaddrinfo: Name or service not known'),
    ('client.timeout', 'execution expired'),
    ('client.certificate-error', 'SSL_connect returned=1 errno=0 peeraddr=192.0.2.25:587 state=error: certificate verify '
                                 'failed (unable to get local issuer certificate)'),
    ('client.certificate-name-mismatch', 'hostname "smtp.example.jp" does not match the server certificate'),
    ('client.tls-failed', 'SSL_connect returned=1 errno=0 peeraddr=192.0.2.25:465 state=error: wrong version number'),
    ('client.starttls-required', '530 5.7.0 Must issue a STARTTLS command first'),
    ('client.connection-dropped', 'end of file reached'),
    ('reason:userunknown', '550 5.1.1 <hanako@example.com>: Recipient address rejected: User unknown in virtual mailbox table'),
])
V(MW_, 'mailerror', ('R',), [
    ('client.smtp-auth-failed', 'authentication failure' + pear('535', '5.7.8 Username and Password not accepted. For more '
                                'information, go to\\n5.7.8  https://support.google.com/mail/?p=BadCredentials '
                                'x1-20020a170902e5c100b001c5b8087fe5sm1234567plf.12 - gsmtp')),
    ('client.server-not-found', f'Failed to connect to ssl://{HOST_OUT}:465' + pear('-1', '', 'Failed to connect socket: '
                                f'php_network_getaddresses: getaddrinfo for {HOST_OUT} failed: Name or service not known')),
    ('client.sender-address-rejected', 'Failed to set sender: wiki@example.jp' + pear('550', '5.7.60 SMTP; Client does not '
                                       'have permissions to send as this sender')),
    ('provider.gmail-daily-sending-limit', f'Failed to add recipient: {RCPT}' + pear('550', '5.4.5 Daily user sending limit '
                                           'exceeded. For more information on Gmail sending limits go to\\n5.4.5  '
                                           'https://support.google.com/a/answer/166852 x1-20020a170902e5c100b001c5b8087fe5sm'
                                           '1234567plf.13 - gsmtp')),
])
V(MW_, 'confirmemail_sendfailed', ('R',), [
    ('reason:userunknown', f'Failed to add recipient: {USER}' + pear('550', '5.1.1 <taro@example.jp>: Recipient address '
                           'rejected: User unknown in virtual mailbox table')),
    ('client.cannot-connect', f'Failed to connect to {HOST_OUT}:587' + pear('-1', '', 'Failed to connect socket: Connection refused')),
])

PROGRAM = {ES: 'Email::Sender', ST: 'Net::SMTP::TLS', PC: 'Mail::POP3Client', IS: 'Net::IMAP::Simple',
           IC: 'Mail::IMAPClient', GS: 'go-smtp', GI: 'go-imap', AS: 'aiosmtplib', EX: 'exchangelib',
           IT: 'imap-tools', NM: 'nullmailer', GB: 'gnubiff', MS: 'mailsync', RP: 'Roundcube plugins',
           PM: 'PEAR Mail (Net_SMTP)', MSP: 'Mail::Sendmail', ML: 'MIME::Lite', I2: 'imaplib2', GK: 'GKrellM', MN: 'mailnag',
           RM: 'Redmine', MW_: 'MediaWiki'}

CUR.write(OUT, PROGRAM)
