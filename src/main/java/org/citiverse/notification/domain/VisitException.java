package org.citiverse.notification.domain;

import org.citiverse.shared.domain.RuleViolation;

/** A guest-visit rule was broken; the reason says which (visit.error.&lt;reason&gt; in the bundles). */
public class VisitException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        /** No such visit, or not one of the caller's households. */
        NOT_FOUND,
        ANSWER_INVALID,
        /** The home has no door lock the platform can reach. */
        NO_LOCK,
        QUIET_HOURS_INVALID
    }

    private final Reason reason;

    public VisitException(Reason reason) {
        super("visit", reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
