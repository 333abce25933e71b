package org.citiverse.permit.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The permit check of a planned activity on a parcel over the real server: the parcel found by its
 * address (demo register and city model), its zone, geometry computed rather than asked, and the
 * rules in force; a zone no rules cover is never guessed; bad places and dimensions refused.
 */
class PermitCheckIT {

    private static final String BASE = TestServers.postgres();
    /** Oudegracht 12: in the old centre's conservation zone of the demo city (V23). */
    private static final String OUDEGRACHT_12 = "0344200000100014";
    private final PortalClient anyone = new PortalClient(BASE);

    @Test
    void aResidentialParcelGetsTheRulesAnswerWithTheGeometryComputed() {
        String address = residentialAddress();
        JsonObject low = check("{\"addressId\":\"" + address + "\",\"activity\":\"fence\","
                + "\"inputs\":{\"location\":\"front\",\"height\":0.8}}");
        assertEquals("residential", low.getJsonObject("zone").getString("type"));
        assertEquals("PERMIT_FREE", low.getJsonObject("result").getString("outcome"));
        assertNotNull(low.getJsonObject("result").getString("ruleId"), "the rule is named");
        assertEquals("PERMIT_REQUIRED", check("{\"addressId\":\"" + address + "\",\"activity\":\"fence\","
                + "\"inputs\":{\"location\":\"front\",\"height\":1.5}}").getJsonObject("result").getString("outcome"));
        assertEquals("NOT_ALLOWED", check("{\"addressId\":\"" + address + "\",\"activity\":\"fence\","
                + "\"inputs\":{\"location\":\"rear\",\"height\":4}}").getJsonObject("result").getString("outcome"));

        JsonObject shed = check("{\"addressId\":\"" + address + "\",\"activity\":\"outbuilding\","
                + "\"inputs\":{\"location\":\"rear\",\"height\":2.5,\"width\":3,\"depth\":2}}");
        JsonObject facts = shed.getJsonObject("facts");
        assertEquals(6.0, facts.getJsonNumber("area").doubleValue(), 0.01, "the area is computed, not asked");
        assertTrue(facts.getJsonNumber("distanceToBoundary").doubleValue() >= 0, facts.toString());
        assertTrue(facts.getJsonNumber("coverageAfter").doubleValue() > 0, facts.toString());
        assertEquals("PERMIT_FREE", shed.getJsonObject("result").getString("outcome"), shed.toString());

        JsonObject unknown = check("{\"addressId\":\"" + address + "\",\"activity\":\"swimming-pool\",\"inputs\":{}}");
        assertEquals("UNDECIDED", unknown.getJsonObject("result").getString("outcome"), "never a guess");
    }

    @Test
    void aZoneNoRulesCoverIsNotGuessedAndBadPlacesAreRefused() {
        JsonObject fence = check("{\"addressId\":\"" + OUDEGRACHT_12 + "\",\"activity\":\"fence\","
                + "\"inputs\":{\"location\":\"front\",\"height\":0.8}}");
        assertEquals("conservation", fence.getJsonObject("zone").getString("type"));
        assertEquals("PERMIT_REQUIRED", fence.getJsonObject("result").getString("outcome"), "the protected street scene");
        assertEquals("CF2", fence.getJsonObject("result").getString("ruleId"));
        JsonObject conservation = check("{\"addressId\":\"" + OUDEGRACHT_12 + "\",\"activity\":\"outbuilding\","
                + "\"inputs\":{\"location\":\"rear\",\"height\":2.5}}");
        assertEquals("UNDECIDED", conservation.getJsonObject("result").getString("outcome"));
        assertEquals("activity-not-covered", conservation.getJsonObject("result").getString("reason"));

        assertEquals(404, post("{\"addressId\":\"9999999999999999\",\"activity\":\"fence\",\"inputs\":{}}")
                .statusCode(), "no such address");
        assertEquals(400, post("{\"activity\":\"fence\",\"inputs\":{}}").statusCode(), "no place");
        assertEquals(400, post("{\"latitude\":48.85,\"longitude\":2.35,\"activity\":\"fence\",\"inputs\":{}}")
                .statusCode(), "outside the city");
        assertEquals(400, post("{\"addressId\":\"" + OUDEGRACHT_12 + "\",\"activity\":\"outbuilding\","
                + "\"inputs\":{\"location\":\"rear\",\"height\":2,\"width\":-3,\"depth\":2}}").statusCode(),
                "a negative width");
        assertEquals(400, post("{\"addressId\":\"" + OUDEGRACHT_12 + "\",\"activity\":\"outbuilding\","
                + "\"inputs\":{\"location\":\"rear\",\"height\":2,\"width\":500,\"depth\":500}}").statusCode(),
                "a shed larger than the parcel");
        assertEquals(400, post("not json").statusCode());
    }

    /** An address of the demo register whose parcel lies in the residential zone. */
    private String residentialAddress() {
        for (String street : new String[] {"Vleutenseweg", "Amsterdamsestraatweg", "Biltstraat", "Jutfaseweg",
                "Burgemeester Reigerstraat", "Adriaen van Ostadelaan", "Nachtegaalstraat"}) {
            for (Object a : Json.object(anyone.get("/api/v1/addresses?limit=5&q=" + street.replace(" ", "%20"))
                    .body()).getJsonArray("addresses")) {
                String id = ((JsonObject) a).getString("id");
                Optional<String> type = zoneType(id);
                if (type.isPresent() && type.get().equals("residential")) {
                    return id;
                }
            }
        }
        throw new AssertionError("no residential parcel in the demo city");
    }

    private Optional<String> zoneType(String addressId) {
        HttpResponse<String> parcel = anyone.get("/api/v1/permit-city-model/parcels?addressId=" + addressId);
        if (parcel.statusCode() != 200) {
            return Optional.empty();
        }
        JsonObject body = Json.object(parcel.body());
        JsonObject p = body.containsKey("parcels") ? body.getJsonArray("parcels").getJsonObject(0) : body;
        return p.isNull("zone") ? Optional.empty() : Optional.of(p.getJsonObject("zone").getString("type"));
    }

    private JsonObject check(String body) {
        HttpResponse<String> answer = post(body);
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.object(answer.body());
    }

    private HttpResponse<String> post(String body) {
        return anyone.postJson("/api/v1/permit-checks", body, Map.of());
    }
}
