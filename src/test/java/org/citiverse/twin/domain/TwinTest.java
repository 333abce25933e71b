package org.citiverse.twin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.citiverse.twin.domain.TwinException.Reason;
import org.junit.jupiter.api.Test;

/** REQ-DT-01 (ids), REQ-DT-05/06 (containment), REQ-DT-07 (state from reports), FGMV-28 7.3.2 (location). */
class TwinTest {

    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    private static Twin door() {
        return new Twin("door", "Front door", "household:h1", LinkType.L2, Map.of("open", PropertyType.BOOLEAN,
                "battery", PropertyType.NUMBER, "label", PropertyType.TEXT), List.of("open"), T);
    }

    private static Reason refusal(Runnable action) {
        return assertThrows(TwinException.class, action::run).reason();
    }

    @Test
    void idsAreStableUrns() {
        Twin door = door();
        assertTrue(Twin.isId(door.id()), door.id());
        assertFalse(Twin.isId("urn:citiverse:twin:../etc"));
        assertFalse(Twin.isId(null));
    }

    @Test
    void newerReportsChangeStateOlderOnesDoNot() {
        Twin door = door();
        assertTrue(door.report(Json.createObjectBuilder().add("open", true).add("battery", 80).build(), T));
        assertFalse(door.report(Json.createObjectBuilder().add("open", false).build(), T.minusSeconds(1)), "late data");
        assertFalse(door.report(Json.createObjectBuilder().add("open", false).build(), T), "same time: not newer");
        assertTrue(door.state().getBoolean("open"));
        assertEquals(1, door.stateVersion());
        assertTrue(door.report(Json.createObjectBuilder().add("label", "Back").build(), T.plusSeconds(1)));
        assertEquals(80, door.state().getInt("battery"), "values not reported keep their last value");
    }

    @Test
    void valuesMustMatchTheirPropertyType() {
        Twin door = door();
        assertEquals(Reason.PROPERTY_TYPE, refusal(() -> door.report(Json.createObjectBuilder().add("open", "yes").build(), T)));
        assertEquals(Reason.PROPERTY_TYPE, refusal(() -> door.report(Json.createObjectBuilder().add("battery", true).build(), T)));
        assertEquals(Reason.PROPERTY_UNKNOWN, refusal(() -> door.report(Json.createObjectBuilder().add("colour", "red").build(), T)));
        assertEquals(Reason.PROPERTY_TYPE, refusal(() -> door.report(Json.createObjectBuilder()
                .add("battery", new java.math.BigDecimal("1e400")).build(), T)), "no double can hold it");
        assertEquals(0, door.stateVersion(), "nothing applied");
    }

    @Test
    void aTwinIsNeverInsideItself() {
        Twin home = new Twin("home", "Home", "household:h1", LinkType.NL, Map.of(), List.of(), T);
        Twin door = door();
        door.placeIn(home);
        assertEquals(home.id(), door.parentId());
        assertEquals(Reason.CYCLE, refusal(() -> door.placeIn(door)));
        door.placeIn(null);
        assertEquals(null, door.parentId());
    }

    @Test
    void typesNamesOwnersAndPlacesAreChecked() {
        assertEquals(Reason.TYPE_INVALID, refusal(() -> new Twin("Door", "x", "household:h", LinkType.NL, null, null, T)));
        assertEquals(Reason.NAME_INVALID, refusal(() -> new Twin("door", " ", "household:h", LinkType.NL, null, null, T)));
        assertEquals(Reason.OWNER_INVALID, refusal(() -> new Twin("door", "x", "anyone", LinkType.NL, null, null, T)));
        assertEquals(Reason.LOCATION_INVALID, refusal(() -> new Location(90.5, 0, null, null)));
        assertEquals(Reason.LOCATION_INVALID, refusal(() -> new Location(0, -181, null, null)));
        assertEquals(Reason.LOCATION_INVALID, refusal(() -> new Location(Double.NaN, 0, null, null)));
    }

    @Test
    void distancesAreGreatCircle() {
        Location dom = new Location(52.0907, 5.1214, null, null);
        double toAmsterdam = dom.metresTo(52.3676, 4.9041);
        assertTrue(toAmsterdam > 34_000 && toAmsterdam < 35_000, "Utrecht–Amsterdam ≈ 34.5 km: " + toAmsterdam);
        double[] box = org.citiverse.shared.domain.Geo.boundingBox(52.0907, 5.1214, 1000);
        assertTrue(dom.metresTo(box[0], 5.1214) > 999 && dom.metresTo(box[0], 5.1214) < 1001);
    }

    @Test
    void permissionsIncludeTheLesserOnes() {
        assertEquals(List.of(Permission.VIEW, Permission.OPERATE, Permission.ADMINISTER), Permission.VIEW.satisfiedBy());
        assertEquals(List.of(Permission.ADMINISTER), Permission.ADMINISTER.satisfiedBy());
        assertEquals(Reason.PERMISSION_INVALID, refusal(() -> Permission.parse("OWN")));
    }

    @Test
    void redefiningDropsValuesWhosePropertyGoesOrChangesType() {
        Twin door = door();
        door.report(Json.createObjectBuilder().add("open", true).add("battery", 80).add("label", "Front").build(), T);
        door.redefine(Map.of("open", PropertyType.BOOLEAN, "battery", PropertyType.TEXT), List.of("open", "lock"));
        assertTrue(door.state().getBoolean("open"), "same name and type: kept");
        assertFalse(door.state().containsKey("battery"), "type changed: no value of the wrong type stays");
        assertFalse(door.state().containsKey("label"), "property gone: its value goes");
        assertEquals(List.of("open", "lock"), door.actions());
        assertEquals(Reason.PROPERTY_UNKNOWN, refusal(() -> door.redefine(Map.of("Bad name", PropertyType.TEXT),
                List.of())));
        assertTrue(door.state().getBoolean("open"), "a refused redefinition changes nothing");
    }

    @Test
    void onlyLinkedTwinsSyncPeriodicallyWithinBounds() {
        Twin door = door();
        door.syncEvery(java.time.Duration.ofMinutes(15), T);
        assertEquals(T.plusSeconds(900), door.nextSyncAt());
        door.periodicSyncRequested(T.plusSeconds(1000));
        assertEquals(T.plusSeconds(1900), door.nextSyncAt(), "the next one an interval after this one");
        assertEquals(Reason.SYNC_INTERVAL_INVALID, refusal(() -> door.syncEvery(java.time.Duration.ofSeconds(9), T)));
        assertEquals(Reason.SYNC_INTERVAL_INVALID, refusal(() -> door.syncEvery(java.time.Duration.ofDays(32), T)));
        door.syncEvery(null, T);
        assertEquals(null, door.nextSyncAt(), "on request only");
        Twin parcel = new Twin("parcel", "Parcel 7", "department:permits", LinkType.NL, Map.of(), List.of(), T);
        assertEquals(Reason.NOT_LINKED, refusal(() -> parcel.syncEvery(java.time.Duration.ofHours(1), T)));
        assertFalse(parcel.linked());
    }

    @Test
    void stateCriteriaAreReadAsReportedValues() {
        assertEquals(new TwinQuery.StateEquals("open", "true"), TwinQuery.StateEquals.parse("open:true"));
        assertEquals(new TwinQuery.StateEquals("level", "-12.5"), TwinQuery.StateEquals.parse(" level : -12.5 "));
        assertEquals(new TwinQuery.StateEquals("label", "\"Front: door\""), TwinQuery.StateEquals.parse("label:Front: door"),
                "text is a JSON string, the first colon separates");
        assertEquals(null, TwinQuery.StateEquals.parse(" "));
        for (String bad : new String[] {"open", "Open:true", "open:", ":true", "x".repeat(41) + ":1"}) {
            assertThrows(IllegalArgumentException.class, () -> TwinQuery.StateEquals.parse(bad), bad);
        }
        assertEquals(TwinQuery.Sort.LATEST_REPORT, TwinQuery.Sort.parse("-observed"));
        assertEquals(TwinQuery.Sort.NAME, TwinQuery.Sort.parse(null));
        assertThrows(IllegalArgumentException.class, () -> TwinQuery.Sort.parse("colour"));
    }
}
