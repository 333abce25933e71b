package org.citiverse.place.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The city's address register on PostgreSQL: anyone finds the demo city's addresses (V20) by what
 * they type, by id or nearest a position; bad questions are refused clearly; only city
 * administrators import a CSV file, row by row with reasons for what is left out, audited, and a
 * file that cannot be read, or is too large, stores nothing.
 */
class AddressRegisterIT {

    private static final String BASE = TestServers.postgres();
    private static final String API = "/api/v1/addresses";
    private static final String HEADER =
            "id,street,house_number,house_letter,addition,postcode,town,latitude,longitude\n";
    /** The server's default address.import.max.bytes. */
    private static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

    private final PortalClient visitor = new PortalClient(BASE);
    private final PortalClient admin = new PortalClient(BASE).signIn("admin");
    /** Streets and ids of this run only: the register of the test server outlives a test. */
    private final String run = randomLetters(8);
    private final String street = "Teststraat " + run;

    private static String randomLetters(int count) {
        Random random = new Random();
        return IntStream.range(0, count).mapToObj(i -> String.valueOf((char) ('a' + random.nextInt(26))))
                .collect(Collectors.joining());
    }

    private static String q(String text) {
        return API + "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<JsonObject> addresses(PortalClient client, String path) {
        HttpResponse<String> response = client.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Json.object(response.body()).getJsonArray("addresses").getValuesAs(JsonObject.class);
    }

    private static List<String> labels(PortalClient client, String path) {
        return addresses(client, path).stream().map(a -> a.getString("label")).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(type, Json.object(response.body()).getString("type"), response.body());
    }

    private HttpResponse<String> importCsv(PortalClient client, String csv) {
        return client.post(API, "text/csv", csv, Map.of());
    }

    @Test
    void anyoneFindsAnAddressByWhatTheyType() {
        List<String> oudegracht12a = labels(visitor, q("Oudegracht 12a"));
        assertEquals("Oudegracht 12a, 3511 AB Utrecht", oudegracht12a.get(0));
        assertEquals("Oudegracht 12, 3511 AB Utrecht", oudegracht12a.get(1), "then the number without the letter");
        assertEquals(10, oudegracht12a.size(), "ten by default");

        List<String> byNumber = labels(visitor, q("Oudegracht 12"));
        assertEquals(List.of("Oudegracht 12, 3511 AB Utrecht", "Oudegracht 12a, 3511 AB Utrecht",
                "Oudegracht 12b, 3511 AB Utrecht"), byNumber.subList(0, 3), "exact number first");
        assertTrue(byNumber.get(3).startsWith("Oudegracht 11,") && byNumber.get(4).startsWith("Oudegracht 13,"),
                "then the nearest numbers: " + byNumber);

        assertEquals("Oudegracht 12, 3511 AB Utrecht", labels(visitor, q("3511 AB 12")).get(0));
        assertEquals("Oudegracht 12, 3511 AB Utrecht", labels(visitor, q("Oudegracht 12, Utrecht")).get(0));
        assertEquals(List.of(), labels(visitor, q("Oudegracht 12, Amsterdam")), "another town");
        List<JsonObject> postcode = addresses(visitor, q("3511AB") + "&limit=20");
        assertTrue(postcode.size() > 5 && postcode.stream().allMatch(a -> a.getString("postcode").equals("3511 AB")),
                postcode.toString());
        List<String> start = labels(visitor, q("oudeg") + "&limit=3");
        assertEquals(3, start.size());
        assertTrue(start.stream().allMatch(l -> l.startsWith("Oudegracht ")), start.toString());
        assertTrue(labels(visitor, q("'t hoogt 3")).get(0).startsWith("'t Hoogt 3,"));

        JsonObject first = addresses(visitor, q("Oudegracht 12a")).get(0);
        assertEquals("Oudegracht", first.getString("street"));
        assertEquals(12, first.getInt("houseNumber"));
        assertEquals("a", first.getString("houseLetter"));
        assertEquals("Utrecht", first.getString("town"));
        assertTrue(first.getJsonNumber("latitude").doubleValue() > 52
                && first.getJsonNumber("longitude").doubleValue() > 5);
    }

    @Test
    void anAddressByItsIdAndAnUnknownIdIsNotFound() {
        JsonObject first = addresses(visitor, q("Oudegracht 12a")).get(0);
        HttpResponse<String> found = visitor.get(API + "/" + first.getString("id"));
        assertEquals(200, found.statusCode(), found.body());
        assertEquals("Oudegracht 12a, 3511 AB Utrecht", Json.object(found.body()).getString("label"));
        assertProblem(visitor.get(API + "/no-such-address-" + run), 404, "address/not-found");
        assertProblem(visitor.get(API + "/" + "x".repeat(200)), 404, "address/not-found");
    }

    @Test
    void aMapPinIsNamedByTheNearestAddress() {
        JsonObject twelve = addresses(visitor, q("Oudegracht 12")).get(0);
        double latitude = twelve.getJsonNumber("latitude").doubleValue();
        double longitude = twelve.getJsonNumber("longitude").doubleValue();
        List<JsonObject> nearest = addresses(visitor, API + "?near=" + (latitude + 0.00003) + "," + longitude);
        assertEquals(1, nearest.size());
        assertTrue(nearest.get(0).getString("label").startsWith("Oudegracht 12"), nearest.toString());
        double metres = nearest.get(0).getJsonNumber("distanceMetres").doubleValue();
        assertTrue(metres > 2 && metres < 5, "about 3.3 m: " + metres);
        assertEquals(List.of(), addresses(visitor, API + "?near=52.2400,5.3400"), "no address within 1,000 m");
    }

    @Test
    void badQuestionsAreRefusedClearly() {
        assertProblem(visitor.get(API), 400, "address/query-missing");
        assertProblem(visitor.get(q("   ")), 400, "address/query-missing");
        assertProblem(visitor.get(q("a".repeat(101))), 400, "address/query-too-long");
        assertProblem(visitor.get(q("!!!")), 400, "address/query-invalid");
        assertProblem(visitor.get(q("12a")), 400, "address/query-invalid");
        for (String limit : new String[] {"0", "21", "ten"}) {
            HttpResponse<String> response = visitor.get(q("Oudegracht") + "&limit=" + limit);
            assertEquals(400, response.statusCode(), limit + ": " + response.body());
        }
        assertProblem(visitor.get(API + "?near=91,5.12"), 400, "address/point-invalid");
        assertProblem(visitor.get(API + "?near=north,east"), 400, "address/invalid-request");
        assertProblem(visitor.get(API + "?near=52.09"), 400, "address/invalid-request");
        assertProblem(visitor.get(q("Oudegracht") + "&near=52.09,5.12"), 400, "address/invalid-request");
    }

    @Test
    void anAdministratorImportsRowsUpdatesAndLearnsWhatWasLeftOut() {
        String csv = HEADER
                + run + "-1," + street + ",1,,,3511 AA,Utrecht,52.1001,5.1001\n"
                + run + "-2,\"" + street + "\",2,A,,3511aa,Utrecht,52.1002,5.1002\n"
                + run + "-3," + street + ",three,,,3511 AA,Utrecht,52.1003,5.1003\n"
                + run + "-4," + street + ",4,,,3511 AA,Utrecht,48.8566,2.3522\n"
                + run + "-5," + street + ",5,,,351 AA,Utrecht,52.1005,5.1005\n"
                + run + "-6," + street + ",6,,,3511 AA,,52.1006,5.1006\n"
                + run + "-7," + "S".repeat(81) + ",7,,,3511 AA,Utrecht,52.1007,5.1007\n"
                + run + "-1," + street + ",8,,,3511 AA,Utrecht,52.1008,5.1008\n"
                + run + "-9," + street + ",9\n";
        HttpResponse<String> imported = importCsv(admin, csv);
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject result = Json.object(imported.body());
        assertEquals(2, result.getInt("accepted"), result.toString());
        assertEquals(0, result.getInt("updated"));
        assertEquals(7, result.getInt("rejectedCount"));
        Map<Integer, String> reasons = result.getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getInt("line"), r -> r.getString("reason")));
        assertEquals(Map.of(
                4, "house_number must be a whole number from 1 to 99999",
                5, "latitude,longitude lies outside the city (51.95,4.9,52.25,5.35)",
                6, "postcode must be four digits and two letters, such as 3511 AB",
                7, "town is missing",
                8, "street must be at most 80 characters of text",
                9, "id " + run + "-1 is already on line 2",
                10, "expected 9 fields (" + HEADER.strip() + "), found 3"), reasons);
        assertEquals(List.of(street + " 2a, 3511 AA Utrecht", street + " 1, 3511 AA Utrecht"),
                labels(visitor, q(street + " 2a")));
        assertProblem(visitor.get(API + "/" + run + "-3"), 404, "address/not-found");

        HttpResponse<String> again = importCsv(admin, HEADER
                + run + "-1," + street + ",11,,,3511 AA,Utrecht,52.1011,5.1011\r\n"
                + run + "-10," + street + ",10,,bis,3511 AA,Utrecht,52.1010,5.1010\r\n");
        assertEquals(200, again.statusCode(), again.body());
        JsonObject second = Json.object(again.body());
        assertEquals(List.of(2, 1, 0), List.of(second.getInt("accepted"), second.getInt("updated"),
                second.getInt("rejectedCount")), second.toString());
        JsonObject moved = Json.object(visitor.get(API + "/" + run + "-1").body());
        assertEquals(street + " 11, 3511 AA Utrecht", moved.getString("label"));
        assertEquals(street + " 10-bis, 3511 AA Utrecht",
                Json.object(visitor.get(API + "/" + run + "-10").body()).getString("label"));

        String audit = admin.get("/api/audit?action=place.addresses-imported&limit=20").body();
        assertTrue(audit.contains("accepted 2, updated 1, rejected 0") && audit.contains("accepted 2, updated 0, "
                + "rejected 7"), audit);
    }

    @Test
    void atMostTheFirstHundredRejectionsAreListedAndAllAreCounted() {
        String bad = IntStream.rangeClosed(1, 150).mapToObj(i -> run + "-bad-" + i + "," + street + ",0,,,3511 AA,"
                + "Utrecht,52.1,5.1\n").collect(Collectors.joining());
        HttpResponse<String> imported = importCsv(admin, HEADER + bad);
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject result = Json.object(imported.body());
        assertEquals(0, result.getInt("accepted"));
        assertEquals(150, result.getInt("rejectedCount"));
        assertEquals(100, result.getJsonArray("rejected").size());
        assertEquals(2, result.getJsonArray("rejected").getJsonObject(0).getInt("line"));
    }

    @Test
    void onlyCityAdministratorsImport() {
        String csv = HEADER + run + "-x," + street + ",1,,,3511 AA,Utrecht,52.1,5.1\n";
        assertProblem(importCsv(visitor, csv), 401, "authentication-required");
        assertEquals(403, importCsv(new PortalClient(BASE).signIn("citizen"), csv).statusCode());
        assertEquals(403, importCsv(new PortalClient(BASE).signIn("staff"), csv).statusCode());
        assertProblem(visitor.get(API + "/" + run + "-x"), 404, "address/not-found");
    }

    @Test
    void aFileThatIsNoAddressCsvIsRefusedWholeAndStoresNothing() {
        assertProblem(importCsv(admin, ""), 400, "address/header-invalid");
        assertProblem(importCsv(admin, "\r\n\r\n"), 400, "address/header-invalid");
        assertProblem(importCsv(admin, "{\"addresses\": []}"), 400, "address/header-invalid");
        assertProblem(importCsv(admin, "id,street,number\n" + run + "-h," + street + ",1\n"), 400,
                "address/header-invalid");
        assertProblem(importCsv(admin, HEADER + run + "-q," + street + ",1,,,3511 AA,Utrecht,52.1,5.1\n"
                + run + "-r,\"" + street + ",2,,,3511 AA,Utrecht,52.1,5.1\n"), 400, "address/file-invalid");
        assertProblem(visitor.get(API + "/" + run + "-q"), 404, "address/not-found");
        byte[] latin1 = (HEADER + run + "-l,Caf\u00e9straat,1,,,3511 AA,Utrecht,52.1,5.1\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(admin.post(API, "text/csv", HttpRequest.BodyPublishers.ofByteArray(latin1)), 400,
                "address/file-invalid");
        assertProblem(admin.post(API, "application/json", "{\"matrix\":true}", Map.of()), 415, "http-415");
    }

    @Test
    void aFileOverTheLimitIsRefusedAndStoresNothing() {
        byte[] start = (HEADER + run + "-big," + street + ",1,,,3511 AA,Utrecht,52.1,5.1\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] row = (run + "-filler," + street + ",1,,,3511 AA,Utrecht,52.1,5.1\n").getBytes(StandardCharsets.UTF_8);
        long size = MAX_IMPORT_BYTES + 1024L;
        // Sent in chunks (no Content-Length), so the server has to count while it reads.
        HttpResponse<String> response = admin.post(API, "text/csv", HttpRequest.BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(new ByteArrayInputStream(start), repeated(row, size - start.length))));
        assertProblem(response, 413, "address/file-too-large");
        assertProblem(visitor.get(API + "/" + run + "-big"), 404, "address/not-found");
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
