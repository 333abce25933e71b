package org.citiverse.permit.domain;

import static org.citiverse.permit.domain.CityFixtures.CITY;
import static org.citiverse.permit.domain.CityFixtures.box;
import static org.citiverse.permit.domain.CityFixtures.building;
import static org.citiverse.permit.domain.CityFixtures.degrees;
import static org.citiverse.permit.domain.CityFixtures.parcel;
import static org.citiverse.permit.domain.CityFixtures.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citiverse.permit.domain.CityIndex.BuildingShape;
import org.citiverse.permit.domain.CityIndex.ParcelShape;
import org.junit.jupiter.api.Test;

/** The in-memory model: which parcel a position is on, a parcel's zone, its buildings. */
class ZoneOfParcelTest {

    /**
     * Three parcels in a row along y = 0; a residential zone west of x = 25, a conservation zone
     * east of it, a green zone far away. Parcel B (10-20) lies in residential, C (20-30) mostly in
     * conservation (25-30 is half of it: its centroid at x = 25 sits on the border).
     */
    private final CityIndex model = new CityIndex(CITY)
            .add(parcel("A", "addr-a", box(0, 0, 10, 30)))
            .add(parcel("B", "addr-b", box(10, 0, 20, 30)))
            .add(parcel("C", null, box(20, 0, 32, 30)))
            .add(parcel("D", "addr-d", box(500, 500, 510, 530)))
            .add(zone("W-1", "residential", box(-100, -100, 25, 100), 50.0))
            .add(zone("BS-1", "conservation", box(25, -100, 600, 600), 70.0))
            .add(zone("G-1", "green", box(1000, 1000, 1100, 1100), 5.0))
            .add(building("house-a", "A", box(1, 1, 9, 10), 9))
            .add(building("shed-a", "A", box(3, 25, 6, 28), 2.5))
            .add(building("house-b", null, box(11, 1, 19, 12), 11))
            .build();

    private ParcelShape shape(String id) {
        return model.parcel(id).orElseThrow();
    }

    @Test
    void theParcelAtAPosition() {
        double[] inA = degrees(5, 15);
        assertEquals("A", model.parcelAt(inA[0], inA[1]).orElseThrow().id());
        double[] inB = degrees(15.5, 29);
        assertEquals("B", model.parcelAt(inB[0], inB[1]).orElseThrow().id());
        double[] street = degrees(5, -5);
        assertTrue(model.parcelAt(street[0], street[1]).isEmpty());
        double[] border = degrees(10, 15);
        assertEquals("A", model.parcelAt(border[0], border[1]).orElseThrow().id(), "on a shared border: the first id");
        assertEquals(CityModelException.Reason.POINT_OUTSIDE_CITY,
                assertThrows(CityModelException.class, () -> model.parcelAt(48.85, 2.35)).reason());
    }

    @Test
    void aParcelByIdAndByAddress() {
        assertEquals("B", model.parcelOfAddress("addr-b").orElseThrow().id());
        assertTrue(model.parcelOfAddress("nobody").isEmpty());
        assertTrue(model.parcelOfAddress(null).isEmpty());
        assertEquals(300, model.parcel("A").orElseThrow().areaM2(), 0.01);
        assertTrue(model.parcel("Z").isEmpty());
    }

    @Test
    void theZoneHoldingTheParcelsCentreElseTheOneCoveringMostOfIt() {
        assertEquals("W-1", model.zoneOf(shape("A")).orElseThrow().id());
        assertEquals("W-1", model.zoneOf(shape("B")).orElseThrow().id());
        // C: 5 m of 12 in residential, 7 in conservation; its interior point is at the border
        assertEquals("BS-1", model.zoneOf(shape("C")).orElseThrow().id());
        assertTrue(model.zoneOf(shape("D")).orElseThrow().rules().conservation());
        assertEquals(70.0, model.zoneOf(shape("D")).orElseThrow().rules().maxLotCoveragePct());
    }

    @Test
    void aParcelNoZoneTouchesHasNone() {
        CityIndex bare = new CityIndex(CITY).add(parcel("X", null, box(0, 0, 10, 10)))
                .add(zone("G-1", "green", box(1000, 1000, 1100, 1100), 5.0)).build();
        assertTrue(bare.zoneOf(bare.parcel("X").orElseThrow()).isEmpty());
    }

    @Test
    void buildingsByParcelIdOrStandingOnIt() {
        assertEquals(List.of("house-a", "shed-a"), model.buildingsOn(shape("A")).stream().map(BuildingShape::id).toList());
        assertEquals(List.of("house-b"), model.buildingsOn(shape("B")).stream().map(BuildingShape::id).toList(),
                "placed by where it stands");
        assertEquals(List.of(), model.buildingsOn(shape("C")));
        assertEquals(2.5, model.buildingsOn(shape("A")).get(1).heightM());
    }

    @Test
    void aBuiltModelTakesNoMore() {
        assertThrows(IllegalStateException.class, () -> model.add(parcel("E", null, box(40, 0, 50, 30))));
    }
}
