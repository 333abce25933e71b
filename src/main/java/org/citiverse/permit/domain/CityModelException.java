package org.citiverse.permit.domain;

import org.citiverse.shared.domain.RuleViolation;

/** A city-model question or geometry that cannot be answered as asked (permit.error.&lt;reason&gt; in the bundles). */
public class CityModelException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        /** A position off the globe. */
        POINT_INVALID,
        /** A position outside the city's bounds. */
        POINT_OUTSIDE_CITY,
        /** No parcel with this id, at this position or of this address. */
        PARCEL_NOT_FOUND,
        /** Not a polygon or multipolygon, unreadable, or without area. */
        GEOMETRY_INVALID,
        /** A polygon whose edges cross themselves or each other (JTS: not valid). */
        GEOMETRY_SELF_INTERSECTING,
        /** A corner outside the city's bounds. */
        GEOMETRY_OUTSIDE_CITY,
        /** A width, depth, height or distance that is negative, zero where it may not be, or absurd. */
        DIMENSION_INVALID,
        /** A footprint that does not lie on the parcel, or does not fit on it. */
        FOOTPRINT_OUTSIDE_PARCEL,
        /** A file that is no GeoJSON FeatureCollection. */
        FILE_INVALID,
        /** Another import is being stored. */
        IMPORT_RUNNING
    }

    private final Reason reason;
    private final String detail;

    public CityModelException(Reason reason, String detail) {
        super("permit", reason);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What exactly was wrong, in plain words (for import reports and problem details). */
    public String detail() {
        return detail;
    }
}
