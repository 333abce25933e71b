package org.citiverse.permit.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.citiverse.permit.domain.CityModelException.Reason;
import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The geometry of a planned footprint on a parcel, in metres: its distance to the parcel's
 * boundary, the lot coverage with it, and a rectangle of given width and depth at the rear of the
 * parcel. Computed, never asked of the citizen.
 */
public final class Footprints {

    /** Larger than any extension, outbuilding or distance on one parcel. */
    public static final double MAX_DIMENSION_M = 200;
    /** Rounding of the footprint's corners (from WGS84 degrees) may put it a hair outside. */
    private static final double TOLERANCE_M = 0.01;
    /** A parcel this many times longer than wide has its front on a short side. */
    private static final double ELONGATED = 1.25;

    private Footprints() {
    }

    /**
     * The shortest distance from the footprint to the parcel's boundary in metres (0 where it
     * touches it).
     *
     * @throws CityModelException FOOTPRINT_OUTSIDE_PARCEL when any of it lies off the parcel
     */
    public static double distanceToBoundary(Geometry parcel, Geometry footprint) {
        requireOn(parcel, footprint);
        return footprint.distance(parcel.getBoundary());
    }

    /**
     * The share of the parcel built on, in percent, when the footprint is added to the buildings
     * already on it (overlaps counted once; only the part of a building on the parcel counts).
     */
    public static double coveragePercent(Geometry parcel, Collection<? extends Geometry> buildings, Geometry footprint) {
        requireOn(parcel, footprint);
        List<Geometry> parts = new ArrayList<>();
        for (Geometry building : buildings) {
            parts.add(parcel.covers(building) ? building : building.intersection(parcel));
        }
        parts.add(footprint);
        // Overlays are the costly part of a check: parts whose boxes are apart (the usual case: a
        // house and an extension behind it) add up their areas; the union only when they may meet.
        double built = mayOverlap(parts) ? UnaryUnionOp.union(parts).getArea()
                : parts.stream().mapToDouble(Geometry::getArea).sum();
        return Math.min(100, built / parcel.getArea() * 100);
    }

    private static boolean mayOverlap(List<Geometry> parts) {
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (parts.get(i).getEnvelopeInternal().intersects(parts.get(j).getEnvelopeInternal())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A rectangle {@code width} wide and {@code depth} deep at the rear of the parcel, centred
     * on it, {@code gap} metres from its rear boundary. The rear is the side of the parcel's
     * minimum-area rectangle opposite the side nearest {@code front} (the street side: the
     * parcel's buildings or its address); of a long parcel, only a short side can be the front.
     *
     * @throws CityModelException DIMENSION_INVALID for a width or depth not above 0, a negative gap
     *                            or any above {@link #MAX_DIMENSION_M}; FOOTPRINT_OUTSIDE_PARCEL when
     *                            it does not fit on the parcel
     */
    public static Polygon atRear(Geometry parcel, Coordinate front, double width, double depth, double gap) {
        if (!(width > 0 && width <= MAX_DIMENSION_M && depth > 0 && depth <= MAX_DIMENSION_M && gap >= 0
                && gap <= MAX_DIMENSION_M)) {
            throw new CityModelException(Reason.DIMENSION_INVALID, "width and depth must be more than 0 and at most "
                    + (int) MAX_DIMENSION_M + " metres, the distance to the rear 0 to " + (int) MAX_DIMENSION_M);
        }
        Coordinate[] box = MinimumAreaRectangle.getMinimumRectangle(parcel).getCoordinates();
        if (box.length < 5) {
            throw new CityModelException(Reason.GEOMETRY_INVALID, "the parcel has no area");
        }
        // A long parcel faces its street with a short side: only those can be the front.
        boolean elongated = Math.max(box[0].distance(box[1]), box[1].distance(box[2]))
                >= ELONGATED * Math.min(box[0].distance(box[1]), box[1].distance(box[2]));
        boolean firstIsShort = box[0].distance(box[1]) < box[1].distance(box[2]);
        int frontSide = 0;
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            if (elongated && (i % 2 == 0) != firstIsShort) {
                continue;
            }
            double d = midpoint(box[i], box[i + 1]).distance(front);
            if (d < nearest) {
                nearest = d;
                frontSide = i;
            }
        }
        int rearSide = (frontSide + 2) % 4;
        Coordinate rearA = box[rearSide];
        Coordinate rearB = box[rearSide + 1];
        Coordinate rearMid = midpoint(rearA, rearB);
        Coordinate frontMid = midpoint(box[frontSide], box[frontSide + 1]);
        double length = rearA.distance(rearB);
        double reach = rearMid.distance(frontMid);
        double ux = (frontMid.x - rearMid.x) / reach;
        double uy = (frontMid.y - rearMid.y) / reach;
        double vx = (rearB.x - rearA.x) / length;
        double vy = (rearB.y - rearA.y) / length;
        double near = gap;
        double far = gap + depth;
        Coordinate a = new Coordinate(rearMid.x + ux * near - vx * width / 2, rearMid.y + uy * near - vy * width / 2);
        Coordinate b = new Coordinate(rearMid.x + ux * near + vx * width / 2, rearMid.y + uy * near + vy * width / 2);
        Coordinate c = new Coordinate(rearMid.x + ux * far + vx * width / 2, rearMid.y + uy * far + vy * width / 2);
        Coordinate d = new Coordinate(rearMid.x + ux * far - vx * width / 2, rearMid.y + uy * far - vy * width / 2);
        Polygon footprint = CityGeometry.factory().createPolygon(new Coordinate[] {a, b, c, d, a.copy()});
        if (!on(parcel, footprint)) {
            throw new CityModelException(Reason.FOOTPRINT_OUTSIDE_PARCEL,
                    "a footprint of this width and depth does not fit at the rear of the parcel");
        }
        return footprint;
    }

    private static void requireOn(Geometry parcel, Geometry footprint) {
        if (!on(parcel, footprint)) {
            throw new CityModelException(Reason.FOOTPRINT_OUTSIDE_PARCEL, "the footprint does not lie on the parcel");
        }
    }

    /** On the parcel, within the tolerance; the buffer (costly) only for what lies on its edge. */
    private static boolean on(Geometry parcel, Geometry footprint) {
        return parcel.covers(footprint) || parcel.buffer(TOLERANCE_M).covers(footprint);
    }

    private static Coordinate midpoint(Coordinate a, Coordinate b) {
        return new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
    }
}
