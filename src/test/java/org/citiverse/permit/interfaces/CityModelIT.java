package org.citiverse.permit.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The permit city model on PostgreSQL: anyone finds the demo city's parcel (V23) of an address or
 * at a position, with its zone and buildings; only city administrators import GeoJSON, feature by
 * feature with reasons for what is left out, audited, and a broken or oversized file stores nothing.
 */
class CityModelIT {

    private static final String BASE = TestServers.postgres();
    private static final String API = "/api/v1/permit-city-model";
    private static final String GEOJSON = "application/geo+json";
    /** The server's default permit.import.max.bytes. */
    private static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;
    /** Oudegracht 12 in the demo register (V20) and its parcel in the demo city model (V23). */
    private static final String OUDEGRACHT_12 = "0344200000100014";
    private static final String OUDEGRACHT_12_PARCEL = "UTR01-K-1056";

    private final PortalClient visitor = new PortalClient(BASE);
    private final PortalClient admin = new PortalClient(BASE).signIn("admin");
    private final Random random = new Random();
    /** Ids and a place of this run only, in an empty corner of the city: the model outlives a test. */
    private final String run = IntStream.range(0, 8).mapToObj(i -> String.valueOf((char) ('a' + random.nextInt(26))))
            .collect(Collectors.joining());
    private final double south = 52.20 + random.nextInt(400) * 0.0001;
    private final double west = 5.25 + random.nextInt(800) * 0.0001;

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(type, Json.object(response.body()).getString("type"), response.body());
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.object(response.body());
    }

    /** A square of {@code metres} at (south + dy, west + dx) degrees, as GeoJSON coordinates. */
    private String square(double dy, double dx, double metres) {
        double lat = south + dy;
        double lon = west + dx;
        double dLat = metres / 111_195.0;
        double dLon = dLat / Math.cos(Math.toRadians(lat));
        return String.format(Locale.ROOT, "[[[%1$.7f,%2$.7f],[%3$.7f,%2$.7f],[%3$.7f,%4$.7f],[%1$.7f,%4$.7f],"
                + "[%1$.7f,%2$.7f]]]", lon, lat, lon + dLon, lat + dLat);
    }

    private static String feature(String id, String type, String coordinates, String properties) {
        return "{\"type\":\"Feature\"" + (id == null ? "" : ",\"id\":\"" + id + "\"") + ",\"geometry\":{\"type\":\""
                + type + "\",\"coordinates\":" + coordinates + "},\"properties\":" + properties + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private HttpResponse<String> importFile(PortalClient client, String kind, String body) {
        return client.post(API + "/" + kind, GEOJSON, body, Map.of());
    }

    @Test
    void theParcelOfAnAddressWithItsZoneAndBuildings() {
        JsonObject parcel = ok(visitor.get(API + "/parcels?addressId=" + OUDEGRACHT_12));
        assertEquals(OUDEGRACHT_12_PARCEL, parcel.getString("id"));
        assertEquals(OUDEGRACHT_12, parcel.getString("addressId"));
        assertTrue(parcel.getString("geometry").startsWith("POLYGON (("), parcel.toString());
        assertTrue(parcel.getJsonNumber("areaM2").doubleValue() > 50, parcel.toString());
        JsonObject zone = parcel.getJsonObject("zone");
        assertEquals("BS-UTR-01", zone.getString("code"));
        assertEquals("conservation", zone.getString("type"));
        assertTrue(zone.getBoolean("conservation") && zone.getBoolean("monument"), zone.toString());
        assertEquals(15, zone.getJsonNumber("maxHeightM").doubleValue());
        assertFalse(parcel.getJsonArray("buildings").isEmpty(), "Oudegracht 12 has a house");
        JsonObject house = parcel.getJsonArray("buildings").getJsonObject(0);
        assertTrue(house.getJsonNumber("heightM").doubleValue() > 0, house.toString());

        assertEquals(parcel, ok(visitor.get(API + "/parcels/" + OUDEGRACHT_12_PARCEL)));
        assertProblem(visitor.get(API + "/parcels/no-such-parcel-" + run), 404, "permit/parcel-not-found");
        assertProblem(visitor.get(API + "/parcels?addressId=no-such-address-" + run), 404, "permit/parcel-not-found");
    }

    @Test
    void parcelsAndBuildingsAreTwinsTheRestOfThePlatformFinds() {
        JsonObject parcel = ok(visitor.get(API + "/parcels?addressId=" + OUDEGRACHT_12));
        String twinId = parcel.getString("twinId");
        // published in the background once the model is read: at start, and after every import
        JsonObject twin = org.citiverse.testsupport.Eventually.await(java.time.Duration.ofSeconds(60),
                "the twin of parcel " + OUDEGRACHT_12_PARCEL, () -> {
                    HttpResponse<String> r = admin.get("/api/v1/twins/" + twinId);
                    return r.statusCode() == 200 ? org.citiverse.testsupport.Json.object(r.body()) : null;
                });
        assertEquals("parcel", twin.getString("type"));
        assertTrue(twin.getJsonObject("name").getString("value").contains("Oudegracht 12"), twin.toString());
        JsonObject properties = twin.getJsonObject("properties");
        assertEquals("BS-UTR-01", properties.getJsonObject("zone").getString("value"), twin.toString());
        assertEquals(OUDEGRACHT_12, properties.getJsonObject("addressId").getString("value"));
        String houseTwin = parcel.getJsonArray("buildings").getJsonObject(0).getString("twinId");
        String children = admin.get("/api/v1/twins/" + twinId + "/children").body();
        assertTrue(children.contains(houseTwin), "the house's twin lies in the parcel's: " + children);
        String found = admin.get("/api/v1/twins?type=parcel&q=Oudegracht%2012").body();
        assertTrue(found.contains(twinId), found);
        assertEquals(404, new PortalClient(BASE).signIn("citizen").get("/api/v1/twins/" + twinId).statusCode(),
                "a resident does not see the city's parcel twins");
    }

    @Test
    void theParcelAtAPosition() {
        JsonObject parcel = ok(visitor.get(API + "/parcels?addressId=" + OUDEGRACHT_12));
        double lat = parcel.getJsonNumber("centroidLatitude").doubleValue();
        double lon = parcel.getJsonNumber("centroidLongitude").doubleValue();
        assertEquals(OUDEGRACHT_12_PARCEL, ok(visitor.get(API + "/parcels?near=" + lat + "," + lon)).getString("id"));
        assertProblem(visitor.get(API + "/parcels?near=52.2400,5.3400"), 404, "permit/parcel-not-found");
        assertProblem(visitor.get(API + "/parcels?near=48.8566,2.3522"), 400, "permit/point-outside-city");
        assertProblem(visitor.get(API + "/parcels?near=91,5.12"), 400, "permit/point-invalid");
        assertProblem(visitor.get(API + "/parcels?near=north,east"), 400, "permit/invalid-request");
        assertProblem(visitor.get(API + "/parcels"), 400, "permit/invalid-request");
        assertProblem(visitor.get(API + "/parcels?near=52.09,5.12&addressId=" + OUDEGRACHT_12), 400,
                "permit/invalid-request");
    }

    @Test
    void anAdministratorImportsParcelsZonesAndBuildingsAndLearnsWhatWasLeftOut() {
        String parcel = run + "-p1";
        String bowTie = String.format(Locale.ROOT, "[[[%1$.5f,%2$.5f],[%3$.5f,%4$.5f],[%3$.5f,%2$.5f],[%1$.5f,%4$.5f],"
                + "[%1$.5f,%2$.5f]]]", west, south, west + 0.0003, south + 0.0002);
        HttpResponse<String> imported = importFile(admin, "parcels", collection(
                feature(parcel, "Polygon", square(0, 0, 20), "{\"addressId\":\"" + run + "-a1\"}"),
                feature(run + "-p2", "Polygon", bowTie, "{}"),
                feature(run + "-p3", "Point", "[5.3,52.2]", "{}"),
                feature(run + "-p4", "Polygon", "[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]", "{}"),
                feature(parcel, "Polygon", square(0.001, 0, 20), "{}"),
                feature(null, "Polygon", square(0.002, 0, 20), "{}")));
        JsonObject result = ok(imported);
        assertEquals(List.of(1, 0, 5), List.of(result.getInt("accepted"), result.getInt("updated"),
                result.getInt("rejectedCount")), result.toString());
        Map<Integer, String> reasons = result.getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getInt("index"), r -> r.getString("reason")));
        assertTrue(reasons.get(1).startsWith("the polygon is not valid: self-intersection"), reasons.toString());
        assertEquals("the geometry must be a Polygon or MultiPolygon, not Point", reasons.get(2));
        assertTrue(reasons.get(3).contains("lies outside the city"), reasons.toString());
        assertEquals("id " + parcel + " is already feature 0", reasons.get(4));
        assertEquals("the feature needs an id of 1 to 40 letters, digits and . _ : -", reasons.get(5));
        assertEquals(run + "-p2", result.getJsonArray("rejected").getJsonObject(0).getString("id"));

        String inside = (south + 0.00009) + "," + (west + 0.00014);
        JsonObject found = ok(visitor.get(API + "/parcels?near=" + inside));
        assertEquals(parcel, found.getString("id"), "the model in memory was rebuilt");
        assertEquals(run + "-a1", found.getString("addressId"));
        assertEquals(400, found.getJsonNumber("areaM2").doubleValue(), 2);
        assertEquals(parcel, ok(visitor.get(API + "/parcels?addressId=" + run + "-a1")).getString("id"));

        JsonObject again = ok(importFile(admin, "parcels", collection(
                feature(parcel, "MultiPolygon", "[" + square(0, 0, 30) + "]", "{\"addressId\":\"" + run + "-a1\"}"))));
        assertEquals(List.of(1, 1, 0), List.of(again.getInt("accepted"), again.getInt("updated"),
                again.getInt("rejectedCount")), again.toString());
        assertEquals(900, ok(visitor.get(API + "/parcels/" + parcel)).getJsonNumber("areaM2").doubleValue(), 3);

        JsonObject zones = ok(importFile(admin, "zones", collection(feature(run + "-z", "Polygon", square(-0.001, -0.001,
                400), "{\"type\":\"green\",\"name\":\"Park " + run + "\",\"maxHeightM\":4,\"maxLotCoveragePct\":5,"
                + "\"treeProtection\":true}"))));
        assertEquals(1, zones.getInt("accepted"), zones.toString());
        JsonObject buildings = ok(importFile(admin, "buildings", collection(
                feature(run + "-b", "Polygon", square(0.00005, 0.00005, 8), "{\"heightM\":3.5,\"parcelId\":\""
                        + parcel + "\"}"),
                feature(run + "-c", "Polygon", square(0.00005, 0.0002, 6), "{}"))));
        assertEquals(List.of(1, 1), List.of(buildings.getInt("accepted"), buildings.getInt("rejectedCount")),
                buildings.toString());
        assertEquals("property heightM is required", buildings.getJsonArray("rejected").getJsonObject(0)
                .getString("reason"));

        JsonObject complete = ok(visitor.get(API + "/parcels/" + parcel));
        JsonObject zone = complete.getJsonObject("zone");
        assertEquals(run + "-z", zone.getString("code"));
        assertEquals("green", zone.getString("type"));
        assertTrue(zone.getBoolean("treeProtection") && !zone.getBoolean("conservation"), zone.toString());
        assertTrue(!zone.containsKey("minSetbackM") || zone.isNull("minSetbackM"), "a limit the plan does not set is "
                + "null or left out");
        assertEquals(List.of(run + "-b"), complete.getJsonArray("buildings").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("id")).toList());

        String audit = admin.get("/api/audit?action=permit.city-model-imported&limit=50").body();
        assertTrue(audit.contains("accepted 1, updated 0, rejected 5") && audit.contains("accepted 1, updated 1, "
                + "rejected 0"), audit);
    }

    @Test
    void atMostTheFirstHundredRejectionsAreListedAndAllAreCounted() {
        String[] bad = IntStream.range(0, 150).mapToObj(i -> feature(run + "-bad-" + i, "Point", "[5.3,52.2]", "{}"))
                .toArray(String[]::new);
        JsonObject result = ok(importFile(admin, "parcels", collection(bad)));
        assertEquals(0, result.getInt("accepted"));
        assertEquals(150, result.getInt("rejectedCount"));
        assertEquals(100, result.getJsonArray("rejected").size());
        assertEquals(0, result.getJsonArray("rejected").getJsonObject(0).getInt("index"));
    }

    @Test
    void onlyCityAdministratorsImport() {
        String file = collection(feature(run + "-x", "Polygon", square(0, 0, 10), "{}"));
        assertProblem(importFile(visitor, "parcels", file), 401, "authentication-required");
        assertEquals(403, importFile(new PortalClient(BASE).signIn("citizen"), "parcels", file).statusCode());
        assertEquals(403, importFile(new PortalClient(BASE).signIn("staff"), "zones", file).statusCode());
        assertProblem(visitor.get(API + "/parcels/" + run + "-x"), 404, "permit/parcel-not-found");
    }

    @Test
    void aFileThatIsNoFeatureCollectionIsRefusedWholeAndStoresNothing() {
        assertProblem(importFile(admin, "parcels", ""), 400, "permit/file-invalid");
        assertProblem(importFile(admin, "parcels", "not json"), 400, "permit/file-invalid");
        assertProblem(importFile(admin, "parcels", "{\"type\":\"Feature\"}"), 400, "permit/file-invalid");
        assertProblem(importFile(admin, "parcels", collection(feature(run + "-q", "Polygon", square(0, 0, 10), "{}"))
                .replaceFirst("]}$", "")), 400, "permit/file-invalid");
        assertProblem(visitor.get(API + "/parcels/" + run + "-q"), 404, "permit/parcel-not-found");
        byte[] latin1 = collection(feature(run + "-l", "Polygon", square(0, 0, 10), "{\"addressId\":\"Caf\u00e9\"}"))
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> notUtf8 = admin.post(API + "/parcels", GEOJSON, HttpRequest.BodyPublishers.ofByteArray(latin1));
        // Refused either way, nothing stored: the whole file (400), or the feature whose text is broken.
        assertTrue(notUtf8.statusCode() == 400 || notUtf8.statusCode() == 200
                && Json.object(notUtf8.body()).getInt("accepted") == 0
                && notUtf8.body().contains("addressId"), notUtf8.body());
        assertEquals(404, visitor.get(API + "/parcels/" + run + "-l").statusCode(), "nothing stored");
        assertEquals(404, importFile(admin, "roads", collection()).statusCode());
        assertProblem(admin.post(API + "/parcels", "text/csv", "id,wkt\n", Map.of()), 415, "http-415");
    }

    @Test
    void aFileOverTheLimitIsRefusedAndStoresNothing() {
        byte[] start = ("{\"type\":\"FeatureCollection\",\"features\":["
                + feature(run + "-big", "Polygon", square(0, 0, 10), "{}")).getBytes(StandardCharsets.UTF_8);
        byte[] more = ("," + feature(run + "-filler", "Polygon", square(0, 0, 10), "{}")).getBytes(StandardCharsets.UTF_8);
        long size = MAX_IMPORT_BYTES + 1024L;
        // Sent in chunks (no Content-Length), so the server has to count while it reads.
        HttpResponse<String> response = admin.post(API + "/parcels", GEOJSON, HttpRequest.BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(new ByteArrayInputStream(start), repeated(more, size - start.length))));
        assertProblem(response, 413, "permit/file-too-large");
        assertProblem(visitor.get(API + "/parcels/" + run + "-big"), 404, "permit/parcel-not-found");
    }

    /** {@code bytes} over and over, {@code total} bytes in all, without holding them. */
    private static InputStream repeated(byte[] bytes, long total) {
        return new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent < total ? bytes[(int) (sent++ % bytes.length)] & 0xFF : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (sent >= total) {
                    return -1;
                }
                int n = (int) Math.min(length, total - sent);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = bytes[(int) (sent++ % bytes.length)];
                }
                return n;
            }
        };
    }
}
