package org.citiverse.place.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * "What is here?" (FGMV-28 7.3.3) on PostgreSQL: the city's services near a position for everyone,
 * nearest first, in the visitor's language; twins there only for those their grants allow
 * (REQ-DT-05); clear refusals for positions off the globe and circles too wide.
 */
class PlaceIT {

    private static final String HERE = "/api/v1/places?near=52.0921,5.1220&radius=300";

    private static List<JsonObject> places(PortalClient client, String path) {
        HttpResponse<String> response = client.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return Json.object(response.body()).getJsonArray("places").getValuesAs(JsonObject.class);
    }

    @Test
    void servicesForEveryoneTwinsOnlyForThoseWhoMaySeeThem() {
        PortalClient citizen = new PortalClient(TestServers.postgres()).signIn("citizen");
        String household = org.citiverse.testsupport.Households.create(citizen, "Here home");
        PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
        String name = "Neude flat " + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, admin.postJson("/api/v1/twins", "{\"type\":\"home\",\"name\":\"" + name + "\",\"owner\":"
                + "\"household:" + household + "\",\"linkType\":\"NL\",\"location\":{\"latitude\":52.0925,"
                + "\"longitude\":5.1225}}", Map.of()).statusCode());

        List<JsonObject> anonymous = places(new PortalClient(TestServers.postgres()), HERE);
        assertTrue(anonymous.stream().anyMatch(p -> p.getString("kind").equals("service")
                && p.getString("name").equals("Street lighting service point")), anonymous.toString());
        assertTrue(anonymous.stream().noneMatch(p -> p.getString("kind").equals("twin")), "no twins for visitors");
        assertTrue(anonymous.stream().noneMatch(p -> p.getString("name").equals("Recycling centre")),
                "kilometres away is not here");

        List<JsonObject> mine = places(citizen, HERE);
        assertTrue(mine.stream().anyMatch(p -> p.getString("name").equals(name) && p.getString("detail").equals("home")),
                mine.toString());
        for (int i = 1; i < mine.size(); i++) {
            assertTrue(mine.get(i - 1).getJsonNumber("distanceMetres").doubleValue()
                    <= mine.get(i).getJsonNumber("distanceMetres").doubleValue(), "nearest first: " + mine);
        }
        PortalClient other = new PortalClient(TestServers.postgres()).signIn("resident");
        assertTrue(places(other, HERE).stream().noneMatch(p -> p.getString("name").equals(name)),
                "another household's home is not theirs to see");
        assertTrue(places(other, HERE + "&lang=nl").stream()
                .anyMatch(p -> p.getString("name").equals("Servicepunt openbare verlichting")), "in Dutch");
    }

    @Test
    void positionsOffTheGlobeAndWideCirclesAreRefused() {
        PortalClient visitor = new PortalClient(TestServers.postgres());
        for (String bad : new String[] {"", "?near=north,east", "?near=52.09", "?near=91,5.12", "?near=52.09,181",
                "?near=52.09,5.12&radius=0", "?near=52.09,5.12&radius=5001", "?near=52.09,5.12&radius=NaN",
                "?near=52.09,5.12&radius=far"}) {
            HttpResponse<String> response = visitor.get("/api/v1/places" + bad);
            assertEquals(400, response.statusCode(), bad + ": " + response.body());
            assertTrue(Json.object(response.body()).getString("type").startsWith("place/"), response.body());
        }
    }

    @Test
    void thePageAnswersAndExplainsMistakes() {
        PortalClient visitor = new PortalClient(TestServers.postgres());
        String page = visitor.get("/here.xhtml?latitude=52.0921&longitude=5.1220&radius=300").body();
        assertTrue(page.contains("Street lighting service point") && page.contains("City service"), page);
        String wrong = visitor.get("/here.xhtml?latitude=north&longitude=5.12").body();
        assertTrue(wrong.contains("There is a problem") && wrong.contains("href=\"#latitude\""), wrong);
        String tooWide = visitor.get("/here.xhtml?latitude=52.09&longitude=5.12&radius=9000").body();
        assertTrue(tooWide.contains("at most 5,000 metres") && tooWide.contains("href=\"#radius\""), tooWide);
        assertFalse(visitor.get("/here.xhtml").body().contains("Near this place"), "nothing asked, nothing answered");
    }
}
