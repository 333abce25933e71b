package org.citiverse.permit.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PermitFixtures;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Permit applications over the real server: a citizen applies from a check that needs a permit,
 * adds documents, submits; staff ask for information, the citizen answers, staff decide. And every
 * refusal: malformed, oversized, wrong-type uploads, missing documents, another's application, a
 * citizen at staff operations, a second submit, a decision without a reason.
 */
class PermitApplicationIT {

    private static final String BASE = TestServers.postgres();
    private static final String API = "/api/v1/permit-applications";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static String address;

    private final PortalClient citizen = new PortalClient(BASE).signIn("citizen");
    private final PortalClient resident = new PortalClient(BASE).signIn("resident");
    private final PortalClient staff = new PortalClient(BASE).signIn("staff");

    @BeforeAll
    static void findAResidentialParcel() {
        address = PermitFixtures.residentialAddress(new PortalClient(BASE));
    }

    @Test
    void aCitizenAppliesStaffAskTheCitizenAnswersAndStaffGrant() {
        HttpResponse<String> created = citizen.postJson(API, PermitFixtures.frontFence(address, 1.5), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = Json.object(created.body());
        String reference = draft.getString("reference");
        assertTrue(reference.matches("PA-20[0-9]{2}-[0-9]{6,}"), reference);
        assertTrue(PortalClient.location(created).endsWith(API + "/" + reference));
        assertEquals("DRAFT", draft.getString("status"));
        JsonObject check = draft.getJsonObject("check");
        assertEquals("PERMIT_REQUIRED", check.getString("outcome"));
        assertEquals("F3", check.getString("ruleId"));
        assertEquals("fence-front-high", check.getString("reason"));
        assertEquals("residential", check.getString("zoneType"));
        assertEquals(1.5, check.getJsonObject("answers").getJsonNumber("height").doubleValue(), 0.001);
        assertTrue(check.getInt("ruleSetVersion") >= 1);
        assertEquals("[\"site-plan\",\"drawing\"]", draft.getJsonArray("missingDocuments").toString());

        assertEquals(200, citizen.send("PUT", API + "/" + reference, "{\"description\":\"Oak fence, 1.5 m.\","
                + "\"contactEmail\":\"ana@example.org\"}").statusCode());
        // The type comes from the bytes: a PDF sent as image/png is a PDF.
        HttpResponse<String> plan = upload(citizen, reference, "site-plan", "plan.pdf", "image/png", PDF);
        assertEquals(201, plan.statusCode(), plan.body());
        assertEquals("application/pdf", Json.object(plan.body()).getString("contentType"));
        assertEquals(201, upload(citizen, reference, "drawing", "fence.png", "application/octet-stream", PNG)
                .statusCode());

        String documentId = Json.object(plan.body()).getString("id");
        HttpResponse<byte[]> served = citizen.getBytes(API + "/" + reference + "/documents/" + documentId);
        assertEquals(200, served.statusCode());
        assertArrayEquals(PDF, served.body(), "kept as sent");
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(served.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertEquals(404, resident.getBytes(API + "/" + reference + "/documents/" + documentId).statusCode(),
                "not another citizen's");

        HttpResponse<String> submitted = citizen.postJson(API + "/" + reference + "/submission",
                "{\"declaration\":true}", Map.of());
        assertEquals(200, submitted.statusCode(), submitted.body());
        JsonObject sent = Json.object(submitted.body());
        assertEquals("SUBMITTED", sent.getString("status"));
        assertEquals(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(56).toString(),
                sent.getString("decisionDue"), "the legal term from today");
        assertEquals(409, citizen.postJson(API + "/" + reference + "/submission", "{\"declaration\":true}", Map.of())
                .statusCode(), "a second submit");
        assertEquals(409, upload(citizen, reference, "other", "late.pdf", "application/pdf", PDF).statusCode(),
                "documents are fixed once sent");

        JsonObject queue = Json.object(staff.get(API + "?status=SUBMITTED&activity=fence&zone=residential"
                + "&assignee=none&pageSize=200").body());
        assertTrue(queue.getJsonArray("applications").stream()
                .anyMatch(a -> ((JsonObject) a).getString("reference").equals(reference)), queue.toString());
        JsonObject assigned = Json.object(staff.send("PUT", API + "/" + reference + "/assignee",
                "{\"assignee\":\"me\"}").body());
        assertEquals("Sam Staff", assigned.getString("assigneeName"));
        assertTrue(Json.object(staff.get(API + "?assignee=me&pageSize=200").body()).getJsonArray("applications")
                .stream().anyMatch(a -> ((JsonObject) a).getString("reference").equals(reference)), "mine now");
        assertEquals(400, staff.send("PUT", API + "/" + reference + "/assignee", "{\"assignee\":\"no-such-person\"}")
                .statusCode());

        HttpResponse<String> asked = staff.postJson(API + "/" + reference + "/information-requests",
                "{\"text\":\"How far from the pavement will the fence stand?\"}", Map.of());
        assertEquals(200, asked.statusCode(), asked.body());
        assertEquals("INFORMATION_REQUESTED", Json.object(asked.body()).getString("status"));
        assertTrue(Json.object(asked.body()).getBoolean("paused"));
        JsonObject mine = Json.object(citizen.get(API).body()).getJsonArray("applications").stream()
                .map(a -> (JsonObject) a).filter(a -> a.getString("reference").equals(reference)).findFirst()
                .orElseThrow();
        assertEquals("How far from the pavement will the fence stand?", mine.getString("openQuestion"));
        assertEquals(201, upload(citizen, reference, "other", "distances.pdf", "application/pdf", PDF).statusCode(),
                "a document with the answer");
        assertEquals(400, citizen.postJson(API + "/" + reference + "/answer", "{\"text\":\" \"}", Map.of())
                .statusCode(), "an answer needs words");
        HttpResponse<String> answered = citizen.postJson(API + "/" + reference + "/answer",
                "{\"text\":\"50 cm, see the added drawing.\"}", Map.of());
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("SUBMITTED", Json.object(answered.body()).getString("status"));
        assertEquals(409, citizen.postJson(API + "/" + reference + "/answer", "{\"text\":\"again\"}", Map.of())
                .statusCode(), "nothing to answer");

        assertEquals(400, staff.postJson(API + "/" + reference + "/decision", "{\"decision\":\"GRANTED\"}", Map.of())
                .statusCode(), "a decision without a reason");
        assertEquals(400, staff.postJson(API + "/" + reference + "/decision",
                "{\"decision\":\"MAYBE\",\"reason\":\"x\"}", Map.of()).statusCode());
        HttpResponse<String> granted = staff.postJson(API + "/" + reference + "/decision",
                "{\"decision\":\"GRANTED\",\"reason\":\"Fits the street; keep it 50 cm from the pavement.\"}", Map.of());
        assertEquals(200, granted.statusCode(), granted.body());
        JsonObject decided = Json.object(citizen.get(API + "/" + reference).body());
        assertEquals("GRANTED", decided.getString("status"));
        assertEquals("Fits the street; keep it 50 cm from the pavement.", decided.getString("decisionReason"));
        assertEquals(3, decided.getJsonArray("documents").size());
        assertEquals(2, decided.getJsonArray("messages").size());
        JsonObject question = decided.getJsonArray("messages").getJsonObject(0);
        assertTrue(!question.containsKey("author") || question.isNull("author"),
                "the applicant does not see which staff member asked");
        assertEquals(409, citizen.postJson(API + "/" + reference + "/withdrawal", "", Map.of()).statusCode(),
                "a decision is not withdrawn");

        String csv = staff.get(API + "/export.csv?status=GRANTED").body();
        assertTrue(csv.startsWith("reference,status,activity"), csv);
        assertTrue(csv.contains("\"" + reference + "\",\"GRANTED\",\"fence\""), csv);

        String audit = staff.get("/api/audit?object=" + reference + "&limit=100").body();
        for (String step : new String[] {"created", "document-added", "submitted", "assigned", "information-requested",
            "answered", "decided"}) {
            assertTrue(audit.contains("permit.application-" + step), step + " audited: " + audit);
        }
        assertFalse(audit.contains("ana@example.org"), "no personal data in the audit log");
    }

    @Test
    void onlyAPlanThatNeedsAPermitCanBecomeAnApplication() {
        HttpResponse<String> free = citizen.postJson(API, PermitFixtures.frontFence(address, 0.8), Map.of());
        assertEquals(422, free.statusCode(), free.body());
        assertEquals("permit-application/check-not-permit-required", Json.object(free.body()).getString("type"));
        assertEquals(400, citizen.postJson(API, "not json", Map.of()).statusCode());
        assertEquals(400, citizen.postJson(API, "[1,2]", Map.of()).statusCode());
        assertEquals(400, citizen.postJson(API, "{\"activity\":\"fence\",\"inputs\":{}}", Map.of()).statusCode(),
                "no place");
        assertEquals(404, citizen.postJson(API, "{\"checkId\":\"no-such-check\"}", Map.of()).statusCode());
        assertEquals(404, citizen.postJson(API, PermitFixtures.frontFence("9999999999999999", 1.5), Map.of())
                .statusCode(), "no such address");
    }

    @Test
    void aSavedCheckBecomesAnApplicationOfItsOwnerOnly() {
        HttpResponse<String> kept = citizen.postJson("/api/v1/permit-checks/saved", PermitFixtures.frontFence(address,
                1.6), Map.of());
        assertTrue(kept.statusCode() == 201 || kept.statusCode() == 200, kept.body());
        String checkId = Json.object(kept.body()).getString("savedId");
        assertEquals(404, resident.postJson(API, "{\"checkId\":\"" + checkId + "\"}", Map.of()).statusCode(),
                "another citizen's saved check is not theirs to apply with");
        HttpResponse<String> applied = citizen.postJson(API, "{\"checkId\":\"" + checkId + "\"}", Map.of());
        assertEquals(201, applied.statusCode(), applied.body());
        assertTrue(applied.body().contains("\"PERMIT_REQUIRED\"") && applied.body().contains(address), applied.body());
        citizen.send("DELETE", "/api/v1/permit-checks/saved/" + checkId, "");
    }

    @Test
    void uploadsAreRefusedWhenEmptyOversizedOfTheWrongTypeOrKind() {
        String reference = draft();
        HttpResponse<String> svg = upload(citizen, reference, "drawing", "plan.pdf", "application/pdf",
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, svg.statusCode(), svg.body());
        assertTrue(svg.body().contains("plan.pdf"), "the refusal names the file: " + svg.body());
        assertEquals(400, upload(citizen, reference, "drawing", "empty.pdf", "application/pdf", new byte[0])
                .statusCode());
        assertEquals(400, upload(citizen, reference, "passport", "id.pdf", "application/pdf", PDF).statusCode());

        byte[] huge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertEquals(413, upload(citizen, reference, "drawing", "huge.pdf", "application/pdf", huge).statusCode(),
                "too large by its Content-Length");
        HttpResponse<String> chunked = citizen.post(API + "/" + reference + "/documents?kind=drawing&name=huge.pdf",
                "application/pdf", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));
        assertEquals(413, chunked.statusCode(), "too large when read");
        assertEquals(0, Json.object(citizen.get(API + "/" + reference).body()).getJsonArray("documents").size(),
                "nothing was kept");
    }

    @Test
    void submissionNeedsTheRequiredDocumentsAndTheDeclaration() {
        String reference = draft();
        assertEquals(201, upload(citizen, reference, "site-plan", "plan.pdf", "application/pdf", PDF).statusCode());
        HttpResponse<String> missing = citizen.postJson(API + "/" + reference + "/submission", "{\"declaration\":true}",
                Map.of());
        assertEquals(400, missing.statusCode());
        assertEquals("permit-application/documents-missing", Json.object(missing.body()).getString("type"));
        assertEquals("[\"drawing\"]", Json.object(missing.body()).getJsonArray("problems").toString());
        assertEquals(201, upload(citizen, reference, "drawing", "fence.png", "image/png", PNG).statusCode());
        HttpResponse<String> undeclared = citizen.postJson(API + "/" + reference + "/submission",
                "{\"declaration\":false}", Map.of());
        assertEquals(400, undeclared.statusCode());
        assertEquals("permit-application/declaration-missing", Json.object(undeclared.body()).getString("type"));
        assertEquals(400, citizen.postJson(API + "/" + reference + "/submission", "{\"declaration\":\"yes\"}",
                Map.of()).statusCode(), "malformed");
        assertEquals("DRAFT", Json.object(citizen.get(API + "/" + reference).body()).getString("status"));
    }

    @Test
    void anotherCitizensApplicationIsNotFoundAndCitizensCannotReview() {
        String reference = draft();
        assertEquals(404, resident.get(API + "/" + reference).statusCode());
        assertEquals(404, resident.send("PUT", API + "/" + reference, "{\"description\":\"mine now\"}").statusCode());
        assertEquals(404, upload(resident, reference, "drawing", "x.pdf", "application/pdf", PDF).statusCode());
        assertEquals(404, resident.postJson(API + "/" + reference + "/withdrawal", "", Map.of()).statusCode());
        assertFalse(resident.get(API).body().contains(reference), "not in their list");
        assertEquals(404, staff.get(API + "/" + reference).statusCode(), "a draft stays the applicant's");

        for (String[] call : new String[][] {{"PUT", "/assignee", "{\"assignee\":\"me\"}"},
            {"POST", "/information-requests", "{\"text\":\"?\"}"},
            {"POST", "/decision", "{\"decision\":\"GRANTED\",\"reason\":\"mine\"}"}}) {
            assertEquals(403, citizen.send(call[0], API + "/" + reference + call[1], call[2]).statusCode(), call[1]);
        }
        assertEquals(403, citizen.get(API + "/export.csv").statusCode());
        assertEquals(403, staff.postJson(API, PermitFixtures.frontFence(address, 1.5), Map.of()).statusCode(),
                "staff do not apply");
        assertEquals(401, new PortalClient(BASE).get(API).statusCode());
        assertEquals(400, staff.get(API + "?status=DRAFT").statusCode(), "drafts are never in the queue");
        assertEquals(400, staff.get(API + "?pageSize=5000").statusCode());

        HttpResponse<String> withdrawn = citizen.postJson(API + "/" + reference + "/withdrawal", "", Map.of());
        assertEquals(200, withdrawn.statusCode());
        assertEquals("WITHDRAWN", Json.object(withdrawn.body()).getString("status"));
        assertEquals(404, staff.get(API + "/" + reference).statusCode(), "a draft withdrawn was never sent in");
        assertTrue(Json.object(withdrawn.body()).get("decisionDue") == null
                || Json.object(withdrawn.body()).get("decisionDue") == JsonValue.NULL);
    }

    private String draft() {
        HttpResponse<String> created = citizen.postJson(API, PermitFixtures.frontFence(address, 1.5), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        return Json.object(created.body()).getString("reference");
    }

    static HttpResponse<String> upload(PortalClient client, String reference, String kind, String name,
                                       String contentType, byte[] content) {
        return client.post(API + "/" + reference + "/documents?kind=" + kind + "&name=" + name, contentType,
                HttpRequest.BodyPublishers.ofByteArray(content));
    }
}
