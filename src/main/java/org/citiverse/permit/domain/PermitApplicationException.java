package org.citiverse.permit.domain;

import java.util.List;
import org.citiverse.shared.domain.RuleViolation;

/**
 * A rule of permit applications was broken; the reason has a message in the bundles
 * ({@code permitApplication.error.<reason>}), and {@link #details()} says what exactly (the missing
 * kinds of document, a file's name).
 */
public class PermitApplicationException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        NOT_FOUND,
        CHECK_NOT_PERMIT_REQUIRED,
        WRONG_STATUS,
        DESCRIPTION_INVALID,
        CONTACT_INVALID,
        DECLARATION_MISSING,
        DOCUMENTS_MISSING,
        DOCUMENT_KIND_INVALID,
        DOCUMENT_EMPTY,
        DOCUMENT_TOO_LARGE,
        DOCUMENT_TYPE_INVALID,
        DOCUMENT_TOO_MANY,
        MESSAGE_INVALID,
        DECISION_INVALID,
        REASON_MISSING,
        ASSIGNEE_INVALID
    }

    private final Reason reason;
    private final List<String> details;

    public PermitApplicationException(Reason reason) {
        this(reason, List.of());
    }

    public PermitApplicationException(Reason reason, List<String> details) {
        super("permitApplication", reason);
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
