package org.citiverse.permit.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The administration pages of permit rules over HTTP, as a browser sends their forms (multipart with
 * files): a refused upload lists each problem of the model with its line, linked from the error
 * summary; a good one becomes a draft whose table and test cases are shown; its tests are run and
 * it is activated once its date is confirmed. Oversized files and other roles are refused.
 */
class PermitAdministrationPagesIT {

    private static final String BASE = TestServers.postgres();
    private static final String RULES = "/admin/permit-rules.xhtml";
    private static final String FENCE = resource("fence-residential.dmn");
    private static final String FENCE_CASES = resource("fence-residential.tests.json");
    private final PortalClient admin = new PortalClient(BASE).signIn("admin");

    @Test
    void aBrokenModelIsRefusedWithItsLinesAndAGoodOneIsTestedAndActivated() {
        String activity = "it-page-" + UUID.randomUUID().toString().substring(0, 8);
        String shortRule = FENCE.replace("<inputEntry id=\"F2_in2\"><text>(0..1]</text></inputEntry>", "");
        HttpResponse<String> refused = upload("", "residential", "2025-01-01", shortRule, FENCE_CASES);
        assertEquals(200, refused.statusCode());
        String page = refused.body();
        assertTrue(page.contains("<title>Error: "), "the title says so");
        assertTrue(page.contains("href=\"#newActivity\""), "the missing activity is linked from the summary");
        assertTrue(page.contains("href=\"#dmnProblem-1\""), "each problem of the model is linked from the summary");
        Matcher problem = Pattern.compile("<li id=\"dmnProblem-1\" tabindex=\"-1\">Line (\\d+): ([^<]+)</li>").matcher(page);
        assertTrue(problem.find(), page);
        assertTrue(problem.group(2).contains("input entries"), problem.group(2));
        int line = Integer.parseInt(problem.group(1));
        assertTrue(shortRule.split("\n")[line - 1].contains("F2"), "line " + line + " is the short rule's");

        HttpResponse<String> uploaded = upload(activity, "residential", "2025-01-01", FENCE, FENCE_CASES);
        assertEquals(302, uploaded.statusCode(), uploaded.body());
        String location = PortalClient.location(uploaded);
        assertTrue(location.contains("/admin/permit-rule-set.xhtml?id="), location);
        String draft = admin.follow(uploaded).body();
        assertTrue(draft.contains("id=\"decision-table\""), draft);
        assertTrue(draft.contains("&gt; 3"), "the table shows the rules as written");
        assertTrue(draft.contains("low fence in front"), "and the test cases");

        String tested = admin.submit(draft, "tests", "Run the test cases", Map.of()).body();
        assertTrue(tested.contains("test cases pass"), tested);
        assertFalse(tested.contains(">Fails<"), tested);

        String unconfirmed = admin.submit(tested, "activation", "Activate these rules", Map.of()).body();
        assertTrue(unconfirmed.contains("href=\"#confirmDate\""), "the date must be confirmed");
        HttpResponse<String> activated = admin.submit(unconfirmed, "activation", "Activate these rules",
                Map.of("confirmDate", "true"));
        assertEquals(302, activated.statusCode(), activated.body());
        assertTrue(admin.follow(activated).body().contains("<dd id=\"status\">Active</dd>"));
        String id = location.replaceAll(".*[?&]id=([^&]+).*", "$1");
        JsonObject stored = Json.object(admin.get("/api/v1/permit-rule-sets/" + id).body());
        assertEquals("ACTIVE", stored.getString("status"));
        assertEquals(activity, stored.getString("activity"));
    }

    @Test
    void filesLargerThanTheLimitAreRefusedOnTheirField() {
        String huge = FENCE + "<!--" + "x".repeat(2 * 1024 * 1024) + "-->";
        String page = upload("it-huge", "residential", "2025-01-01", huge, FENCE_CASES).body();
        assertTrue(page.contains("href=\"#dmnFile\""), page);
        assertTrue(page.contains("The file is larger than 2 MB"), page);
    }

    @Test
    void onlyAdministratorsSeeThePages() {
        PortalClient staff = new PortalClient(BASE).signIn("staff");
        assertEquals(403, staff.get(RULES).statusCode());
        assertEquals(403, staff.get("/admin/permit-city-model.xhtml").statusCode());
        assertEquals(200, staff.get("/staff/permit-statistics.xhtml").statusCode());
        assertEquals(404, admin.get("/admin/permit-rule-set.xhtml?id=not-a-rule-set").statusCode());
    }

    /** Sends the upload form of the rules page as a browser does: multipart, with both files. */
    private HttpResponse<String> upload(String activity, String zoneType, String date, String dmn, String cases) {
        String page = admin.get(RULES).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("upload_SUBMIT", "1");
        fields.put("jakarta.faces.ViewState", PortalClient.viewState(page));
        fields.put("newActivity", activity);
        fields.put("newZoneType", zoneType);
        fields.put("effectiveFrom", date);
        fields.put("uploadButton", "Upload as a draft");
        String boundary = "----it" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> part(body, boundary, "name=\"" + name + "\"", null, value));
        part(body, boundary, "name=\"dmnFile\"; filename=\"rules.dmn\"", "application/xml", dmn);
        part(body, boundary, "name=\"testCasesFile\"; filename=\"tests.json\"", "application/json", cases);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Matcher action = Pattern.compile("<form id=\"upload\"[^>]*action=\"([^\"]+)\"").matcher(page);
        assertTrue(action.find(), "the upload form");
        return admin.post(action.group(1).replace("&amp;", "&"), "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String type, String value) {
        StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        head.append("\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        try (InputStream in = PermitAdministrationPagesIT.class.getResourceAsStream("/org/citiverse/permit/rules/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
