package org.citiverse.permit.application;

import static org.citiverse.permit.domain.CityFixtures.CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.citiverse.permit.application.CityModelImport.Checked;
import org.citiverse.permit.application.CityModelImport.Kind;
import org.citiverse.permit.domain.CityFeature.Rejected;
import org.citiverse.permit.domain.CityModelException;
import org.junit.jupiter.api.Test;

/** Each feature of an imported GeoJSON file is checked, and a file that is none is refused whole. */
class GeoJsonImportTest {

    private static final String SQUARE = "[[[5.1200,52.0900],[5.1203,52.0900],[5.1203,52.0902],[5.1200,52.0902],"
            + "[5.1200,52.0900]]]";

    private static JsonValue json(String text) {
        return Json.createReader(new java.io.StringReader(text)).readValue();
    }

    private static String feature(String id, String geometryType, String coordinates, String properties) {
        return "{\"type\":\"Feature\"" + (id == null ? "" : ",\"id\":" + id) + ",\"geometry\":{\"type\":\""
                + geometryType + "\",\"coordinates\":" + coordinates + "},\"properties\":" + properties + "}";
    }

    private static Checked check(Kind kind, String feature) {
        return CityModelImport.check(kind, json(feature), CITY);
    }

    private static String rejected(Kind kind, String feature) {
        return assertThrows(Rejected.class, () -> check(kind, feature)).reason();
    }

    @Test
    void aParcelWithItsAddress() {
        Checked parcel = check(Kind.PARCELS, feature("\"UTR01-K-9\"", "Polygon", SQUARE, "{\"addressId\":\"0344\"}"));
        assertEquals("UTR01-K-9", parcel.feature().id());
        assertEquals("0344", parcel.reference());
        assertEquals(20.5 * 22.2, parcel.feature().metres().getArea(), 10, "about 20.5 m × 22.2 m");
        Checked numbered = check(Kind.PARCELS, feature("17", "MultiPolygon", "[" + SQUARE + "]", "null"));
        assertEquals("17", numbered.feature().id());
        assertNull(numbered.reference());
        Checked byProperty = check(Kind.PARCELS, feature(null, "Polygon", SQUARE, "{\"id\":\"P-1\"}"));
        assertEquals("P-1", byProperty.feature().id());
    }

    @Test
    void aZoneWithItsAttributes() {
        Checked zone = check(Kind.ZONES, feature("\"BS-1\"", "Polygon", SQUARE, "{\"type\":\"conservation\","
                + "\"name\":\"Binnenstad\",\"maxHeightM\":15,\"minSetbackM\":1.5,\"maxLotCoveragePct\":70,"
                + "\"monument\":true,\"conservation\":true}"));
        assertEquals("Binnenstad", zone.name());
        assertEquals("conservation", zone.rules().type());
        assertEquals(15.0, zone.rules().maxHeightM());
        assertEquals(1.5, zone.rules().minSetbackM());
        assertEquals(70.0, zone.rules().maxLotCoveragePct());
        assertTrue(zone.rules().monument() && zone.rules().conservation() && !zone.rules().treeProtection());
        assertEquals("property type is required", rejected(Kind.ZONES, feature("\"Z\"", "Polygon", SQUARE,
                "{\"name\":\"x\"}")));
        assertTrue(rejected(Kind.ZONES, feature("\"Z\"", "Polygon", SQUARE, "{\"type\":\"Green Belt\",\"name\":\"x\"}"))
                .startsWith("property type must be text"));
        assertEquals("property maxLotCoveragePct must be a number from 0 to 100", rejected(Kind.ZONES,
                feature("\"Z\"", "Polygon", SQUARE, "{\"type\":\"green\",\"name\":\"x\",\"maxLotCoveragePct\":120}")));
        assertEquals("property monument must be true or false", rejected(Kind.ZONES,
                feature("\"Z\"", "Polygon", SQUARE, "{\"type\":\"green\",\"name\":\"x\",\"monument\":\"yes\"}")));
    }

    @Test
    void aBuildingNeedsItsHeight() {
        Checked building = check(Kind.BUILDINGS, feature("\"B-1\"", "Polygon", SQUARE,
                "{\"heightM\":9.5,\"parcelId\":\"UTR01-K-9\"}"));
        assertEquals(9.5, building.heightM());
        assertEquals("UTR01-K-9", building.reference());
        assertEquals("property heightM is required", rejected(Kind.BUILDINGS, feature("\"B-1\"", "Polygon", SQUARE,
                "{}")));
        assertEquals("property heightM must be a number from 0.1 to 1000", rejected(Kind.BUILDINGS,
                feature("\"B-1\"", "Polygon", SQUARE, "{\"heightM\":-3}")));
    }

    @Test
    void brokenFeaturesAreRefusedWithTheirReason() {
        assertEquals("the geometry must be a Polygon or MultiPolygon, not Point", rejected(Kind.PARCELS,
                feature("\"P\"", "Point", "[5.12,52.09]", "{}")));
        assertEquals("the geometry must be a Polygon or MultiPolygon, not LineString", rejected(Kind.PARCELS,
                feature("\"P\"", "LineString", "[[5.12,52.09],[5.13,52.09]]", "{}")));
        String bowTie = "[[[5.12,52.09],[5.121,52.091],[5.121,52.09],[5.12,52.091],[5.12,52.09]]]";
        Rejected crossing = assertThrows(Rejected.class, () -> check(Kind.PARCELS, feature("\"P\"", "Polygon", bowTie,
                "{}")));
        assertEquals("P", crossing.id());
        assertTrue(crossing.reason().startsWith("the polygon is not valid: self-intersection near 52.0905"),
                crossing.reason());
        assertEquals("a ring must have at least four positions and end where it starts", rejected(Kind.PARCELS,
                feature("\"P\"", "Polygon", "[[[5.12,52.09],[5.121,52.091],[5.121,52.09]]]", "{}")));
        assertTrue(rejected(Kind.PARCELS, feature("\"P\"", "Polygon",
                "[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]", "{}")).contains("lies outside the city"));
        assertEquals("a position must be [longitude, latitude]", rejected(Kind.PARCELS, feature("\"P\"", "Polygon",
                "[[[\"5.12\",52.09],[5.121,52.091],[5.121,52.09],[5.12,52.09]]]", "{}")));
        assertEquals("the feature needs an id of 1 to 40 letters, digits and . _ : -", rejected(Kind.PARCELS,
                feature(null, "Polygon", SQUARE, "{}")));
        assertEquals("the feature needs an id of 1 to 40 letters, digits and . _ : -", rejected(Kind.PARCELS,
                feature("\"a b\"", "Polygon", SQUARE, "{}")));
        assertEquals("not a GeoJSON Feature", rejected(Kind.PARCELS, "[1,2]"));
        assertEquals("the feature has no geometry", rejected(Kind.PARCELS,
                "{\"type\":\"Feature\",\"id\":\"x\",\"geometry\":null}"));
        assertTrue(rejected(Kind.PARCELS, feature("\"P\"", "Polygon", SQUARE, "{\"addressId\":\"a b\"}"))
                .startsWith("property addressId must be text"));
    }

    @Test
    void aFileThatIsNoFeatureCollectionIsRefusedWhole() {
        for (String file : List.of("", "not json", "{\"type\":\"Feature\"}", "{\"type\":\"FeatureCollection\"}",
                "[]", "{\"type\":\"FeatureCollection\",\"features\":[")) {
            CityModelException e = assertThrows(CityModelException.class, () -> CityModelImport.read(
                    new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))), file);
            assertEquals(CityModelException.Reason.FILE_INVALID, e.reason(), file);
        }
        assertEquals(1, CityModelImport.read(new ByteArrayInputStream(("{\"type\":\"FeatureCollection\",\"features\":["
                + feature("\"P\"", "Polygon", SQUARE, "{}") + "]}").getBytes(StandardCharsets.UTF_8))).size());
    }
}
