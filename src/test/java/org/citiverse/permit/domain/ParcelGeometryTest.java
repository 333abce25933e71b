package org.citiverse.permit.domain;

import static org.citiverse.permit.domain.CityFixtures.CITY;
import static org.citiverse.permit.domain.CityFixtures.box;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citiverse.permit.domain.CityModelException.Reason;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Polygons the model keeps, and the footprint geometry of a check, in metres. */
class ParcelGeometryTest {

    /** 10 m wide (x), 30 m deep (y); the street is at y = 0. */
    private final Polygon parcel = box(0, 0, 10, 30);

    private static Reason reason(Runnable action) {
        return assertThrows(CityModelException.class, action::run).reason();
    }

    @Test
    void theProjectionKeepsMetresAndComesBack() {
        double[] a = CityFixtures.degrees(0, 0);
        double[] b = CityFixtures.degrees(100, 0);
        double[] c = CityFixtures.degrees(0, 100);
        assertEquals(100, org.citiverse.shared.domain.Geo.metres(a[0], a[1], b[0], b[1]), 0.5);
        assertEquals(100, org.citiverse.shared.domain.Geo.metres(a[0], a[1], c[0], c[1]), 0.5);
        Coordinate back = CITY.projection().toMetres(b[0], b[1]);
        assertEquals(100, back.x, 1e-6);
        assertEquals(0, back.y, 1e-6);
    }

    @Test
    void aStoredPolygonIsReadInMetres() {
        Geometry wgs84 = CITY.projection().toDegrees(parcel);
        Geometry metres = CITY.fromWkt(CityGeometry.wkt(wgs84));
        assertEquals(300, metres.getArea(), 0.01);
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedWithWhereItCrosses() {
        String bowTie = "POLYGON ((5.12 52.09, 5.121 52.091, 5.121 52.09, 5.12 52.091, 5.12 52.09))";
        CityModelException e = assertThrows(CityModelException.class, () -> CITY.fromWkt(bowTie));
        assertEquals(Reason.GEOMETRY_SELF_INTERSECTING, e.reason());
        assertTrue(e.detail().contains("self-intersection") && e.detail().contains("52.0905"), e.detail());
    }

    @Test
    void otherBrokenGeometryIsRefused() {
        assertEquals(Reason.GEOMETRY_INVALID, reason(() -> CITY.fromWkt("POLYGON ((5.12 52.09, 5.121")));
        assertEquals(Reason.GEOMETRY_INVALID, reason(() -> CITY.fromWkt("POINT (5.12 52.09)")));
        assertEquals(Reason.GEOMETRY_INVALID, reason(() -> CITY.fromWkt("LINESTRING (5.12 52.09, 5.121 52.091)")));
        assertEquals(Reason.GEOMETRY_INVALID, reason(() -> CITY.fromWkt("POLYGON EMPTY")));
        assertEquals(Reason.GEOMETRY_OUTSIDE_CITY,
                reason(() -> CITY.fromWkt("POLYGON ((2.35 48.85, 2.36 48.85, 2.36 48.86, 2.35 48.85))")));
        assertEquals(Reason.GEOMETRY_OUTSIDE_CITY,
                reason(() -> CITY.fromWkt("POLYGON ((5.12 52.09, 500 52.09, 5.13 52.1, 5.12 52.09))")));
        // a hole outside its shell
        assertEquals(Reason.GEOMETRY_SELF_INTERSECTING, reason(() -> CITY.fromWkt("POLYGON ((5.12 52.09, 5.121 52.09, "
                + "5.121 52.091, 5.12 52.091, 5.12 52.09), (5.13 52.09, 5.131 52.09, 5.131 52.091, 5.13 52.09))")));
    }

    @Test
    void positionsOffTheGlobeOrOutsideTheCityAreRefused() {
        assertEquals(Reason.POINT_INVALID, reason(() -> CITY.point(91, 5.12)));
        assertEquals(Reason.POINT_INVALID, reason(() -> CITY.point(Double.NaN, 5.12)));
        assertEquals(Reason.POINT_OUTSIDE_CITY, reason(() -> CITY.point(48.85, 2.35)));
    }

    @Test
    void distanceOfAFootprintToTheParcelBoundary() {
        assertEquals(2, Footprints.distanceToBoundary(parcel, box(2, 10, 7, 20)), 1e-9);
        assertEquals(3, Footprints.distanceToBoundary(parcel, box(4, 3, 6, 20)), 1e-9);
        assertEquals(0, Footprints.distanceToBoundary(parcel, box(0, 10, 5, 20)), 1e-9, "built against it");
        assertEquals(Reason.FOOTPRINT_OUTSIDE_PARCEL,
                reason(() -> Footprints.distanceToBoundary(parcel, box(8, 10, 12, 20))));
    }

    @Test
    void lotCoverageCountsExistingBuildingsOnceAndOnlyOnTheParcel() {
        Polygon house = box(0, 0, 10, 10); // 100 m² of 300
        assertEquals(100.0 / 3, Footprints.coveragePercent(parcel, List.of(), house), 1e-9);
        Polygon extension = box(0, 10, 10, 13); // 30 m²
        assertEquals(130.0 / 3, Footprints.coveragePercent(parcel, List.of(house), extension), 1e-9);
        assertEquals(100.0 / 3, Footprints.coveragePercent(parcel, List.of(house), box(0, 5, 10, 10)), 1e-9,
                "an overlap counts once");
        Polygon straddling = box(-5, 0, 5, 10); // only half of it on the parcel
        assertEquals(130.0 / 3 - 50.0 / 3 + 0, Footprints.coveragePercent(parcel, List.of(straddling), extension),
                1e-9);
    }

    @Test
    void aRectangleAtTheRearOfTheParcel() {
        Polygon shed = Footprints.atRear(parcel, new Coordinate(5, 0), 4, 3, 1);
        assertEquals(12, shed.getArea(), 1e-9);
        org.locationtech.jts.geom.Envelope e = shed.getEnvelopeInternal();
        assertEquals(26, e.getMinY(), 1e-9);
        assertEquals(29, e.getMaxY(), 1e-9);
        assertEquals(3, e.getMinX(), 1e-9);
        assertEquals(7, e.getMaxX(), 1e-9);
        assertEquals(1, Footprints.distanceToBoundary(parcel, shed), 1e-9);

        Polygon fromTheOtherStreet = Footprints.atRear(parcel, new Coordinate(5, 40), 10, 5, 0);
        assertEquals(0, fromTheOtherStreet.getEnvelopeInternal().getMinY(), 1e-9, "the rear is where the front is not");

        assertEquals(Reason.FOOTPRINT_OUTSIDE_PARCEL, reason(() -> Footprints.atRear(parcel, new Coordinate(5, 0), 11, 3, 0)));
        assertEquals(Reason.FOOTPRINT_OUTSIDE_PARCEL, reason(() -> Footprints.atRear(parcel, new Coordinate(5, 0), 4, 30, 1)));
        for (double[] bad : new double[][] {{0, 3, 0}, {4, -1, 0}, {4, 3, -1}, {Double.NaN, 3, 0}, {4, 201, 0}}) {
            assertEquals(Reason.DIMENSION_INVALID,
                    reason(() -> Footprints.atRear(parcel, new Coordinate(5, 0), bad[0], bad[1], bad[2])));
        }
    }

    @Test
    void aLongParcelHasItsFrontOnAShortSideEvenWithTheHouseInItsMiddle() {
        Polygon house = box(1, 3, 9, 15); // its centre is nearer the long sides than the street
        Polygon shed = Footprints.atRear(parcel, house.getCentroid().getCoordinate(), 4, 3, 1);
        assertEquals(29, shed.getEnvelopeInternal().getMaxY(), 1e-9, "at the far short side");
        assertEquals(100 * (96 + 12) / 300.0, Footprints.coveragePercent(parcel, List.of(house), shed), 1e-9);
        Polygon square = box(0, 0, 20, 20);
        Polygon sideways = Footprints.atRear(square, new Coordinate(0, 10), 4, 3, 1);
        assertEquals(16, sideways.getEnvelopeInternal().getMinX(), 1e-9, "a square parcel: the side nearest the front");
    }

    @Test
    void aRotatedParcelGetsARotatedRectangle() {
        Geometry rotated = org.locationtech.jts.geom.util.AffineTransformation.rotationInstance(Math.toRadians(30))
                .transform(parcel);
        Coordinate street = org.locationtech.jts.geom.util.AffineTransformation.rotationInstance(Math.toRadians(30))
                .transform(new Coordinate(5, 0), new Coordinate());
        Polygon shed = Footprints.atRear(rotated, street, 4, 3, 2);
        assertEquals(12, shed.getArea(), 1e-6);
        assertEquals(2, Footprints.distanceToBoundary(rotated, shed), 1e-6);
    }
}
