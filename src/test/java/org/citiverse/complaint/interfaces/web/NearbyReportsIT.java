package org.citiverse.complaint.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Places by address over the real server: the public page of reports around a place (found by
 * its address or position, listed and drawn on a map of the register's streets), and Open311
 * reports placed by the register's address_id.
 */
class NearbyReportsIT {

    private static final String BASE = TestServers.postgres();
    /** Oudegracht 12 in the demo address register (V20). */
    private static final String OUDEGRACHT_12 = "0344200000100014";
    private final PortalClient citizen = new PortalClient(BASE).signIn("citizen");
    private final PortalClient admin = new PortalClient(BASE).signIn("admin");
    private final PortalClient anyone = new PortalClient(BASE);

    @Test
    void theReportsAroundAPlaceAreListedAndMappedOnTheRegistersStreets() {
        JsonObject oudegracht = Json.object(anyone.get("/api/v1/addresses/" + OUDEGRACHT_12).body());
        double lat = oudegracht.getJsonNumber("latitude").doubleValue();
        double lon = oudegracht.getJsonNumber("longitude").doubleValue();
        String description = "Broken bench " + UUID.randomUUID();
        HttpResponse<String> filed = citizen.postJson("/api/v1/service-requests", "{\"category\":\"tree\","
                + "\"description\":\"" + description + "\",\"latitude\":" + lat + ",\"longitude\":" + (lon + 0.0005)
                + "}", Map.of());
        assertEquals(201, filed.statusCode(), filed.body());
        long id = Json.object(filed.body()).getJsonNumber("id").longValue();

        String page = anyone.get("/nearby-reports.xhtml?latitude=" + lat + "&longitude=" + lon + "&radius=300").body();
        assertTrue(page.contains("/request.xhtml?id=" + id + "\""), "listed and marked");
        assertTrue(page.contains("Oudegracht 1"), "the place named by its nearest address");
        assertTrue(page.contains("<polyline points=\""), "the streets drawn from the register");
        assertTrue(page.contains("class=\"place-map__mark\""));
        assertFalse(anyone.get("/nearby-reports.xhtml?latitude=" + (lat + 0.05) + "&longitude=" + lon
                + "&radius=300").body().contains("/request.xhtml?id=" + id + "\""), "not 5 km away");

        String choices = anyone.get("/nearby-reports.xhtml?address=Oudegracht%2012").body();
        assertTrue(choices.contains("Oudegracht 12a, 3511 AB Utrecht"), "several matches are offered");
        String none = anyone.get("/nearby-reports.xhtml?address=Nowhere%20lane").body();
        assertTrue(none.contains("id=\"address-error\"") || none.contains("No address in the city matches"), none);
        String far = anyone.get("/nearby-reports.xhtml?latitude=" + lat + "&longitude=" + lon + "&radius=9000").body();
        assertTrue(far.contains("Give a distance from 1 to 2,000 metres."));
        String outside = anyone.get("/nearby-reports.xhtml?latitude=48.85&longitude=2.35").body();
        assertTrue(outside.contains("outside the city"), "the place must be in the city");
        String script = anyone.get("/nearby-reports.xhtml?address=%3Cscript%3Ealert(1)%3C/script%3E").body();
        assertFalse(script.contains("<script>alert(1)"), "what is typed is shown as text");
    }

    @Test
    void anOpen311ReportPlacedByTheRegistersAddressIdGetsItsPositionAndAddress() {
        HttpResponse<String> key = admin.postJson("/api/v1/open311/keys", "{\"name\":\"Address app "
                + UUID.randomUUID().toString().substring(0, 6) + "\"}", Map.of());
        String apiKey = Json.object(key.body()).getString("key");
        HttpResponse<String> filed = anyone.post("/open311/v2/requests.json", "application/x-www-form-urlencoded",
                "api_key=" + apiKey + "&service_code=tree&address_id=" + OUDEGRACHT_12 + "&description=Leaning+tree+"
                        + UUID.randomUUID(), Map.of());
        assertEquals(200, filed.statusCode(), filed.body());
        String id = Json.array(filed.body()).getJsonObject(0).getString("service_request_id");
        JsonObject request = Json.array(anyone.get("/open311/v2/requests/" + id + ".json").body()).getJsonObject(0);
        assertEquals(OUDEGRACHT_12, request.getString("address_id"));
        assertEquals("Oudegracht 12, 3511 AB Utrecht", request.getString("address"));
        assertEquals(52.09, request.getJsonNumber("lat").doubleValue(), 0.02, "placed at the address");

        HttpResponse<String> unknown = anyone.post("/open311/v2/requests.json", "application/x-www-form-urlencoded",
                "api_key=" + apiKey + "&service_code=tree&address_id=9999999999999999&description=Nowhere+"
                        + UUID.randomUUID(), Map.of());
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("address_id"), unknown.body());
    }
}
