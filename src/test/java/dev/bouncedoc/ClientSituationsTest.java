package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Situations that mail programs report about their own connection and sign-in, in the programs' own
 * wordings, and the entry each one must reach. The cases pair a program's generic frame with the specific
 * cause after it (the cause must decide), and wordings that mean opposite things (a server that does not
 * offer STARTTLS against one that requires it).
 */
class ClientSituationsTest {
    static final BounceDoc DOC = BounceDoc.create();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            // STARTTLS not offered by the server, against STARTTLS required by it
            "Sending of the message failed. An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) smtp.example.jp using STARTTLS since it doesn't advertise that feature. => client.starttls-not-offered",
            "msmtp: the server does not support TLS via the STARTTLS command => client.starttls-not-offered",
            "fetchmail: STLS is mandatory for this session, but server refused CAPA command. => client.starttls-not-offered",
            "System.Net.Mail.SmtpException: Server does not support secure connections. => client.starttls-not-offered",
            "System.NotSupportedException: The SMTP server does not support the STARTTLS extension. => client.starttls-not-offered",
            "530 5.7.0 Must issue a STARTTLS command first => client.starttls-required",
            // a plaintext password refused on an unencrypted connection
            "* NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections. => client.plaintext-auth-refused",
            "POP3 サーバーが平文のパスワードを許可していません。[アカウント設定] の [サーバー設定] で [認証方式] を [暗号化されたパスワード認証] に変更し、再度試してください。 => client.plaintext-auth-refused",
            // certificate reasons after a generic verification frame
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006) => client.certificate-error",
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006) => client.certificate-expired",
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'mail.example.jp'. (_ssl.c:1006) => client.certificate-name-mismatch",
            "The SSL certificate of mail.example.jp cannot be verified by the following reason:\\ncertificate has expired => client.certificate-expired",
            "Internet Security Warning\\nThe server you are connected to is using a security certificate that could not be verified.\\nThe security certificate has expired or is not yet valid. => client.certificate-expired",
            "Certificate for mail.example.jp is expired.\\nDo you want to continue? => client.certificate-expired",
            "Certificate is for mail.provider.example, but connection is to mail.example.jp.\\nYou may be connecting to a rogue server. => client.certificate-name-mismatch",
            "SSL peer rejected your certificate as expired. => client.client-certificate-required",
            // sign-in methods
            "Sending of the message failed.\\nThe Outgoing server (SMTP) smtp.example.jp does not support the selected authentication method. Please change the 'Authentication method' in 'Account Settings | Outgoing Server (SMTP)'. => client.no-common-auth-method",
            "535 5.7.8 Error: authentication failed: Invalid authentication mechanism => client.no-common-auth-method",
            "535 5.7.8 Error: authentication failed: authentication failure => client.smtp-auth-failed",
            "503 5.5.1 Error: authentication not enabled => client.smtp-auth-unsupported",
            "msmtp: the server does not support authentication method CRAM-MD5 => client.encrypted-password-unsupported",
            "The Kerberos/GSSAPI ticket was not accepted by the POP server. Please check that you are logged in to the Kerberos/GSSAPI realm. => client.kerberos-failed",
            "メッセージを送信できませんでした。\\nサーバー smtp.gmail.com との接続で認証に失敗しました。 => client.oauth-failed",
            "-ERR [AUTH] Application-specific password required => client.app-password-required",
            "* NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure) => provider.gmail-app-password-required",
            "* NO [ALERT] Web login required: https://support.google.com/mail/answer/78754 (Failure) => client.web-login-required",
            "-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit your Gmail settings page and enable your account for POP access. => client.imap-pop-disabled",
            // APOP: no timestamp in the greeting, against a malformed one
            "** Required APOP timestamp not found in greeting => client.apop-not-offered",
            "Timestamp syntax error in greeting (not ASCII) => client.apop-invalid-timestamp",
            // mailbox and local folders
            "The message was sent successfully, but could not be copied to your Sent folder. => client.sent-copy-failed",
            "The current operation on 'Sent' did not succeed. The mail server for account taro@example.jp responded: Quota exceeded (mailbox for user is full) => client.own-mailbox-over-quota",
            "There is not enough disk space to download new messages. Try deleting old mail, emptying the Trash folder, and compacting your mail folders, and then try again. => client.local-write-failed",
            "Connection to imap.example.jp:993 closed by the remote host. => client.connection-dropped",
            // a web site's own server without a working mail function, against the user's outgoing server refusing
            "Warning: mail() has been disabled for security reasons in /var/www/html/contact.php on line 42 => client.local-mailer-unavailable",
            "お問い合わせを送信できませんでした。サーバーの sendmail が見つかりません。 => client.local-mailer-unavailable",
            "SMTP Error: Could not authenticate. => client.smtp-auth-failed",
            // a mailing list that holds a message for its moderator, against one that refuses the sender
            "Your message to staff@lists.example.jp awaits moderator approval: the message is not from a list member. => notice.held-for-moderation",
            "Your message was rejected: you are not a member of this list. => delivery.mailing-list-prohibited",
    })
    void eachWordingReachesItsSituation(String input, String expected) {
        assertEquals(expected, DOC.diagnose(input.replace("\\n", "\n"), Locale.ENGLISH).id());
    }
}
