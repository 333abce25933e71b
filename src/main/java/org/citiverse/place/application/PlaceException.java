package org.citiverse.place.application;

import org.citiverse.shared.domain.RuleViolation;

/** A "what is here?" question that cannot be answered as asked (place.error.&lt;reason&gt; in the bundles). */
public class PlaceException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        POINT_INVALID,
        RADIUS_INVALID
    }

    public PlaceException(Reason reason) {
        super("place", reason);
    }
}
