package org.citiverse.permit.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Permit rule sets over the real server: the shipped rule sets answer checks at once; staff upload
 * versions, activation runs their test cases and retires the version before; broken models, failing
 * test cases, oversized uploads and unknown activities each get a clear answer.
 */
class PermitRuleSetIT {

    private static final String BASE = TestServers.postgres();
    private static final String FENCE = resource("fence-residential.dmn");
    private static final String FENCE_CASES = resource("fence-residential.tests.json");
    private final PortalClient staff = new PortalClient(BASE).signIn("staff");
    private final PortalClient citizen = new PortalClient(BASE).signIn("citizen");
    private final PortalClient anyone = new PortalClient(BASE);

    @Test
    void theShippedRuleSetsAnswerEveryoneWithRuleAndReason() {
        JsonArray all = Json.array(staff.get("/api/v1/permit-rule-sets").body());
        for (String activity : new String[] {"dormer", "fence", "outbuilding"}) {
            assertTrue(all.stream().map(JsonObject.class::cast).anyMatch(r -> r.getString("activity").equals(activity)
                    && r.getString("zoneType").equals("residential") && r.getString("status").equals("ACTIVE")),
                    activity + " in " + all);
        }
        JsonObject free = evaluate(anyone, "fence", "{\"location\":\"front\",\"height\":0.8}");
        assertEquals("PERMIT_FREE", free.getString("outcome"));
        assertEquals("F2", free.getString("ruleId"));
        assertEquals("fence-front-low", free.getString("reason"));
        assertEquals("PERMIT_REQUIRED", evaluate(citizen, "outbuilding",
                "{\"location\":\"rear\",\"height\":3.4,\"area\":12}").getString("outcome"));
        assertEquals("NOT_ALLOWED", evaluate(anyone, "fence", "{\"location\":\"rear\",\"height\":4}")
                .getString("outcome"));
    }

    @Test
    void whatNoRuleCoversIsUndecidedNeverAGuessAndBadInputIsRefused() {
        JsonObject unknown = evaluate(anyone, "swimming-pool", "{\"depth\":2}");
        assertEquals("UNDECIDED", unknown.getString("outcome"));
        assertEquals("activity-not-covered", unknown.getString("reason"));
        JsonObject gap = evaluate(anyone, "fence", "{\"location\":\"roof\",\"height\":1}");
        assertEquals("UNDECIDED", gap.getString("outcome"));
        assertEquals("no-rule-matched", gap.getString("reason"));
        assertEquals("evaluation-failed", evaluate(anyone, "fence", "{\"location\":\"front\"}").getString("reason"));
        HttpResponse<String> bad = anyone.postJson("/api/v1/permit-checks/evaluate",
                "{\"activity\":\"fence\",\"zoneType\":\"residential\",\"inputs\":{\"height\":[1,2]}}", Map.of());
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals(400, anyone.postJson("/api/v1/permit-checks/evaluate", "{\"activity\":\"fence\",\"date\":\"soon\"}",
                Map.of()).statusCode());
    }

    @Test
    void staffUploadAndActivateVersionsAndThePreviousIsRetiredAndAudited() {
        String activity = "it-fence-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject v1 = upload(activity, "2024-01-01", FENCE, FENCE_CASES);
        assertEquals("DRAFT", v1.getString("status"));
        assertEquals(1, v1.getInt("versionNumber"));
        assertEquals("UNDECIDED", evaluate(anyone, activity, "{\"location\":\"front\",\"height\":0.8}")
                .getString("outcome"), "a draft is not in force");
        HttpResponse<String> activated = staff.postJson("/api/v1/permit-rule-sets/" + v1.getString("id")
                + "/activation", "", Map.of());
        assertEquals(200, activated.statusCode(), activated.body());
        assertEquals("ACTIVE", Json.object(activated.body()).getString("status"));
        JsonObject answer = evaluate(anyone, activity, "{\"location\":\"front\",\"height\":0.8}");
        assertEquals("PERMIT_FREE", answer.getString("outcome"));
        assertEquals(1, answer.getInt("ruleSetVersion"));
        assertEquals(409, staff.postJson("/api/v1/permit-rule-sets/" + v1.getString("id") + "/activation", "",
                Map.of()).statusCode(), "once");

        String failing = "[{\"name\":\"1.5 m in front\",\"inputs\":{\"location\":\"front\",\"height\":1.5},"
                + "\"expected\":\"PERMIT_FREE\"}]";
        JsonObject v2 = upload(activity, "2024-06-01", FENCE, failing);
        HttpResponse<String> refused = staff.postJson("/api/v1/permit-rule-sets/" + v2.getString("id")
                + "/activation", "", Map.of());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("1.5 m in front: expected PERMIT_FREE, got PERMIT_REQUIRED"), refused.body());

        String higher = FENCE.replace("(0..1]", "(0..1.2]").replace("(1..3]", "(1.2..3]");
        JsonObject v3 = upload(activity, "2025-01-01", higher, "[{\"name\":\"1.1 m\",\"inputs\":{\"location\":"
                + "\"front\",\"height\":1.1},\"expected\":\"PERMIT_FREE\",\"ruleId\":\"F2\"}]");
        assertEquals(3, v3.getInt("versionNumber"));
        assertEquals(200, staff.postJson("/api/v1/permit-rule-sets/" + v3.getString("id") + "/activation", "",
                Map.of()).statusCode());
        JsonObject first = Json.object(staff.get("/api/v1/permit-rule-sets/" + v1.getString("id")).body());
        assertEquals("RETIRED", first.getString("status"));
        assertTrue(first.getString("dmn").contains("<decision id=\"permit\""), "kept with its model");
        assertEquals(1, Json.object(anyone.postJson("/api/v1/permit-checks/evaluate", "{\"activity\":\"" + activity
                + "\",\"zoneType\":\"residential\",\"date\":\"2024-03-01\",\"inputs\":{\"location\":\"front\","
                + "\"height\":1.1}}", Map.of()).body()).getInt("ruleSetVersion"), "earlier dates: the rules then");
        assertEquals("PERMIT_FREE", evaluate(anyone, activity, "{\"location\":\"front\",\"height\":1.1}")
                .getString("outcome"));
        String audit = staff.get("/api/audit?action=permit.rule-set-activated").body();
        assertTrue(audit.contains(v3.getString("id")) && audit.contains("retired version 1"), audit);
    }

    @Test
    void brokenModelsOversizedUploadsAndOutsidersAreRefused() {
        String shortRule = FENCE.replace("<inputEntry id=\"F3_in1\"><text>\"front\"</text></inputEntry>", "");
        HttpResponse<String> incomplete = staff.postJson("/api/v1/permit-rule-sets", body("fence", "2024-01-01",
                shortRule, FENCE_CASES), Map.of());
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        JsonObject problem = Json.object(incomplete.body());
        assertEquals("permit/dmn-invalid", problem.getString("type"));
        assertTrue(problem.getJsonArray("problems").getString(0).matches("line \\d+: .*rule 3 \\(F3\\) has 1 input.*"),
                incomplete.body());
        HttpResponse<String> gap = staff.postJson("/api/v1/permit-rule-sets", body("fence", "2024-01-01",
                FENCE.replaceAll("(?s)<rule id=\"F5\">.*?</rule>", ""), FENCE_CASES), Map.of());
        assertEquals(400, gap.statusCode(), gap.body());
        assertTrue(Json.object(gap.body()).getJsonArray("problems").getString(0).matches(
                "line \\d+: the rules leave a gap: no rule answers .*\\( 2 \\.\\. 3 \\].*"), gap.body());
        HttpResponse<String> notXml = staff.postJson("/api/v1/permit-rule-sets", body("fence", "2024-01-01",
                FENCE.replace("<rule id=\"F3\">", "<rule id=\"F3\""), FENCE_CASES), Map.of());
        assertEquals(400, notXml.statusCode(), notXml.body());
        assertTrue(notXml.body().contains("line "), notXml.body());

        String huge = FENCE.replace("</definitions>", "<!--" + "x".repeat(3 * 1024 * 1024) + "--></definitions>");
        assertEquals(413, staff.postJson("/api/v1/permit-rule-sets", body("fence", "2024-01-01", huge, FENCE_CASES),
                Map.of()).statusCode());
        assertEquals(403, citizen.postJson("/api/v1/permit-rule-sets", body("fence", "2024-01-01", FENCE,
                FENCE_CASES), Map.of()).statusCode());
        assertEquals(401, anyone.get("/api/v1/permit-rule-sets").statusCode());
        assertEquals(404, staff.get("/api/v1/permit-rule-sets/" + UUID.randomUUID()).statusCode());
    }

    private JsonObject upload(String activity, String effectiveFrom, String dmn, String cases) {
        HttpResponse<String> created = staff.postJson("/api/v1/permit-rule-sets", body(activity, effectiveFrom, dmn,
                cases), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        return Json.object(created.body());
    }

    private static String body(String activity, String effectiveFrom, String dmn, String cases) {
        return "{\"activity\":\"" + activity + "\",\"zoneType\":\"residential\",\"effectiveFrom\":\"" + effectiveFrom
                + "\",\"dmn\":" + quoted(dmn) + ",\"testCases\":" + cases + "}";
    }

    private static JsonObject evaluate(PortalClient client, String activity, String inputs) {
        HttpResponse<String> answer = client.postJson("/api/v1/permit-checks/evaluate", "{\"activity\":\"" + activity
                + "\",\"zoneType\":\"residential\",\"inputs\":" + inputs + "}", Map.of());
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.object(answer.body());
    }

    private static String quoted(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private static String resource(String name) {
        try (InputStream in = PermitRuleSetIT.class.getResourceAsStream("/org/citiverse/permit/rules/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
