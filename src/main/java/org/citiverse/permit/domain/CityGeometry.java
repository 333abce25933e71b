package org.citiverse.permit.domain;

import java.util.Locale;
import org.citiverse.permit.domain.CityModelException.Reason;
import org.citiverse.shared.domain.CityArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The rules every polygon of the city model keeps, and the way between WGS84 WKT and metres:
 * a Polygon or MultiPolygon, finite corners inside the city's bounds, valid (no edge crossing
 * another, holes inside their shell) and with an area.
 */
public final class CityGeometry {

    /** Larger than any parcel or building in a city; a zone may be as large as the city. */
    public static final double MAX_PARCEL_AREA_M2 = 1_000_000;
    /** WKT kept in the database: parcels and buildings (the column's size). */
    public static final int MAX_WKT_CHARS = 100_000;
    /** WKT of a zone. */
    public static final int MAX_ZONE_WKT_CHARS = 1_000_000;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final CityArea area;
    private final LocalProjection projection;

    public CityGeometry(CityArea area) {
        this.area = area;
        this.projection = LocalProjection.around(area);
    }

    public static GeometryFactory factory() {
        return FACTORY;
    }

    public CityArea area() {
        return area;
    }

    public LocalProjection projection() {
        return projection;
    }

    /** Stored WKT (WGS84) as checked geometry in metres. */
    public Geometry fromWkt(String wkt) {
        Geometry wgs84;
        try {
            wgs84 = new WKTReader(FACTORY).read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            throw new CityModelException(Reason.GEOMETRY_INVALID, "the geometry is no readable WKT");
        }
        return checked(wgs84);
    }

    /** WGS84 geometry as WKT, as stored. */
    public static String wkt(Geometry wgs84) {
        return new WKTWriter(2).write(wgs84);
    }

    /**
     * WGS84 geometry checked and projected into metres.
     *
     * @throws CityModelException GEOMETRY_INVALID (no polygon, no area), GEOMETRY_OUTSIDE_CITY,
     *                            GEOMETRY_SELF_INTERSECTING
     */
    public Geometry checked(Geometry wgs84) {
        if (!(wgs84 instanceof Polygon || wgs84 instanceof MultiPolygon) || wgs84.isEmpty()) {
            throw new CityModelException(Reason.GEOMETRY_INVALID,
                    "the geometry must be a Polygon or MultiPolygon, not " + wgs84.getGeometryType());
        }
        for (Coordinate c : wgs84.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                throw new CityModelException(Reason.GEOMETRY_INVALID, "a coordinate is not a finite number");
            }
            if (!area.contains(c.y, c.x)) {
                throw new CityModelException(Reason.GEOMETRY_OUTSIDE_CITY, String.format(Locale.ROOT,
                        "the corner %s,%s (latitude,longitude) lies outside the city (%s)", c.y, c.x, area));
            }
        }
        Geometry metres = projection.toMetres(wgs84);
        TopologyValidationError error = new IsValidOp(metres).getValidationError();
        if (error != null) {
            double[] at = projection.toDegrees(error.getCoordinate());
            throw new CityModelException(Reason.GEOMETRY_SELF_INTERSECTING, String.format(Locale.ROOT,
                    "the polygon is not valid: %s near %.7f,%.7f (latitude,longitude)",
                    error.getMessage().toLowerCase(Locale.ROOT), at[0], at[1]));
        }
        if (!(metres.getArea() > 0)) {
            throw new CityModelException(Reason.GEOMETRY_INVALID, "the polygon has no area");
        }
        return metres;
    }

    /**
     * A position inside the city, in metres.
     *
     * @throws CityModelException POINT_INVALID off the globe, POINT_OUTSIDE_CITY
     */
    public Point point(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new CityModelException(Reason.POINT_INVALID,
                    "a position is a latitude from -90 to 90 and a longitude from -180 to 180");
        }
        if (!area.contains(latitude, longitude)) {
            throw new CityModelException(Reason.POINT_OUTSIDE_CITY, "the position lies outside the city (" + area + ")");
        }
        return FACTORY.createPoint(projection.toMetres(latitude, longitude));
    }
}
