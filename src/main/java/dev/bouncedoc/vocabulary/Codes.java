package dev.bouncedoc.vocabulary;

import java.util.List;

/**
 * What was recognised in the input. A field is null when the input has no such code; when it has several,
 * the one the diagnosis rests on, else the first.
 *
 * @param reply       basic SMTP reply code (550)
 * @param status      enhanced status code (5.1.1)
 * @param hresult     Windows mail error number (0x800CCC0E, IXP_E_FAILED_TO_CONNECT)
 * @param pop3        POP3 extended response code (IN-USE)
 * @param imap        IMAP response code (AUTHENTICATIONFAILED)
 * @param socketError Windows Sockets error number (10061)
 * @param addresses   every e-mail address mentioned, in order, as written
 * @param hosts       every host name and IP address mentioned, in order, as written
 */
public record Codes(ReplyCode reply, EnhancedStatus status, Hresult hresult, String pop3, String imap,
                    Integer socketError, List<String> addresses, List<String> hosts) {
    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param reply       basic SMTP reply code, or null
     * @param status      enhanced status code, or null
     * @param hresult     Windows mail error number, or null
     * @param pop3        POP3 extended response code, or null
     * @param imap        IMAP response code, or null
     * @param socketError Windows Sockets error number, or null
     * @param addresses   every e-mail address mentioned
     * @param hosts       every host name and IP address mentioned
     * @throws NullPointerException if {@code addresses} or {@code hosts} is null or holds null
     */
    public Codes {
        addresses = List.copyOf(addresses);
        hosts = List.copyOf(hosts);
    }
}
