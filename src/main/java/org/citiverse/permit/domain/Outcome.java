package org.citiverse.permit.domain;

/** What a rule set says about a planned activity. */
public enum Outcome {
    /** Allowed without a permit. */
    PERMIT_FREE,
    /** Allowed only with a permit. */
    PERMIT_REQUIRED,
    /** Not allowed here. */
    NOT_ALLOWED,
    /** The rules cannot decide it online (no rule set, no rule matched, or the rules failed): never a guess. */
    UNDECIDED;

    /** The outcome a rule's output names, or null when it names none of the three decisions. */
    public static Outcome decided(String text) {
        if (text == null) {
            return null;
        }
        for (Outcome o : values()) {
            if (o != UNDECIDED && o.name().equals(text.strip())) {
                return o;
            }
        }
        return null;
    }
}
