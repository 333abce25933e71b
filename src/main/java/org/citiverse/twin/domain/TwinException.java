package org.citiverse.twin.domain;

import org.citiverse.shared.domain.RuleViolation;

/** A twin rule was broken; the reason says which (twin.error.&lt;reason&gt; in the bundles). */
public class TwinException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        NOT_FOUND,
        FORBIDDEN,
        TYPE_INVALID,
        NAME_INVALID,
        OWNER_INVALID,
        LOCATION_INVALID,
        PARENT_NOT_FOUND,
        CYCLE,
        PROPERTY_UNKNOWN,
        PROPERTY_TYPE,
        PRINCIPAL_INVALID,
        PERMISSION_INVALID,
        OBSERVED_IN_FUTURE,
        TOO_LARGE,
        LAST_ADMINISTRATOR,
        NOT_LINKED,
        SYNC_INTERVAL_INVALID,
        HAS_CONTENTS,
        RANGE_INVALID,
        ACTION_UNKNOWN
    }

    private final Reason reason;

    public TwinException(Reason reason) {
        super("twin", reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
