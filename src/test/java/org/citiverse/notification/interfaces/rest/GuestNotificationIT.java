package org.citiverse.notification.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.citiverse.testsupport.Devices;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.EventStream;
import org.citiverse.testsupport.GuestHome;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Guest notification through the real pipeline (FGMV-28 7.2.1): a simulated doorbell's signed report
 * travels the broker into the twin, every member's event stream hears the ring at once and nobody
 * else's does, the camera's picture follows, exactly one of two answers at once takes effect, and
 * the lock's answer ends the visit. The tests share one home and take turns (one ring at a time).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuestNotificationIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String BASE = TestServers.postgres();

    private final PortalClient owner = new PortalClient(BASE).signIn("citizen");
    private final PortalClient member = new PortalClient(BASE).signIn("neighbour");
    private final PortalClient outsider = new PortalClient(BASE).signIn("resident");
    private GuestHome home;

    @BeforeAll
    void setUp() {
        home = GuestHome.setUp(BASE, owner, List.of(member), 0, 20, 60);
    }

    @AfterAll
    void tearDown() {
        home.close();
    }

    @Test
    void everyMemberHearsTheRingAtOnceWithThePictureAndNobodyElseDoes() throws Exception {
        try (EventStream ownerEvents = ready(owner); EventStream memberEvents = ready(member);
             EventStream memberOtherTab = ready(member); EventStream outsiderEvents = ready(outsider)) {
            home.ring();
            JsonObject heard = ringOf(ownerEvents);
            assertEquals(heard.getString("id"), ringOf(memberEvents).getString("id"));
            assertEquals(heard.getString("id"), ringOf(memberOtherTab).getString("id"), "every open tab is told");
            assertEquals("RINGING", heard.getString("status"));
            assertTrue(heard.getBoolean("lock"), heard.toString());
            assertTrue(heard.getString("door").endsWith("Home 1 doorbell"), heard.toString());
            String visit = heard.getString("id");

            JsonObject pictured = Json.object(memberEvents.next(e -> e.data().contains(visit)
                    && e.data().contains("/snapshot"), WAIT).data());
            HttpResponse<byte[]> picture = member.getBytes(pictured.getString("snapshot"));
            assertEquals(200, picture.statusCode());
            assertEquals("image/svg+xml", picture.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(picture.headers().firstValue("Content-Security-Policy").orElseThrow().contains("sandbox"));
            assertTrue(picture.headers().firstValue("Cache-Control").orElseThrow().contains("no-store"));
            assertTrue(new String(picture.body(), java.nio.charset.StandardCharsets.UTF_8).startsWith("<svg"));

            assertFalse(outsiderEvents.receives(e -> e.data().contains(visit), Duration.ofSeconds(2)),
                    "someone outside the household hears nothing of it");
            assertEquals(404, outsider.get("/api/v1/visits/" + visit).statusCode());
            assertEquals(404, outsider.getBytes("/api/v1/visits/" + visit + "/snapshot").statusCode());
            assertEquals(404, outsider.postJson("/api/v1/visits/" + visit + "/answer", "{\"answer\":\"open\"}", Map.of())
                    .statusCode());
            decline(visit);
        }
    }

    @Test
    void ofTwoMembersOpeningAtOnceExactlyOneTakesEffectAndTheDoorOpensOnce() throws Exception {
        long opensBefore = home.opensReceived();
        try (EventStream ownerEvents = ready(owner); EventStream memberEvents = ready(member)) {
            home.ring();
            String visit = ringOf(ownerEvents).getString("id");
            ringOf(memberEvents);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                Future<HttpResponse<String>> first = both.submit(() -> {
                    start.await();
                    return answer(owner, visit, "open");
                });
                Future<HttpResponse<String>> second = both.submit(() -> {
                    start.await();
                    return answer(member, visit, "open");
                });
                start.countDown();
                Set<Integer> statuses = Set.of(first.get().statusCode(), second.get().statusCode());
                assertEquals(Set.of(200, 409), statuses, first.get().body() + " / " + second.get().body());
                HttpResponse<String> refused = first.get().statusCode() == 409 ? first.get() : second.get();
                JsonObject problem = Json.object(refused.body());
                assertEquals("visit/already-answered", problem.getString("type"));
                assertTrue(problem.getJsonObject("visit").getString("answeredBy").length() > 0, refused.body());
                assertTrue(problem.getString("detail").startsWith(problem.getJsonObject("visit").getString("answeredBy")),
                        refused.body());
            } finally {
                both.shutdownNow();
            }
            for (EventStream events : List.of(ownerEvents, memberEvents)) {
                events.next(e -> e.data().contains(visit) && e.data().contains("\"OPENED\""), WAIT);
            }
            assertEquals(opensBefore + 1, home.opensReceived(), "the lock was asked to open exactly once");
            Eventually.await(WAIT, "the lock's twin open", () -> {
                JsonObject lock = Json.object(owner.get("/api/v1/twins/" + home.lockTwin()).body());
                return lock.getJsonObject("properties").getJsonObject("locked").get("value")
                        == jakarta.json.JsonValue.FALSE ? true : null;
            });
            JsonObject logged = Json.array(member.get("/api/v1/visits?limit=5").body()).stream()
                    .map(jakarta.json.JsonValue::asJsonObject).filter(v -> v.getString("id").equals(visit))
                    .findFirst().orElseThrow();
            assertEquals("OPENED", logged.getString("status"));
            assertEquals(409, answer(member, visit, "decline").statusCode(), "an ended visit takes no answer");
            String audit = new PortalClient(BASE).signIn("staff").get("/api/audit?object=" + visit).body();
            assertTrue(audit.contains("\"visit.answered\"") && audit.contains("\"visit.door-opened\""),
                    "who opened and that the door opened are audited: " + audit);
            assertTrue(audit.contains("\"visit.answer-refused\"") && audit.contains("open: already_answered"),
                    "so is the answer that came second: " + audit);
        }
    }

    @Test
    void whoeverIsComingMayStillOpenOthersAreToldItIsHandled() throws Exception {
        try (EventStream ownerEvents = ready(owner)) {
            home.ring();
            String visit = ringOf(ownerEvents).getString("id");
            HttpResponse<String> coming = answer(member, visit, "coming");
            assertEquals(200, coming.statusCode(), coming.body());
            assertEquals("COMING", Json.object(coming.body()).getString("status"));
            ownerEvents.next(e -> e.data().contains(visit) && e.data().contains("\"COMING\""), WAIT);
            assertEquals(409, answer(owner, visit, "decline").statusCode());
            assertEquals(409, answer(member, visit, "coming").statusCode(), "saying it twice changes nothing");
            assertEquals(200, answer(member, visit, "open").statusCode());
            ownerEvents.next(e -> e.data().contains(visit) && e.data().contains("\"OPENED\""), WAIT);
        }
    }

    @Test
    void anUnansweredRingExpiresAndCanNoLongerOpenTheDoor() throws Exception {
        long opensBefore = home.opensReceived();
        try (EventStream memberEvents = ready(member)) {
            home.ring();
            String visit = ringOf(memberEvents).getString("id");
            // notification.visit.answer.seconds is 15 in the test environment
            memberEvents.next(e -> e.data().contains(visit) && e.data().contains("\"EXPIRED\""), Duration.ofSeconds(40));
            HttpResponse<String> late = answer(member, visit, "open");
            assertEquals(410, late.statusCode(), late.body());
            assertEquals("visit/expired", Json.object(late.body()).getString("type"));
            assertEquals(opensBefore, home.opensReceived());
        }
    }

    @Test
    void badAnswersAreRefusedAndChangeNothing() throws Exception {
        try (EventStream ownerEvents = ready(owner)) {
            home.ring();
            String visit = ringOf(ownerEvents).getString("id");
            String path = "/api/v1/visits/" + visit + "/answer";
            for (String body : new String[] {"", "nonsense", "[]", "{\"answer\":\"unlock\"}", "{\"answer\":1}",
                    "{\"answer\":\"open\",\"extra\":true}", "{\"answer\":\"" + "o".repeat(100_000) + "\"}"}) {
                HttpResponse<String> refused = owner.postJson(path, body, Map.of());
                assertEquals(400, refused.statusCode(), body.length() > 50 ? "oversized" : body);
            }
            assertEquals(415, owner.post(path, "application/x-www-form-urlencoded", "answer=open", Map.of()).statusCode(),
                    "a cross-site form cannot answer for a member");
            assertEquals(404, answer(owner, UUID.randomUUID().toString(), "open").statusCode());
            assertEquals(404, answer(owner, "not-a-visit", "open").statusCode());
            PortalClient staff = new PortalClient(BASE).signIn("staff");
            assertEquals(403, answer(staff, visit, "open").statusCode());
            assertEquals(401, new PortalClient(BASE).postJson(path, "{\"answer\":\"open\"}", Map.of()).statusCode());
            assertEquals("RINGING", Json.object(owner.get("/api/v1/visits/" + visit).body()).getString("status"));
            decline(visit);
        }
    }

    @Test
    void aForgedOrReplayedRingIsRefusedByDeviceAuthentication() throws Exception {
        PortalClient gateway = new PortalClient(BASE)
                .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret"));
        String deviceId = home.doorbell().device().id();
        String body = "{\"pressed\":true}";
        try (EventStream ownerEvents = ready(owner)) {
            String forgedId = "forged-" + UUID.randomUUID();
            gateway.postJson("/api/device/messages", body, Map.of("X-Message-Id", forgedId, "X-Device-Id", deviceId,
                    "X-Signature", Devices.sign("not-the-secret", forgedId, deviceId, "application/json", body)));
            assertFalse(ownerEvents.receives(e -> "ring".equals(e.name()), Duration.ofSeconds(3)),
                    "a badly signed ring tells nobody");

            String realId = "ring-" + UUID.randomUUID();
            Map<String, String> signed = Map.of("X-Message-Id", realId, "X-Device-Id", deviceId, "X-Signature",
                    Devices.sign(home.doorbell().secret(), realId, deviceId, "application/json", body));
            assertEquals(202, gateway.postJson("/api/device/messages", body, signed).statusCode());
            String visit = ringOf(ownerEvents).getString("id");
            decline(visit);
            gateway.postJson("/api/device/messages", body, signed);
            assertFalse(ownerEvents.receives(e -> "ring".equals(e.name()), Duration.ofSeconds(3)),
                    "the same message again is a duplicate, not a second ring");

            // Signed, but rung long before it arrived (a replay after the journal forgot its id, or a
            // backlog): nobody is called to the door; the visit log keeps it as a ring nobody answered.
            String lateId = "late-" + UUID.randomUUID();
            String rungAt = java.time.Instant.now().minus(Duration.ofDays(40)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            String late = "{\"observedAt\":\"" + rungAt + "\",\"values\":{\"pressed\":true}}";
            assertEquals(202, gateway.postJson("/api/device/messages", late, Map.of("X-Message-Id", lateId,
                    "X-Device-Id", deviceId, "X-Signature", Devices.sign(home.doorbell().secret(), lateId, deviceId,
                            "application/json", late))).statusCode());
            JsonObject logged = Eventually.await(Duration.ofSeconds(30), "the late ring in the visit log", () ->
                    Json.array(owner.get("/api/v1/visits?limit=200").body()).getValuesAs(JsonObject.class).stream()
                            .filter(v -> rungAt.equals(v.getString("rangAt"))).findFirst().orElse(null));
            assertEquals("EXPIRED", logged.getString("status"), logged.toString());
            assertFalse(ownerEvents.receives(e -> "ring".equals(e.name()), Duration.ofSeconds(1)), "nobody is called");
            assertEquals(410, answer(owner, logged.getString("id"), "open").statusCode(), "and nobody can open the door");
        }
    }

    @Test
    void aLockThatFailsToOpenSaysSoAndMayBeAskedAgain() throws Exception {
        String user = "visit-stuck-" + UUID.randomUUID().toString().substring(0, 8);
        new org.citiverse.testsupport.KeycloakAdmin().createUser(user, "Stan", "Stuck");
        PortalClient resident = new PortalClient(BASE).signIn(user);
        // A home whose devices answer every command with a failure (a jammed lock).
        try (GuestHome stuck = GuestHome.setUp(BASE, resident, List.of(), 1.0, 10, 20);
             EventStream events = ready(resident)) {
            stuck.ring();
            String visit = ringOf(events).getString("id");
            assertEquals(200, answer(resident, visit, "open").statusCode());
            events.next(e -> e.data().contains(visit) && e.data().contains("\"OPEN_FAILED\""), WAIT);
            HttpResponse<String> again = answer(resident, visit, "open");
            assertEquals(200, again.statusCode(), "a failed opening may be tried again: " + again.body());
            events.next(e -> e.data().contains(visit) && e.data().contains("\"OPEN_FAILED\""), WAIT);
            assertEquals(2, stuck.opensReceived(), "the lock was asked twice");
            assertEquals("OPEN_FAILED", Json.object(resident.get("/api/v1/visits/" + visit).body()).getString("status"));
            assertEquals(409, answer(resident, visit, "coming").statusCode(), "after a failure only another try counts");
        }
    }

    @Test
    void duringQuietHoursARingWaitsInTheLogInsteadOfInterrupting() throws Exception {
        LocalTime now = LocalTime.now(ZoneId.of("Europe/Amsterdam"));
        String quiet = "{\"quietFrom\":\"" + now.minusHours(1).withSecond(0).withNano(0).toString().substring(0, 5)
                + "\",\"quietUntil\":\"" + now.plusHours(1).toString().substring(0, 5) + "\",\"sound\":true}";
        HttpResponse<String> saved = member.send("PUT", "/api/v1/notification-preferences", quiet);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(Json.object(saved.body()).getBoolean("sound"));
        try (EventStream ownerEvents = ready(owner); EventStream memberEvents = ready(member)) {
            home.ring();
            String visit = ringOf(ownerEvents).getString("id");
            assertFalse(memberEvents.receives(e -> "ring".equals(e.name()), Duration.ofSeconds(2)));
            assertTrue(member.get("/api/v1/visits").body().contains(visit), "it waits in the visit log");
            decline(visit);
        } finally {
            member.send("PUT", "/api/v1/notification-preferences", "{\"quietFrom\":null,\"quietUntil\":null,\"sound\":false}");
        }
        for (String bad : new String[] {"{\"quietFrom\":\"22:00\"}", "{\"quietFrom\":\"25:00\",\"quietUntil\":\"07:00\"}",
                "{\"quietFrom\":\"22:00\",\"quietUntil\":\"22:00\"}", "{\"sound\":\"yes\"}", "{\"other\":1}", "[]"}) {
            assertEquals(400, member.send("PUT", "/api/v1/notification-preferences", bad).statusCode(), bad);
        }
        assertEquals(JsonObject.NULL, Json.object(member.get("/api/v1/notification-preferences").body())
                .get("quietFrom"), "a refused change changes nothing");
    }

    @Test
    void aMemberDeletesThePictureAndItIsGone() throws Exception {
        try (EventStream memberEvents = ready(member)) {
            home.ring();
            String visit = ringOf(memberEvents).getString("id");
            memberEvents.next(e -> e.data().contains(visit) && e.data().contains("/snapshot"), WAIT);
            assertEquals(204, member.send("DELETE", "/api/v1/visits/" + visit + "/snapshot", null).statusCode());
            assertEquals(404, member.getBytes("/api/v1/visits/" + visit + "/snapshot").statusCode());
            assertEquals(JsonObject.NULL, Json.object(member.get("/api/v1/visits/" + visit).body()).get("snapshot"));
            assertEquals(204, member.send("DELETE", "/api/v1/visits/" + visit + "/snapshot", null).statusCode(),
                    "deleting twice is harmless");
            decline(visit);
        }
    }

    @Test
    void aMemberWhoIsNotSignedInAndAskedForItIsEmailedAndNotWhileSignedIn() throws Exception {
        String user = "visit-mail-" + UUID.randomUUID().toString().substring(0, 8);
        String address = user + "@example.org";
        new org.citiverse.testsupport.KeycloakAdmin().createUser(user, "Mia", "Mail");
        PortalClient away = new PortalClient(BASE).signIn(user);
        String profile = away.get("/citizen/profile.xhtml").body();
        assertEquals(302, away.postForm("/citizen/profile.xhtml", Map.of("profile_SUBMIT", "1", "displayName", "Mia Mail",
                "email", address, "language", "en", "save", "Save my details",
                "jakarta.faces.ViewState", PortalClient.viewState(profile))).statusCode());
        org.citiverse.testsupport.Households.join(away,
                org.citiverse.testsupport.Households.invite(owner, home.householdId(), ""));
        assertEquals(200, away.send("PUT", "/api/v1/notification-preferences", "{\"email\":true}").statusCode());

        try (EventStream ownerEvents = ready(owner)) {
            home.ring();
            JsonObject ring = ringOf(ownerEvents);
            JsonObject mail = Eventually.await(WAIT, "the e-mail to the member who is away", () -> {
                jakarta.json.JsonArray inbox = inbox(address);
                return inbox.isEmpty() ? null : inbox.getJsonObject(0);
            });
            assertEquals("Someone rang at " + ring.getString("door"), mail.getString("subject"));
            String text = mail.getString("mimeMessage");
            assertTrue(text.contains("while you were not signed in"), text);
            assertFalse(text.contains("image") || text.contains("/api/"), "no picture, no link that acts: " + text);
            decline(ring.getString("id"));

            try (EventStream awayEvents = ready(away)) {
                home.ring();
                String second = ringOf(awayEvents).getString("id");
                Thread.sleep(2_000);
                assertEquals(1, inbox(address).size(), "signed in with a page open: told there, not by e-mail");
                decline(second);
            }
        }
    }

    @Test
    void signingOutEndsTheVisitStreamOfThatSession() throws Exception {
        PortalClient leaving = new PortalClient(BASE).signIn("resident");
        try (EventStream events = ready(leaving)) {
            HttpResponse<String> page = leaving.get("/citizen/");
            leaving.postForm("/citizen/index.xhtml", Map.of("sign-out", "sign-out", "sign-out_SUBMIT", "1",
                    "sign-out:button", "Sign out", "jakarta.faces.ViewState", PortalClient.viewState(page.body())));
            // notification.stream.heartbeat.seconds is 2 in the test environment
            assertTrue(events.endsWithin(Duration.ofSeconds(15)), "a signed-out page is told nothing more");
        }
    }

    private static jakarta.json.JsonArray inbox(String address) {
        HttpResponse<String> messages = new PortalClient(TestServers.mailApi()).get("/api/user/" + address + "/messages/");
        return messages.statusCode() == 200 ? Json.array(messages.body()) : jakarta.json.JsonValue.EMPTY_JSON_ARRAY;
    }

    private void decline(String visit) {
        HttpResponse<String> declined = answer(owner, visit, "decline");
        assertNotEquals(500, declined.statusCode(), declined.body());
    }

    private static EventStream ready(PortalClient client) throws InterruptedException {
        EventStream events = client.events("/api/v1/visits/events");
        assertEquals(200, events.status());
        events.next(e -> "ready".equals(e.name()), WAIT);
        return events;
    }

    private static JsonObject ringOf(EventStream events) throws InterruptedException {
        return Json.object(events.next(e -> "ring".equals(e.name()), WAIT).data());
    }

    private static HttpResponse<String> answer(PortalClient client, String visit, String answer) {
        return client.postJson("/api/v1/visits/" + visit + "/answer", "{\"answer\":\"" + answer + "\"}", Map.of());
    }
}
