package org.citiverse.shared.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.citiverse.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access matrix (src/test/resources/access-matrix.csv) against the running server: every REST
 * operation the OpenAPI document lists and every Faces view in the WAR, called by an anonymous
 * visitor, a citizen, another citizen, staff, an admin and a device gateway, each signed in for
 * real (Keycloak sign-in or client-credentials token). An endpoint or page without a line in the
 * matrix fails the test, so nothing new ships without a declared rule.
 */
class AccessMatrixIT {

    private static final List<String> CALLERS = List.of("anonymous", "citizen", "other", "staff", "admin", "gateway");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static final Map<String, PortalClient> CLIENTS = new LinkedHashMap<>();
    private static final Map<String, String> FIXTURES = new LinkedHashMap<>();
    /** A registered device: device reports are signed, so only roles decide who may post them. */
    private static org.citiverse.testsupport.Devices.Device reporter;

    @BeforeAll
    static void signEveryoneIn() {
        String base = TestServers.postgres();
        CLIENTS.put("anonymous", new PortalClient(base));
        CLIENTS.put("citizen", new PortalClient(base).signIn("citizen"));
        CLIENTS.put("other", new PortalClient(base).signIn("resident"));
        CLIENTS.put("staff", new PortalClient(base).signIn("staff"));
        CLIENTS.put("admin", new PortalClient(base).signIn("admin"));
        CLIENTS.put("gateway", new PortalClient(base)
                .withBearer(Tokens.clientCredentials("citiverse", "citiverse-gateway", "demo-gateway-secret")));
        // Data the "citizen" owns and "other" does not.
        PortalClient owner = CLIENTS.get("citizen");
        String household = org.citiverse.testsupport.Households.create(owner, "Matrix home");
        FIXTURES.put("id", household);
        FIXTURES.put("householdId", household);
        FIXTURES.put("messageId", "matrix-" + UUID.randomUUID());
        FIXTURES.put("grantId", UUID.randomUUID().toString());
        FIXTURES.put("requestId", UUID.randomUUID().toString());
        FIXTURES.put("deviceId", "matrix-unregistered-device");
        FIXTURES.put("commandId", UUID.randomUUID().toString());
        FIXTURES.put("jmsMessageId", "ID-matrix-no-such-letter");
        // Open311 and service requests: a request the citizen filed (public: everyone signed in may read it).
        FIXTURES.put("format", "json");
        FIXTURES.put("code", "tree");
        FIXTURES.put("questionCode", "matrix_question");
        FIXTURES.put("token", UUID.randomUUID().toString());
        FIXTURES.put("position", "1");
        FIXTURES.put("filterId", UUID.randomUUID().toString());
        FIXTURES.put("ruleSetId", UUID.randomUUID().toString());
        FIXTURES.put("addressId", "0344200000100014"); // Oudegracht 12 in the demo register (V20)
        FIXTURES.put("parcelId", "UTR01-K-1056"); // the parcel of Oudegracht 12 in the demo city model (V23)
        HttpResponse<String> filed = owner.postJson("/api/v1/service-requests", "{\"category\":\"tree\","
                + "\"description\":\"Matrix branch on the path " + UUID.randomUUID() + "\",\"latitude\":52.0907,\"longitude\":5.1214}", Map.of());
        assertEquals(201, filed.statusCode(), filed.body());
        FIXTURES.put("serviceRequestId", String.valueOf(Json.object(filed.body()).getJsonNumber("id").longValue()));
        // A permit check the citizen kept (Vleutenseweg 1, residential): theirs to read and delete, not another's.
        HttpResponse<String> kept = owner.postJson("/api/v1/permit-checks/saved", "{\"addressId\":\"0344200000101355\","
                + "\"activity\":\"fence\",\"inputs\":{\"location\":\"rear\",\"height\":1.1}}", Map.of());
        assertEquals(true, kept.statusCode() == 201 || kept.statusCode() == 200, kept.body());
        FIXTURES.put("savedCheckId", Json.object(kept.body()).getString("savedId"));
        // A permit application the citizen started (a draft: staff do not see it yet).
        HttpResponse<String> applied = owner.postJson("/api/v1/permit-applications", org.citiverse.testsupport
                .PermitFixtures.frontFence(org.citiverse.testsupport.PermitFixtures.residentialAddress(owner), 1.5),
                Map.of());
        assertEquals(201, applied.statusCode(), applied.body());
        FIXTURES.put("reference", Json.object(applied.body()).getString("reference"));
        FIXTURES.put("documentId", UUID.randomUUID().toString());
        reporter = org.citiverse.testsupport.Devices.register(CLIENTS.get("staff"), "matrix", "door", null);
        // A twin of that household; gateways may report on it.
        PortalClient admin = CLIENTS.get("admin");
        HttpResponse<String> twin = admin.postJson("/api/v1/twins", "{\"type\":\"home\",\"name\":\"Matrix home\","
                + "\"owner\":\"household:" + household + "\",\"linkType\":\"L1\"}", Map.of());
        assertEquals(201, twin.statusCode(), twin.body());
        String twinId = Json.object(twin.body()).getString("id");
        FIXTURES.put("twinId", twinId);
        assertEquals(201, admin.postJson("/api/v1/twins/" + twinId + "/grants",
                "{\"principal\":\"role:device-gateway\",\"permission\":\"OPERATE\"}", Map.of()).statusCode());
    }

    @Test
    void everyEndpointAndPageHasADeclaredRule() throws IOException {
        TreeSet<String> undeclared = new TreeSet<>(discovered());
        undeclared.removeAll(matrix().keySet().stream().map(AccessMatrixIT::withoutQuery).toList());
        assertEquals(new TreeSet<>(), undeclared, "add these to src/test/resources/access-matrix.csv");
        TreeSet<String> stale = new TreeSet<>(matrix().keySet().stream().map(AccessMatrixIT::withoutQuery).toList());
        stale.removeAll(discovered());
        assertEquals(new TreeSet<>(), stale, "the matrix lists endpoints that no longer exist");
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> rule : matrix().entrySet()) {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                String expected = rule.getValue().get(i);
                String actual = outcome(call(CLIENTS.get(caller), rule.getKey()));
                checked++;
                if (!expected.equals(actual)) {
                    wrong.add(rule.getKey() + " as " + caller + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= CALLERS.size() * 20, "checked " + checked);
    }

    private static HttpResponse<String> call(PortalClient client, String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        String path = fill(parts[1]);
        return switch (parts[0]) {
            case "PAGE" -> client.get(path);
            case "GET" -> path.endsWith("/events") ? streamStatus(client, path) : client.get(path);
            case "POST" -> {
                String messageId = "matrix-" + UUID.randomUUID();
                yield client.postJson(path, "{\"matrix\":true}", Map.of("X-Message-Id", messageId, "X-Device-Id",
                        reporter.id(), "X-Signature", reporter.sign(messageId, "application/json", "{\"matrix\":true}")));
            }
            case "PUT" -> client.send("PUT", path, "{\"matrix\":true}");
            case "DELETE" -> client.send("DELETE", path, null);
            default -> throw new IllegalStateException("no way to call " + endpoint);
        };
    }

    /** An event stream never ends: its status is all the matrix needs. */
    private static HttpResponse<String> streamStatus(PortalClient client, String path) {
        try (org.citiverse.testsupport.EventStream stream = client.events(path)) {
            int status = stream.status();
            return new StatusOnly(status);
        }
    }

    private record StatusOnly(int statusCode) implements HttpResponse<String> {
        @Override public HttpRequest request() { return null; }
        @Override public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        @Override public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true); }
        @Override public String body() { return ""; }
        @Override public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        @Override public java.net.URI uri() { return null; }
        @Override public java.net.http.HttpClient.Version version() { return java.net.http.HttpClient.Version.HTTP_1_1; }
    }

    private static String outcome(HttpResponse<String> response) {
        if (response.statusCode() == 302
                && PortalClient.location(response).startsWith(Tokens.keycloak())) {
            return "sign-in";
        }
        return Integer.toString(response.statusCode());
    }

    private static String fill(String path) {
        Matcher m = PATH_PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, FIXTURES.get(m.group(1)));
        }
        return m.appendTail(filled).toString();
    }

    /** Every REST operation in the OpenAPI document and every Faces view in the application. */
    private static TreeSet<String> discovered() throws IOException {
        TreeSet<String> found = new TreeSet<>();
        JsonObject openApi = Json.object(CLIENTS.get("anonymous")
                .get("/openapi", Map.of("Accept", "application/json")).body());
        openApi.getJsonObject("paths").forEach((path, operations) -> ((JsonObject) operations).keySet().stream()
                .filter(method -> List.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> found.add(method.toUpperCase() + " " + apiPath(path))));
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("/WEB-INF/") && !f.startsWith("/resources/"))
                    .forEach(f -> found.add("PAGE " + f));
        }
        return found;
    }

    private static String apiPath(String path) {
        return path.startsWith("/api/") ? path : "/api" + path;
    }

    private static String withoutQuery(String endpoint) {
        int query = endpoint.indexOf('?');
        return query < 0 ? endpoint : endpoint.substring(0, query);
    }

    private static Map<String, List<String>> matrix() throws IOException {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream("/access-matrix.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("endpoint"))
                    .forEach(line -> {
                        String[] cells = line.split(",");
                        List<String> outcomes = Stream.of(cells).skip(1).map(String::strip).toList();
                        assertEquals(CALLERS.size(), outcomes.size(), line);
                        rules.put(cells[0].strip(), outcomes);
                    });
        }
        return rules;
    }
}
