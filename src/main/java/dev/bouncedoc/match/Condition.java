package dev.bouncedoc.match;

/** The kinds of condition a catalog rule can hold, with the weight each adds to a rule's score. */
public enum Condition {
    /** Wording that identifies the situation. */
    PHRASE,
    /** Generic wording that only suggests the situation, or context that tips a tie. */
    HINT,
    /** An HRESULT of the Windows mail transports. */
    HRESULT,
    /** A Windows Sockets error number, in a text that speaks of sockets. */
    SOCKET,
    /** A POP3 extended response code, or {@code ERR} for any -ERR answer. */
    POP3,
    /** An IMAP response code. */
    IMAP,
    /** An enhanced status code, exact ({@code 5.1.1}), by subject ({@code X.1.1}) or by class ({@code 5.X.X}). */
    STATUS,
    /** A basic reply code, exact ({@code 550}) or by class ({@code 5XX}). */
    REPLY,
    /** Several parts that all occur, in the order given, within one sentence; the values are the parts. */
    ORDERED,
    /** Several parts that all occur within one sentence, in any order; the values are the parts. */
    ALL,
    /** Wording that rules the rule out wherever it occurs in the input; it adds nothing to the score. */
    NOT;

    /** Whether the values are wording (matched by the phrase automaton) rather than codes. */
    public boolean isText() {
        return this == PHRASE || this == HINT || this == ORDERED || this == ALL || this == NOT;
    }

    /** Whether the values are the parts of one group that must all be found, rather than alternatives. */
    public boolean isGroup() {
        return this == ORDERED || this == ALL;
    }

    /**
     * The weight of one value of this condition (catalog/README.md, "Match rules"), or -1 when the value
     * is not well formed for this condition.
     */
    public int weight(String value) {
        switch (this) {
            case PHRASE:
            case ORDERED:
            case ALL:
                return 40;
            case NOT:
                return 0;
            case HINT:
                return 5;
            case HRESULT:
                return CodeSyntax.canonicalHresult(value) != null ? 30 : -1;
            case SOCKET:
                return CodeSyntax.isSocketError(value) ? 35 : -1;
            case POP3:
                return value.equals("ERR") ? 2 : CodeScanner.POP3_CODES.contains(value) ? 32 : -1;
            case IMAP:
                return CodeScanner.IMAP_CODES.contains(value) ? 32 : -1;
            case STATUS:
                return CodeSyntax.statusWeight(value);
            case REPLY:
                return CodeSyntax.replyWeight(value);
            default:
                throw new AssertionError(this);
        }
    }
}
