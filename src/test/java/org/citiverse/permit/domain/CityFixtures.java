package org.citiverse.permit.domain;

import org.citiverse.shared.domain.CityArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Parcels, zones and buildings drawn in metres around the demo city's centre, for tests. */
public final class CityFixtures {

    public static final CityArea AREA = CityArea.parse("51.95,4.90,52.25,5.35");
    public static final CityGeometry CITY = new CityGeometry(AREA);

    private CityFixtures() {
    }

    /** An axis-parallel rectangle in metres (x east, y north of the projection's origin). */
    public static Polygon box(double x0, double y0, double x1, double y1) {
        return CityGeometry.factory().createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
                new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    /** A feature whose geometry is given in metres. */
    public static CityFeature feature(String id, Geometry metres) {
        Geometry wgs84 = CITY.projection().toDegrees(metres);
        return new CityFeature(id, wgs84, CITY.checked(wgs84));
    }

    public static Parcel parcel(String id, String addressId, Geometry metres) {
        return new Parcel(feature(id, metres), addressId, CITY.projection());
    }

    public static Zone zone(String id, String type, Geometry metres, Double maxCoverage) {
        return new Zone(feature(id, metres), "Zone " + id, new ZoneRules(type, 10.0, 3.0, maxCoverage, false,
                "conservation".equals(type), false));
    }

    public static Building building(String id, String parcelId, Geometry metres, double height) {
        return new Building(feature(id, metres), parcelId, height);
    }

    /** {latitude, longitude} of a point in metres. */
    public static double[] degrees(double x, double y) {
        return CITY.projection().toDegrees(new Coordinate(x, y));
    }
}
