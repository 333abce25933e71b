package org.citiverse.organisation.domain;

import org.citiverse.shared.domain.RuleViolation;

/** A department rule was broken; the reason has a message in the bundles: department.error.&lt;reason&gt;. */
public class DepartmentException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        CODE_INVALID,
        CODE_TAKEN,
        NAME_INVALID,
        GROUP_INVALID,
        GROUP_TAKEN,
        NOT_FOUND,
        CHANGED_ELSEWHERE
    }

    private final Reason reason;

    public DepartmentException(Reason reason) {
        super("department", reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
