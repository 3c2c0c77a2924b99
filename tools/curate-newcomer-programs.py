#!/usr/bin/env python3
"""Build src/test/resources/client-errors/newcomer-programs.tsv from the raw TSV of mine-client-errors.sh --newcomer.

    tools/mine-client-errors.sh --newcomer /tmp/mine-newcomer      # Chromium, Firefox, Emacs, Mew, Wanderlust, FLIM
    python3 tools/curate-newcomer-programs.py /tmp/mine-newcomer/raw.tsv \\
        src/test/resources/client-errors/newcomer-programs.tsv

The same method as the other curation scripts (the machinery is tools/curation.py): the SPEC is the hand
curation, each message with a help-desk expert's label given from its meaning before the engine's answer was
looked at, and realistic placeholder values. The programs are ones no other table has:
- the error pages of the **Chromium** and **Firefox** browsers, with their Japanese translations: what a webmail
  user sees when the browser cannot reach the webmail host or does not trust its certificate. A page is
  written as it is copied: its title, its sentence and its error code on separate lines (the code is not
  translated). Firefox's NSS texts (nsserrors.ftl) are left out: their Japanese file keeps the English
  sentences, and program-errors.tsv has them through Thunderbird already.
- the Emacs mailers, English only: Emacs's own smtpmail, pop3, nnimap and network-stream, **Mew** (a mailer
  written in Japan, whose messages are English), **Wanderlust**'s ELMO library and **FLIM**'s smtp.el, which
  Wanderlust sends with.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import CHROMIUM, FLUENT, HOST_IN, HOST_OUT, PRINTF, RCPT, USER, Curation, J, R  # noqa: E402

RAW, OUT = sys.argv[1], sys.argv[2]
# the browser pages drop their markup; Chromium's "Learn more" link is a link, not text
TAGS = ('<strong>', '</strong>', '<b>', '</b>', '<a href="#" id="learn-more-link">', '</a>', '<abbr id="dnsDefinition">',
        '</abbr>', '<a data-l10n-name="domain-mismatch-link">')
CUR = Curation([RAW], [('printf', PRINTF), ('fluent', FLUENT), ('chromium', CHROMIUM)], brand='Firefox', tags=TAGS)
E, V = CUR.E, CUR.V

CH, FF, EM, MEW, WL, FLIM = 'chromium-common', 'firefox-esr', 'emacs-el', 'mew', 'wl', 'flim'
WEB = 'webmail.example.jp'
NL = '\\n'   # a line break inside a row (the table writes line breaks as \n)

# ---------------------------------------------------------------- Chromium's error pages (en-US.pak / ja.pak)
REACH = 'This site can’t be reached'
E('client.cannot-connect', CH, REACH, then=('<strong>$1</strong> refused to connect.', (WEB,), NL),
  tail=NL + 'ERR_CONNECTION_REFUSED')
E('client.server-not-found', CH, REACH, then=('<strong>$1</strong>’s server IP address could not be found.', (WEB,), NL),
  tail=NL + 'DNS_PROBE_FINISHED_NXDOMAIN')
E('client.timeout', CH, REACH, then=('<strong>$1</strong> took too long to respond.', (WEB,), NL),
  tail=NL + 'ERR_CONNECTION_TIMED_OUT')
E('client.connection-dropped', CH, REACH, then=('The connection was reset.', (), NL), tail=NL + 'ERR_CONNECTION_RESET')
E('client.connection-dropped', CH, REACH, then=('<strong>$1</strong> unexpectedly closed the connection.', (WEB,), NL),
  tail=NL + 'ERR_CONNECTION_CLOSED')
E('client.cannot-connect', CH, REACH, then=('<strong>$1</strong> is unreachable.', (WEB,), NL),
  tail=NL + 'ERR_ADDRESS_UNREACHABLE')
E('client.no-connection', CH, 'No internet', tail=NL + 'ERR_INTERNET_DISCONNECTED')
SECURE = 'This site can’t provide a secure connection'
E('client.tls-failed', CH, SECURE, then=('<strong>$1</strong> uses an unsupported protocol.', (WEB,), NL),
  tail=NL + 'ERR_SSL_VERSION_OR_CIPHER_MISMATCH')
E('client.tls-failed', CH, SECURE, then=('<strong>$1</strong> sent an invalid response.', (WEB,), NL),
  tail=NL + 'ERR_SSL_PROTOCOL_ERROR')
E('client.client-certificate-required', CH, SECURE,
  then=('<strong>$1</strong> didn’t accept your login certificate, or one may not have been provided.', (WEB,), NL),
  tail=NL + 'ERR_BAD_SSL_CLIENT_AUTH_CERT')
# the certificate warning: the page's sentence is the same for every certificate problem, its code decides
PRIVATE = 'Your connection is not private'
ATTACK = ('Attackers might be trying to steal your information from <strong>$1</strong> (for example, passwords, '
          'messages, or credit cards). <a href="#" id="learn-more-link">Learn more about this warning</a>')
E('client.certificate-error', CH, PRIVATE, then=(ATTACK, (WEB,), NL), tail=NL + 'NET::ERR_CERT_AUTHORITY_INVALID')
E('client.certificate-name-mismatch', CH, PRIVATE, then=(ATTACK, (WEB,), NL), tail=NL + 'NET::ERR_CERT_COMMON_NAME_INVALID')
E('client.certificate-expired', CH, PRIVATE, then=(ATTACK, (WEB,), NL), tail=NL + 'NET::ERR_CERT_DATE_INVALID')
# the warning's details ("Advanced")
PROVE = 'This server could not prove that it is <strong>$1</strong>; its security certificate '
CAUSE = 'This may be caused by a misconfiguration or an attacker intercepting your connection.'
E('client.certificate-name-mismatch', CH, PROVE + 'is from <strong>$2</strong>. ' + CAUSE, WEB, '*.example.net')
E('client.certificate-error', CH, PROVE + "is not trusted by your computer's operating system. " + CAUSE, WEB)
E('client.certificate-expired', CH, PROVE + 'is not valid at this time. ' + CAUSE, WEB)
E('client.certificate-error', CH, PROVE + 'might be revoked. ' + CAUSE, WEB)
E('client.certificate-name-mismatch', CH, PROVE + 'does not specify Subject Alternative Names. ' + CAUSE, WEB)
# the site information's one-line certificate verdicts
E('client.certificate-expired', CH, "Server's certificate has expired.")
E('client.certificate-expired', CH, "Server's certificate is not yet valid.")
E('client.certificate-name-mismatch', CH, "Server's certificate does not match the URL.")
E('client.certificate-error', CH, "Server's certificate is not trusted.")
E('client.certificate-error', CH, "Server's certificate has been revoked.")
# a wrong clock makes a valid certificate look out of date: the date problem of client.certificate-expired
E('client.certificate-expired', CH, 'Your clock is behind',
  then=("A private connection to <strong>$1</strong> can't be established because your computer's date and time ($2) "
        'are incorrect.', (WEB, J('Monday, January 5, 2026', '2026年1月5日月曜日')), NL),
  tail=NL + 'NET::ERR_CERT_DATE_INVALID')

# ---------------------------------------------------------------- Firefox's error pages (omni.ja / ja language pack)
CODE = 'cert-error-code-prefix'   # "Error code: { $error }" / 「エラーコード: { $error }」
E('client.cannot-connect', FF, 'connectionFailure-title', then=('fp-neterror-offline-intro-2', (WEB,), NL))
E('client.timeout', FF, 'netTimeout-title', then=('fp-neterror-net-timeout-intro', (WEB,), NL))
E('client.server-not-found', FF, 'neterror-dns-not-found-title')
E('client.server-not-found', FF, 'dnsNotFound-title')
E('client.connection-dropped', FF, 'netReset-title')
E('client.connection-dropped', FF, 'netInterrupt-title')
E('client.tls-failed', FF, 'nssFailure2-title', then=('fp-neterror-connection-intro', (WEB,), NL),
  tail=[NL, R(FF, CODE, 'SSL_ERROR_NO_CYPHER_OVERLAP')])
E('client.tls-failed', FF, 'sslv3Used-title', then=('neterror-sslv3-used', (), NL))
E('client.tls-failed', FF, 'inadequateSecurityError-title', then=('neterror-inadequate-security-code', (), NL))
E('client.certificate-error', FF, 'nssBadCert-title', then=('cert-error-intro', (WEB,), NL),
  tail=[NL, R(FF, CODE, 'SEC_ERROR_UNKNOWN_ISSUER')])
E('client.certificate-expired', FF, 'nssBadCert-title', then=('cert-error-intro', (WEB,), NL),
  tail=[NL, R(FF, CODE, 'SEC_ERROR_EXPIRED_CERTIFICATE')])
E('client.certificate-name-mismatch', FF, 'nssBadCert-title', then=('cert-error-intro', (WEB,), NL),
  tail=[NL, R(FF, CODE, 'SSL_ERROR_BAD_CERT_DOMAIN')])
E('client.certificate-error', FF, 'cert-error-trust-signature-algorithm-disabled')
E('client.certificate-expired', FF, 'clockSkewError-title')

# ---------------------------------------------------------------- Emacs: smtpmail, pop3, nnimap, network-stream
# smtpmail's "Sending failed: %s" carries the server's reply and, after "in response to", the command it answered
V(EM, 'Sending failed: %s', ('R',), [
    ('client.starttls-required', '530 5.7.0 Must issue a STARTTLS command first in response to MAIL FROM:<' + USER + '>'),
    ('client.smtp-auth-required', f'554 5.7.1 <{RCPT}>: Relay access denied in response to RCPT TO:<{RCPT}>'),
    ('reason:userunknown', f'550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown in local recipient table '
                           f'in response to RCPT TO:<{RCPT}>'),
    ('reason:mesgtoobig', '552 5.3.4 Message size exceeds fixed limit in response to DATA'),
])
E('client.cannot-connect', EM, "Couldn't contact an SMTP server")
E('client.pop3-no-uidl', EM, "%s doesn't support UIDL (%s), so we try a regressive way...", HOST_IN,
  '-ERR Unknown command: UIDL')
E('client.connection-dropped', EM, 'pop3 server closed the connection')
E('client.login-failed', EM, 'USER %s not valid', 'taro')
E('client.cannot-connect', EM, 'Unable to contact %s:%s via %s', HOST_IN, '993', 'tls')
# nnimap's "Server closed connection" is left out: another table has the same text already
E('client.tls-failed', EM, 'Unable to negotiate a TLS connection with %s/%s', HOST_OUT, '587')
E('client.starttls-not-offered', EM, 'Server does not support TLS')

# ---------------------------------------------------------------- Mew
for proto in ('SMTP', 'POP', 'IMAP'):
    E('client.cannot-connect', MEW, f'Cannot connect to the {proto} server')
    E('client.timeout', MEW, f'{proto} time out')
    E('client.connection-dropped', MEW, f'{proto} connection is lost')
E('client.tls-failed', MEW, 'Cannot create to the SSL/TLS connection')
E('client.certificate-error', MEW, 'Creating an SSL/TLS connection...FAILED (cert verify failure)')
E('client.smtp-auth-failed', MEW, 'SMTP password is wrong!')
E('client.smtp-auth-failed', MEW, 'SMTP %s password is wrong!', 'CRAM-MD5')
E('client.login-failed', MEW, 'POP password is wrong!')
E('client.login-failed', MEW, 'IMAP password is wrong!')
E('client.login-failed', MEW, 'APOP password is wrong!')
E('client.no-common-auth-method', MEW, 'No SMTP AUTH available!')
E('client.apop-not-offered', MEW, 'APOP password is not supported by this server')

# ---------------------------------------------------------------- Wanderlust (ELMO) and FLIM's smtp.el
E('client.login-delay', WL, 'Not allowed to login until the login delay period has expired')
E('client.cannot-connect', WL, 'Open network connection to %s:%d failed', HOST_IN, '995')
E('client.login-failed', WL, 'Authetication is failed')
V(WL, 'IMAP error: %s', ('R',), [
    ('client.login-failed', 'NO [AUTHENTICATIONFAILED] Authentication failed.'),
    ('client.own-mailbox-over-quota', 'NO [OVERQUOTA] Quota exceeded (mailbox for user is full)'),
])
E('client.cannot-connect', FLIM, 'Open SMTP connection function to %s:%s failed', HOST_OUT, '587')
E('client.starttls-not-offered', FLIM, 'STARTTLS is not supported on this server')
E('client.no-common-auth-method', FLIM, 'No authentication mechanism available')

# ================================================================ second part (labelled after the rules written for the first)
# Chromium: the name-resolution page, the offline page, more certificate verdicts and details
E('client.server-not-found', CH, REACH,
  then=('<strong>$1</strong>’s <abbr id="dnsDefinition">DNS address</abbr> could not be found. Diagnosing the problem.',
        (WEB,), NL), tail=NL + 'ERR_NAME_NOT_RESOLVED')
E('client.no-connection', CH, "You're offline", tail=NL + 'ERR_INTERNET_DISCONNECTED')
E('client.certificate-error', CH, "Server's certificate is invalid.")
E('client.certificate-error', CH, "Server's certificate contains errors.")
E('client.certificate-error', CH, "Server's certificate cannot be checked.")
E('client.certificate-error', CH, "Server's certificate is signed using a weak signature algorithm.")
E('client.certificate-error', CH, "The server's certificate appears to be a forgery.")
E('client.certificate-error', CH, PROVE + 'contains errors. ' + CAUSE, WEB)
E('client.certificate-error', CH, 'You attempted to reach <strong>$1</strong>, but the server presented an invalid certificate.', WEB)
E('client.certificate-error', CH, 'You cannot visit $1 right now because its certificate has been revoked. Network errors and '
  'attacks are usually temporary, so this page will probably work later.', WEB)
# Firefox: the offline page, the expired certificate's page, other certificate texts
E('client.no-connection', FF, 'internet-connection-offline-title')
E('client.certificate-expired', FF, 'certerror-expired-cert-intro', WEB)
E('client.certificate-expired', FF, 'certerror-expired-cert-second-para')
E('client.certificate-name-mismatch', FF, 'cert-error-domain-mismatch-single', WEB, 'www.example.net')
E('client.certificate-error', FF, 'cert-error-bad-signature', WEB)
E('client.certificate-error', FF, 'cert-error-bad-der', WEB)
E('client.certificate-error', FF, 'cert-error-trust-certificate-transparency', WEB)
# Emacs smtpmail: more replies inside "Sending failed: %s"
V(EM, 'Sending failed: %s', ('R',), [
    ('client.smtp-auth-failed', '535 5.7.8 Error: authentication failed: authentication failure in response to '
                                'AUTH PLAIN AHRhcm8Ac2VjcmV0'),
    ('client.sending-limit-exceeded', f'452 4.5.3 Error: too many recipients in response to RCPT TO:<{RCPT}>'),
    ('client.sender-address-rejected', f'553 5.7.1 <{USER}>: Sender address rejected: not owned by user taro '
                                       f'in response to RCPT TO:<{RCPT}>'),
])
# FLIM's bare "Connection closed" is left out: another table has the same text already

# ================================================================ third part (a first look at five more programs)
SS, DMA, ES, SASL, EIC = 'ssmtp', 'dma', 'esmtp', 'libsasl2-2', 'emailjs-imap-client'
# ssmtp, the sendmail stand-in of scripts and PHP's mail(): it prints "ssmtp: <message>" and stops
E('client.cannot-connect', SS, 'Unable to connect to "%s" port %d.', HOST_OUT, '587', lead='ssmtp: ')
E('client.cannot-connect', SS, 'Cannot open %s:%d', HOST_OUT, '465', lead='ssmtp: ')
V(SS, 'Authorization failed (%s)', ('R',), [
    ('client.smtp-auth-failed', '535 5.7.8 Error: authentication failed: authentication failure'),
    ('client.oauth-failed', '535 5.7.139 Authentication unsuccessful, basic authentication is disabled.'),
], lead='ssmtp: ')
E('client.smtp-auth-failed', SS, "Server didn't accept AUTH LOGIN (%s)", '535 5.7.8 Authentication credentials invalid',
  lead='ssmtp: ')
E('client.encrypted-password-unsupported', SS, 'Server rejected AUTH CRAM-MD5 (%s)',
  '504 5.5.4 Unrecognized authentication type', lead='ssmtp: ')
E('client.tls-failed', SS, 'STARTTLS not working', lead='ssmtp: ')
E('client.tls-failed', SS, 'SSL not working', lead='ssmtp: ')
# dma (DragonFly Mail Agent): its mail log lines
V(DMA, 'remote delivery deferred: SSL handshake failed fatally: %s', ('R',), [
    ('client.tls-failed', 'error:0A00010B:SSL routines::wrong version number'),
    ('client.certificate-error', 'error:0A000086:SSL routines::certificate verify failed'),
])
E('client.starttls-not-offered', DMA, 'remote delivery deferred: STARTTLS not available: %s',
  '502 5.5.1 Error: command not recognized')
E('client.smtp-auth-failed', DMA, 'remote delivery %s: AUTH login failed: %s', 'deferred',
  '535 5.7.8 Error: authentication failed: authentication failure')
E('client.encrypted-password-unsupported', DMA, 'smarthost authentication: AUTH cram-md5 not available: %s',
  '504 5.5.4 Unrecognized authentication type')
E('client.smtp-auth-unsupported', DMA, 'SMTP login not available. Trying without.')
E('client.server-not-found', DMA, 'DNS lookup failure: host %s not found', HOST_OUT)
E('client.cannot-connect', DMA, 'connect to %s [%s] failed: %m', HOST_OUT, '192.0.2.25', 'Connection refused')
E('reason:userunknown', DMA, 'remote delivery to %s [%s] failed after %s: %s', 'mx.example.com', '198.51.100.7',
  'RCPT TO', f'550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown in local recipient table')
# esmtp (a sendmail stand-in built on libESMTP)
E('client.starttls-not-offered', ES, 'StartTLS extension not supported by MTA')
E('client.certificate-error', ES, 'Invalid peer certificate (error %ld)', '18')
E('client.certificate-error', ES, 'No peer certificate')
# Cyrus SASL's error detail as mail programs show it: "SASL(<code>): <code's text>: <detail>"
E('client.no-common-auth-method', SASL, 'no mechanism available', lead='SASL(-4): ',
  then=('No worthy mechs found', (), ': '))
# emailjs-imap-client (npm), as Node prints an Error
E('client.cannot-connect', EIC, 'Could not open socket:', lead='Error: ',
  then=('connect ECONNREFUSED 192.0.2.25:993', ()))
E('client.timeout', EIC, 'Timeout connecting to server', lead='Error: ')
E('client.connection-dropped', EIC, 'Socket closed unexpectedly!', lead='Error: ')
E('client.timeout', EIC, 'Socket timed out!', lead='Error:  ')

PROGRAM = {CH: 'Chromium (error pages)', FF: 'Firefox (error pages)', EM: 'Emacs (smtpmail, pop3, nnimap)', MEW: 'Mew',
           WL: 'Wanderlust (ELMO)', FLIM: 'FLIM (smtp.el, Wanderlust)', SS: 'ssmtp', DMA: 'dma', ES: 'esmtp',
           SASL: 'Cyrus SASL', EIC: 'emailjs-imap-client'}

CUR.write(OUT, PROGRAM)
