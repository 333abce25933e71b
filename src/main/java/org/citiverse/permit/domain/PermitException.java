package org.citiverse.permit.domain;

import java.util.List;
import org.citiverse.shared.domain.RuleViolation;

/**
 * A permit rule was broken; the reason has a message in the bundles (permit.error.&lt;reason&gt;), and
 * {@link #details()} lists what exactly (problems of a model with their lines, failed test cases).
 */
public class PermitException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        ACTIVITY_INVALID,
        ZONE_TYPE_INVALID,
        EFFECTIVE_DATE_MISSING,
        DMN_MISSING,
        DMN_TOO_LARGE,
        DMN_INVALID,
        TEST_CASES_INVALID,
        TEST_CASES_FAILED,
        INPUTS_INVALID,
        NOT_FOUND,
        NOT_DRAFT,
        CHANGED_ELSEWHERE
    }

    private final Reason reason;
    private final List<String> details;

    public PermitException(Reason reason) {
        this(reason, List.of());
    }

    public PermitException(Reason reason, List<String> details) {
        super("permit", reason);
        this.reason = reason;
        this.details = List.copyOf(details);
    }

    public Reason reason() {
        return reason;
    }

    /** What exactly, in plain words; may be empty. */
    public List<String> details() {
        return details;
    }
}
