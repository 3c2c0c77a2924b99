package dev.bouncedoc.message;

/**
 * What a report's format itself states about one recipient, beyond the server's words: a fact a reader
 * found, not a reason. The engine's reason policy alone turns it into a reason.
 */
public enum Stated {
    /**
     * The MTA stopped retrying on its own: the message outlived its queue lifetime (a give-up, not a refusal),
     * and the diagnostic is the MTA's own words (or there is none).
     */
    GAVE_UP,
    /**
     * The MTA stopped retrying on its own, and the diagnostic is the last reply a server gave it: the reply
     * may name the cause better than the give-up does (the reason policy decides).
     */
    GAVE_UP_AFTER_REPLY,
    /**
     * The provider's report marks the message as refused by the recipient's own reception filter, and states
     * no other cause and no server reply: au's (KDDI) "X-SPASIGN: NG" header on its EZweb report.
     */
    REFUSED_BY_RECIPIENT_FILTER,
    /** The MTA looked the recipient up in its own directory and found no such mailbox (no SMTP command, no filter): Domino, Notes, GroupWise. */
    NO_SUCH_LOCAL_USER,
    /**
     * A gateway's fixed sentence that the next server would not take the recipient, with no reply of that
     * server: InterScan MSS's "Reason: Unable to deliver message to &lt;x&gt; (and other recipients in the
     * same domain)."; Symantec Email Security.cloud's (MessageLabs) "542 &lt;x&gt; Rejected" and nothing else.
     * The formats' meaning, as Sisimai's InterScanMSS and MessageLabs modules encode it, is an unknown
     * recipient (catalog/README.md, "Module conventions").
     */
    RECIPIENT_NOT_TAKEN,
    /**
     * A group or list service refused the sender's post to a group address: the group may not exist, or
     * the sender may not post to it (Google Groups' notice). Not a refusal of a mailbox by its server.
     */
    POST_REFUSED,
    /** The message is a complaint (feedback) report about the returned message, not a bounce. */
    COMPLAINT,
    /** The message is an automatic reply (RFC 3834), not a bounce. */
    AUTO_REPLY,
    /**
     * The message is a mailing list's automatic notice that the sender's post is held for the list's
     * moderator (Mailman, Sympa): the post reached the list; it is not a bounce.
     */
    HELD_FOR_MODERATION,
    /** The message reports a successful delivery. */
    DELIVERED
}
