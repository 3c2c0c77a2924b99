package dev.bouncedoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The POP3 answers of RFC 1939, 2449 and 3206 and the usual server strings (Dovecot, Courier, Exchange,
 * Gmail), fed alone, each to the entry that explains it.
 */
class Pop3ResponseTest {
    static final BounceDoc DOC = BounceDoc.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', value = {
            "+OK|notice.pop3-positive-response",
            "-ERR|client.pop3-error-response",
            "+ <base64>|notice.pop3-positive-response",
            "[LOGIN-DELAY]|client.login-delay",
            "[IN-USE]|client.mailbox-locked",
            "[SYS/TEMP]|client.server-side-error",
            "[SYS/PERM]|client.server-side-error",
            "[AUTH]|client.login-failed",
            "[UTF8]|client.pop3-utf8-required",
            "+OK POP3 server ready <1896.697170952@dbc.mailcenter.example>|notice.pop3-positive-response",
            "-ERR never heard of mailbox name|client.login-failed",
            "-ERR invalid password|client.login-failed",
            "-ERR unable to lock maildrop|client.mailbox-locked",
            "-ERR permission denied|client.login-failed",
            "-ERR no such message|client.pop3-message-list-changed",
            "-ERR message 3 already deleted|client.pop3-message-list-changed",
            "-ERR some deleted messages not removed|client.pop3-delete-failed",
            "-ERR [AUTH] Authentication failed.|client.login-failed",
            "-ERR [SYS/TEMP] Temporary authentication failure.|client.server-side-error",
            "-ERR [AUTH] Cleartext authentication disallowed on non-secure (SSL/TLS) connections.|client.plaintext-auth-refused",
            "-ERR [IN-USE] Mailbox is locked by another POP3 session.|client.mailbox-locked",
            "-ERR [SYS/TEMP] Internal error occurred. Refer to server log for more information.|client.server-side-error",
            "-ERR [SYS/TEMP] Server shutting down.|client.server-side-error",
            "-ERR Disconnected for inactivity.|client.connection-dropped",
            "-ERR Too many bad commands.|client.incoming-protocol-error",
            "-ERR There's no message 3.|client.pop3-message-list-changed",
            "-ERR [AUTH] Username and password not accepted.|client.login-failed",
            "-ERR Logon failure: unknown user name or bad password.|client.login-failed",
            "-ERR Command is not valid in this state.|client.incoming-protocol-error",
            "-ERR Login failed.|client.login-failed",
            "-ERR maildrop already locked|client.mailbox-locked",
            "-ERR Mailbox is locked|client.mailbox-locked",
            "-ERR Disk quota exceeded|client.own-mailbox-over-quota",
            "-ERR Too many connections|client.too-many-connections",
            "-ERR mailbox unknown|client.login-failed",
            "-ERR [LOGIN-DELAY] minimum time between mail checks violation|client.login-delay",
            "-ERR TLS is already active.|client.tls-failed",
    })
    void everyPop3AnswerLandsOnItsEntry(String input, String id) {
        assertEquals(id, DOC.diagnose(input).id());
    }
}
