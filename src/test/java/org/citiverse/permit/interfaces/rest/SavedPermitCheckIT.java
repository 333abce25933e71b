package org.citiverse.permit.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Kept permit checks over the real server: a citizen keeps, lists, reads and deletes their own;
 * another citizen's are "not found"; no sign-in is 401; bad, oversized and repeated bodies are
 * answered sensibly; a check is a PDF with the same answer, kept or not.
 */
class SavedPermitCheckIT {

    private static final String BASE = TestServers.postgres();
    /** Vleutenseweg 1 (demo register): a parcel in the residential zone, whose rules are shipped. */
    private static final String RESIDENTIAL = "0344200000101355";
    private static final String SAVED = "/api/v1/permit-checks/saved";

    private final PortalClient owner = new PortalClient(BASE).signIn("citizen");
    private final PortalClient other = new PortalClient(BASE).signIn("resident");
    private final PortalClient anyone = new PortalClient(BASE);

    private static String fence(String location, String height) {
        return "{\"addressId\":\"" + RESIDENTIAL + "\",\"activity\":\"fence\",\"inputs\":{\"location\":\"" + location
                + "\",\"height\":" + height + ",\"myName\":\"Jan\"}}";
    }

    @Test
    void aCitizenKeepsReadsAndDeletesTheirOwnChecksOnlyAndTheSameCheckOnce() {
        HttpResponse<String> kept = owner.postJson(SAVED, fence("front", "1.5"), Map.of());
        assertEquals(201, kept.statusCode(), kept.body());
        JsonObject check = Json.object(kept.body());
        String id = check.getString("savedId");
        assertTrue(kept.headers().firstValue("Location").orElse("").endsWith(SAVED + "/" + id));
        assertEquals("PERMIT_REQUIRED", check.getJsonObject("result").getString("outcome"), "computed, not taken");
        assertEquals("F3", check.getJsonObject("result").getString("ruleId"));
        assertEquals(1, check.getJsonObject("result").getInt("ruleSetVersion"));
        assertFalse(check.getJsonObject("answers").containsKey("myName"), "only what the rules ask is kept");
        assertEquals("2024-01-01", check.getString("effectiveFrom"));

        HttpResponse<String> again = owner.postJson(SAVED, fence("front", "1.50"), Map.of());
        assertEquals(200, again.statusCode(), "the same check again: " + again.body());
        assertEquals(id, Json.object(again.body()).getString("savedId"));

        assertEquals(200, owner.get(SAVED + "/" + id).statusCode());
        assertTrue(owner.get(SAVED).body().contains(id));
        assertEquals(404, other.get(SAVED + "/" + id).statusCode(), "another's check is not found");
        assertFalse(other.get(SAVED).body().contains(id));
        assertEquals(404, other.send("DELETE", SAVED + "/" + id, null).statusCode());
        assertEquals(404, other.get(SAVED + "/" + id + "/pdf").statusCode());
        assertEquals(404, owner.get(SAVED + "/not-an-id").statusCode());

        HttpResponse<byte[]> pdf = owner.getBytes(SAVED + "/" + id + "/pdf?lang=nl");
        assertEquals(200, pdf.statusCode());
        assertTrue(text(pdf).contains("U hebt een vergunning nodig"), text(pdf));

        assertEquals(204, owner.send("DELETE", SAVED + "/" + id, null).statusCode());
        assertEquals(404, owner.get(SAVED + "/" + id).statusCode());
        assertEquals(404, owner.send("DELETE", SAVED + "/" + id, null).statusCode(), "deleted once");
    }

    @Test
    void noSignInNoCheckKeptAndBadBodiesAreRefused() {
        assertEquals(401, anyone.postJson(SAVED, fence("rear", "1"), Map.of()).statusCode());
        assertEquals(401, anyone.get(SAVED).statusCode());
        assertEquals(401, anyone.send("DELETE", SAVED + "/00000000-0000-0000-0000-000000000000", null).statusCode());
        assertEquals(403, new PortalClient(BASE).signIn("staff").postJson(SAVED, fence("rear", "1"), Map.of())
                .statusCode(), "staff keep no citizen checks");

        assertEquals(400, owner.postJson(SAVED, "not json", Map.of()).statusCode());
        assertEquals(400, owner.postJson(SAVED, "", Map.of()).statusCode());
        assertEquals(400, owner.postJson(SAVED, "[1,2]", Map.of()).statusCode());
        HttpResponse<String> noHeight = owner.postJson(SAVED, "{\"addressId\":\"" + RESIDENTIAL
                + "\",\"activity\":\"fence\",\"inputs\":{\"location\":\"rear\"}}", Map.of());
        assertEquals(400, noHeight.statusCode());
        assertTrue(noHeight.body().contains("inputs.height"), noHeight.body());
        assertEquals(400, owner.postJson(SAVED, fence("roof", "1"), Map.of()).statusCode(), "not a location");
        assertEquals(400, owner.postJson(SAVED, fence("rear", "-1"), Map.of()).statusCode());
        assertEquals(400, owner.postJson(SAVED, fence("rear", "5000"), Map.of()).statusCode(), "absurdly high");
        assertEquals(404, owner.postJson(SAVED, "{\"addressId\":\"9999999999999999\",\"activity\":\"fence\"}",
                Map.of()).statusCode(), "no parcel of that address");

        String large = "{\"addressId\":\"" + RESIDENTIAL + "\",\"activity\":\"fence\",\"inputs\":{\"note\":\""
                + "x".repeat(20_000) + "\"}}";
        assertEquals(413, owner.postJson(SAVED, large, Map.of()).statusCode());
        HttpResponse<String> chunked = owner.post(SAVED, "application/json", HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofString(large)));
        assertEquals(413, chunked.statusCode(), "without a Content-Length too");
    }

    @Test
    void aCheckNotKeptIsAPdfForAnyoneWithTheSameAnswer() throws IOException {
        HttpResponse<byte[]> pdf = anyone.getBytes("/api/v1/permit-checks/pdf?addressId=" + RESIDENTIAL
                + "&activity=fence&q.location=front&q.height=0.8&lang=en");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
        String text = text(pdf);
        assertTrue(text.contains("You do not need a permit"), text);
        assertTrue(text.contains("F2"), "the rule");
        assertTrue(text.contains("Vleutenseweg 1"), "the place");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertEquals("Permit check: Fence or garden wall", doc.getDocumentInformation().getTitle());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertFalse(doc.getDocumentCatalog().getStructureTreeRoot().getKids().isEmpty());
        }
        assertEquals(400, anyone.getBytes("/api/v1/permit-checks/pdf?addressId=" + RESIDENTIAL
                + "&activity=fence&q.location=front").statusCode(), "an answer missing");
        assertEquals(400, anyone.getBytes("/api/v1/permit-checks/pdf").statusCode(), "no place");
        HttpResponse<byte[]> undecided = anyone.getBytes("/api/v1/permit-checks/pdf?addressId=0344200000100014"
                + "&activity=outbuilding&lang=nl");
        assertTrue(text(undecided).contains("We kunnen dit niet online beslissen"),
                "no rules for outbuildings in the conservation zone: undecided");
    }

    private static String text(HttpResponse<byte[]> pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
