#!/usr/bin/env python3
"""Build src/test/resources/client-errors/webapp-programs.tsv from the raw TSV of mine-client-errors.sh --webapp.

    tools/mine-client-errors.sh --webapp /tmp/mine-webapp
    python3 tools/curate-webapp-programs.py /tmp/mine-webapp/raw.tsv src/test/resources/client-errors/webapp-programs.tsv

The same method as the other curation scripts (the machinery is tools/curation.py): the SPEC is the hand curation,
each message with a help-desk expert's label, given from the message's meaning before the engine's answer was looked
at. The programs are web applications that send mail and that no other table has, Japanese first:

- Zabbix 6.0 (monitoring; its e-mail media type is how many companies get alerts by mail). The server's e-mail
  texts (src/libs/zbxmedia/email.c: `strings` of zabbix_server, English only) are what the action log shows, and
  the frontend's media type test shows the same text under its own "Media type test failed." (Japanese catalog
  of the frontend). With SMTP security or authentication set, the server sends through libcurl and says
  "failed to send email: " before libcurl's curl_easy_strerror() text (the texts of Debian 12's libcurl); without
  them it speaks SMTP itself and quotes the server's reply in "wrong answer on RCPT TO "…"". The socket texts
  inside "cannot connect to SMTP server" are Zabbix's own (zbx_socket_strerror: "cannot connect to [[host]:port]:
  [errno] text", "cannot resolve [host]"), with glibc's errno texts.
- Sympa 6.2 (mailing list manager): the delivery notices it sends back to a poster (mail_tt2/
  delivery_status_notification.tt2: a frame and one reason per status; the reason of 5.7.1 from report.tt2), in
  English and in its Japanese catalog (whose texts often keep the English line above the Japanese one).
- DokuWiki (wiki): the registration form's invalid address (English and Japanese).

Left out: messages without a cause (DokuWiki's "there was an error on sending the password mail", Sympa's "Unable to
send mail from '%1' to list '%2'."), DokuWiki's "PHP mail() missing or disabled" (the web server has no mail
function: no catalog entry fits; reported as a missing entry), Sympa's list management (subscription, archives,
shared documents), its "contains a line that can be interpreted as a command" (a list robot's own rule) and its
moderator's "Message %1 for list '%2' has been rejected." (a person's decision, no id), Zabbix's "wrong answer on
HELO" (its reply depends on the helo setting, not a user's mail).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from curation import HOST_OUT, J, PHP, PRINTF, QT, R, RCPT, Curation  # noqa: E402

# Python's empty format fields ({}), filled in order (Mailman 3's rule texts)
BRACES = r"\{\}"
# printf's hexadecimal conversion (cron's "status 0x%04x"), filled in order
HEX = r"%(?:(\d+)\$)?0?\d*x"

RAW, OUT = sys.argv[1], sys.argv[2]
CUR = Curation([RAW], [('printf', PRINTF), ('hex', HEX), ('qt', QT), ('php', PHP), ('js', BRACES)])
E, V = CUR.E, CUR.V

ZF, ZS, SY, DW = 'zabbix-frontend-php', 'zabbix-server-pgsql', 'sympa', 'dokuwiki'
LIST = 'staff@lists.example.jp'
SENDER = 'taro@example.jp'

# ---------------------------------------------------------------- Zabbix server (English) and the frontend's frame
CONNECT = 'cannot connect to SMTP server "%s": %s'
SOCK_REFUSED = f'cannot connect to [[{HOST_OUT}]:25]: [111] Connection refused'
SOCK_TIMEDOUT = f'cannot connect to [[{HOST_OUT}]:25]: [110] Connection timed out'
SOCK_UNRESOLVED = f'cannot resolve [{HOST_OUT}]'
CURL = 'failed to send email: %s'
RCPT_TO, MAIL_FROM, END_DATA = 'wrong answer on RCPT TO "%s"', 'wrong answer on MAIL FROM "%s"', 'wrong answer on end of data "%s"'

ZABBIX = [
    ('client.cannot-connect', R(ZS, CONNECT, HOST_OUT, SOCK_REFUSED)),
    ('client.timeout', R(ZS, CONNECT, HOST_OUT, SOCK_TIMEDOUT)),
    ('client.server-not-found', R(ZS, CONNECT, HOST_OUT, SOCK_UNRESOLVED)),
    # the server's greeting was not 220 (a 421 or 554 greeting): the text does not say which
    ('client.smtp-unexpected-response', R(ZS, 'no welcome message 220* from SMTP server "%s"', HOST_OUT)),
    ('reason:userunknown', R(ZS, RCPT_TO, '550 5.1.1 <hanako@example.com>: Recipient address rejected: User unknown in '
                                          'virtual mailbox table')),
    ('client.smtp-auth-required', R(ZS, RCPT_TO, '554 5.7.1 <hanako@example.com>: Relay access denied')),
    ('client.sending-limit-exceeded', R(ZS, RCPT_TO, '452 4.5.3 Error: too many recipients')),
    ('client.starttls-required', R(ZS, MAIL_FROM, '530 5.7.0 Must issue a STARTTLS command first')),
    ('client.smtp-auth-required', R(ZS, MAIL_FROM, '530 5.7.57 Client not authenticated to send mail. '
                                                   '[TYCP286CA0001.JPNP286.PROD.OUTLOOK.COM]')),
    ('reason:mesgtoobig', R(ZS, END_DATA, '552 5.3.4 Message size exceeds fixed limit')),
    ('reason:spamdetected', R(ZS, END_DATA, '550 5.7.1 Message rejected as spam by Content Filtering.')),
    # through libcurl (SMTP security or authentication set): curl_easy_strerror()
    ('client.smtp-auth-failed', R(ZS, CURL, 'Login denied')),
    ('client.cannot-connect', R(ZS, CURL, "Couldn't connect to server")),
    ('client.server-not-found', R(ZS, CURL, "Couldn't resolve host name")),
    ('client.timeout', R(ZS, CURL, 'Timeout was reached')),
    ('client.certificate-error', R(ZS, CURL, 'SSL peer certificate or SSH remote key was not OK')),
    ('client.starttls-not-offered', R(ZS, CURL, 'Requested SSL level failed')),
    ('client.tls-failed', R(ZS, CURL, 'SSL connect error')),
]
# the action log: the server's text alone
for label, ref in ZABBIX:
    E(label, ZS, ref.key, *ref.fills)
# the frontend's media type test: its frame (English and Japanese) above the server's text
V(ZF, 'Media type test failed.', (), ZABBIX, then=('R', (), '\\n'))
E('client.invalid-address', ZF, 'Invalid email address "%1$s".', 'hanako@@example.com')

# ---------------------------------------------------------------- Sympa's delivery notices to a poster
IMPOSSIBLE = "Impossible to distribute your message for list '%1' for the following reason:"
E('reason:userunknown', SY, IMPOSSIBLE, LIST, then=("List '%1' does not exist.", (LIST,), '\\n'))
# first labelled reason:mesgtoobig; after reading the entries: the list's own maximum (Sympa's status 5.2.3), the
# catalog's "over the limit set for this recipient"
E('reason:exceedlimit', SY, IMPOSSIBLE, LIST, then=('Your message could not be sent because its size (%1 kB) was over the '
                                                  'maximum siz', ('12288', '5120'), '\\n'))  # the msgid's key
E('reason:systemerror', SY, IMPOSSIBLE, LIST,
  then=("Impossible to distribute your message for list '%1' because of an internal server error.", ('staff',), '\\n'))
E('reason:userunknown', SY, 'The following address is not a known mailing list:', then=(LIST, (), '\\n'))
E('reason:virusdetected', SY, 'Our viruschecker found a virus named %1 in a message addressed to %2 and that seems to be '
                              'yours (From: %3).', 'Win.Test.EICAR_HDB-1', LIST, SENDER,
  then=('Delivery of this message has been blocked.', (), '\\n'))
E('notice.held-for-moderation', SY, "Your message to the list '%1' has been forwarded to the moderator(s)", 'staff')
REJECTED = "Your message for list '%1' (attached below) was rejected."
for label, reason in [
        ('delivery.mailing-list-prohibited', 'Message distribution in the list is restricted to list subscribers.'),
        ('delivery.mailing-list-prohibited', 'Message distribution in this list is not allowed.'),
        ('delivery.mailing-list-prohibited', 'Message distribution in the list is restricted to local domain users.'),
        ('delivery.mailing-list-prohibited', 'Message distribution for this list is restricted to list moderators.'),
        ('delivery.mailing-list-prohibited', 'Message distribution for this list is restricted to list subscribers and '
                                             'local domain users.'),
        # the list takes no attachments or HTML alternatives (as AOL's "not accepting mail with attachments")
        ('delivery.policy-violation', 'Multipart messages are not allowed in this list.')]:
    E(label, SY, REJECTED, 'staff', then=(reason, (), '\\n'))

# ---------------------------------------------------------------- DokuWiki
E('client.invalid-address', DW, 'regbadmail')

# ---------------------------------------------------------------- second part, labelled after the first part's rules
# had been written and before this part's score was seen: Mailman 3's notices to a poster (English: its Japanese
# catalog leaves them untranslated), and the texts of a web site whose server cannot hand mail on (WordPress's
# Japanese catalog, DokuWiki, PHPMailer's mail() and sendmail texts; the id client.local-mailer-unavailable is new)
WP, PM, MM = 'wordpress-l10n', 'libphp-phpmailer', 'mailman3'
# WordPress (wp-login.php before 5.x's rewording; Debian 12's Japanese catalog still has these two texts)
E('client.local-mailer-unavailable', WP, 'The e-mail could not be sent.',
  then=('Possible reason: your host may have disabled the mail() function.', (), '\\n'))
E('client.local-mailer-unavailable', DW, 'email_fail')
E('client.local-mailer-unavailable', PM, 'instantiate')
E('client.local-mailer-unavailable', PM, 'execute', then=('/usr/sbin/sendmail', (), ' '))  # lang('execute') . $this->Sendmail
# Mailman 3: the held notice and the rejection notice, with the reason of one of its rules
HOLD, REJECTED3 = 'list:user:notice:hold', 'list:user:notice:rejected'
for label, reason in [
        ('notice.held-for-moderation', R(MM, 'The message is not from a list member')),
        ('notice.held-for-moderation', R(MM, 'The message is larger than the {} KB maximum size', '40')),
        ('notice.held-for-moderation', R(MM, 'Message has more than {} recipients', '10'))]:
    E(label, MM, HOLD, LIST, 'Meeting notes', reason)
for label, reason in [
        ('delivery.mailing-list-prohibited', R(MM, 'The message is not from a list member')),
        ('delivery.mailing-list-prohibited', R(MM, 'Message sender {} is banned from this list', SENDER)),
        # the list's own maximum, as Sympa's above
        ('reason:exceedlimit', R(MM, 'The message is larger than the {} KB maximum size', '40')),
        ('delivery.too-many-recipients', R(MM, 'Message has more than {} recipients', '10')),
        ('delivery.policy-violation', R(MM, "The message's content type was explicitly disallowed"))]:
    E(label, MM, REJECTED3, LIST, reason)

# ---------------------------------------------------------------- third part, labelled after the second part's rules
# and the new entry had been written, before this part's score was seen: system programs that mail their output or
# reports to the administrator through the local sendmail, in the words they log when it is missing or fails
CR, AN, AT, SU, UU = 'cron', 'anacron', 'at', 'sudo', 'unattended-upgrades'
# cron's syslog line: log_it(user, pid, event, detail) writes "(user) EVENT (detail)"
E('client.local-mailer-unavailable', CR, 'No MTA installed, discarding output', lead='(CRON) info (', tail=')')
# sendmail exited 75 (EX_TEMPFAIL): the local mailer is there but did not take the mail
E('client.local-mailer-unavailable', CR, 'mailed %d byte%s of output but got status 0x%04x from MTA', '2048', 's', '004b',
  lead='(root) MAIL (', tail=')')
E('client.local-mailer-unavailable', AN, "Can't find sendmail at %s, not mailing output", '/usr/sbin/sendmail')
E('client.local-mailer-unavailable', AN, "Tried to mail output of job `%s', but mailer process (/usr/sbin/sendmail) exited",
  'cron.daily', '75')
# atd's perr() adds the errno text
E('client.local-mailer-unavailable', AT, 'Exec failed for mail command', tail=': No such file or directory')
# sudo's mailer (mail_badpass, mail_no_user): the errno text in the row's language (glibc's ENOENT)
E('client.local-mailer-unavailable', SU, 'unable to execute %s: %m', '/usr/sbin/sendmail',
  J('No such file or directory', 'そのようなファイルやディレクトリはありません'), lead='sudo: ')
# unattended-upgrades: three literals joined by Python
E('client.local-mailer-unavailable', UU, 'No /usr/bin/mail or /usr/sbin/sendmail,',
  then=('can not send mail. You probably want to install the mailx package.', (), ' '))

PROGRAM = {ZF: 'Zabbix (frontend)', ZS: 'Zabbix (server)', SY: 'Sympa', DW: 'DokuWiki', WP: 'WordPress',
           PM: 'PHPMailer', MM: 'Mailman 3', CR: 'cron', AN: 'anacron', AT: 'at (atd)', SU: 'sudo',
           UU: 'unattended-upgrades'}

CUR.write(OUT, PROGRAM)
