package dev.bouncedoc;

/**
 * One recipient of a report with what the report says about it and the catalog's diagnosis. Fields the
 * report does not give are null.
 *
 * @param address        the recipient's address as reported: the address the sender wrote when the report gives
 *                       it (Original-Recipient, "Original address:", sendmail's "expanded from:") and it is a
 *                       mailbox, else the mailbox that failed (Final-Recipient)
 * @param action         RFC 3464 action: failed, delayed, delivered, relayed, expanded
 * @param status         enhanced status code as reported, else the one the diagnostic text shows
 * @param replyCode      SMTP reply code as reported
 * @param diagnosticCode the remote server's or the reporting MTA's text about this recipient
 * @param remoteMta      the host that answered
 * @param lastAttempt    the date of the last attempt, as written in the report
 * @param reason         the Sisimai reason name (userunknown, mailboxfull, expired, vacation, feedback, ...)
 * @param hardBounce     whether sending again to this address can never succeed: true for the reasons
 *                       userunknown, hostunknown and hasmoved, and for notaccept with a permanent code
 *                       (Sisimai's rule); never for a delay report
 * @param diagnosis      the catalog's explanation, with texts in the reader's language
 */
public record FailedRecipient(String address, String action, String status, String replyCode, String diagnosticCode,
                              String remoteMta, String lastAttempt, String reason, boolean hardBounce,
                              Diagnosis diagnosis) {
}
