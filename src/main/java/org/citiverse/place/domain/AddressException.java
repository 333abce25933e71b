package org.citiverse.place.domain;

import org.citiverse.shared.domain.RuleViolation;

/** An address question or import that cannot be answered as asked (place.error.&lt;reason&gt; in the bundles). */
public class AddressException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        /** No search text. */
        QUERY_MISSING,
        /** More than {@link AddressQuery#MAX_LENGTH} characters. */
        QUERY_TOO_LONG,
        /** Control characters, or nothing an address could be found by (a street, a postcode). */
        QUERY_INVALID,
        /** Asked for fewer than 1 or more than {@link AddressQuery#MAX_RESULTS} addresses. */
        LIMIT_INVALID,
        /** A position off the globe. */
        POINT_INVALID,
        /** No address has this id. */
        NOT_FOUND,
        /** An import file without its header line (or empty). */
        HEADER_INVALID,
        /** Another import is being stored. */
        IMPORT_RUNNING
    }

    private final Reason reason;

    public AddressException(Reason reason) {
        super("place", reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
