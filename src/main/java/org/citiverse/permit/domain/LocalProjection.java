package org.citiverse.permit.domain;

import org.citiverse.shared.domain.CityArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * An equirectangular projection around the city's centre: x metres east, y metres north. Within a
 * city (tens of kilometres) lengths and areas are off by well under one percent, which is far less
 * than any zoning rule's tolerance, and it is cheap and exactly invertible. WGS84 geometry has x =
 * longitude, y = latitude (the GeoJSON and WKT order).
 */
public final class LocalProjection {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private final double originLatitude;
    private final double originLongitude;
    private final double metresPerDegreeLatitude;
    private final double metresPerDegreeLongitude;

    public LocalProjection(double originLatitude, double originLongitude) {
        this.originLatitude = originLatitude;
        this.originLongitude = originLongitude;
        this.metresPerDegreeLatitude = Math.toRadians(1) * EARTH_RADIUS_METRES;
        this.metresPerDegreeLongitude = metresPerDegreeLatitude * Math.cos(Math.toRadians(originLatitude));
    }

    /** Around the centre of the city's box. */
    public static LocalProjection around(CityArea area) {
        return new LocalProjection((area.south() + area.north()) / 2, (area.west() + area.east()) / 2);
    }

    public Coordinate toMetres(double latitude, double longitude) {
        return new Coordinate((longitude - originLongitude) * metresPerDegreeLongitude,
                (latitude - originLatitude) * metresPerDegreeLatitude);
    }

    /** {latitude, longitude} of a point in metres. */
    public double[] toDegrees(Coordinate metres) {
        return new double[] {originLatitude + metres.y / metresPerDegreeLatitude,
                originLongitude + metres.x / metresPerDegreeLongitude};
    }

    /** A copy of WGS84 geometry in metres. */
    public Geometry toMetres(Geometry wgs84) {
        return transform(wgs84, true);
    }

    /** A copy of geometry in metres in WGS84. */
    public Geometry toDegrees(Geometry metres) {
        return transform(metres, false);
    }

    private Geometry transform(Geometry geometry, boolean forward) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                double y = seq.getY(i);
                if (forward) {
                    seq.setOrdinate(i, 0, (x - originLongitude) * metresPerDegreeLongitude);
                    seq.setOrdinate(i, 1, (y - originLatitude) * metresPerDegreeLatitude);
                } else {
                    seq.setOrdinate(i, 0, originLongitude + x / metresPerDegreeLongitude);
                    seq.setOrdinate(i, 1, originLatitude + y / metresPerDegreeLatitude);
                }
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
