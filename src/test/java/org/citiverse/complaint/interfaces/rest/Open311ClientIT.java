package org.citiverse.complaint.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.citiverse.testsupport.Eventually;
import org.citiverse.testsupport.Json;
import org.citiverse.testsupport.PortalClient;
import org.citiverse.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The city's Open311 endpoint as a third-party client sees it. Written from the published Open311
 * GeoReport v2 specification (with its Service Discovery document and the public JSON schemas) and
 * FixMyStreet's service request updates extension — not from the server's code: it discovers the
 * endpoint, reads the services and their definitions, files requests the way a citizen's app would
 * (answering whatever attributes a definition asks for), follows them up, and checks that every
 * answer, errors included, has the fields, types and formats the specification gives, in JSON and
 * in XML alike. The only things it knows beyond the specification are the endpoint's address, how
 * an administrator issues an API key, the demo city's whereabouts and the seeded service codes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311ClientIT {

    private static final String ENDPOINT = TestServers.postgres() + "/open311/v2/";
    private static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** A point inside the demo city, and an address there. */
    private static final double LAT = 52.0907;
    private static final double LONG = 5.1214;
    private static final String ADDRESS = "Domplein 29, 3512 JE Utrecht";
    private static final Set<String> SEEDED = Set.of("pothole", "streetlight", "graffiti", "waste", "noise");
    private static final Set<String> DATATYPES = Set.of("string", "number", "datetime", "text", "singlevaluelist",
            "multivaluelist");
    private static final Set<String> SERVICE_TYPES = Set.of("realtime", "batch", "blackbox");
    /** The request fields GET requests and GET request return; compared between the two formats. */
    private static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes",
            "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat",
            "long", "media_url");
    private static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description",
            "metadata", "type", "keywords", "group");
    /** The W3C profile of ISO 8601 the specification asks for, with the time zone required. */
    private static final Pattern W3C_DATETIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(15);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String apiKey;
    /** services.json, by service_code. */
    private final Map<String, JsonObject> services = new LinkedHashMap<>();

    @BeforeAll
    void issueAnApiKeyAndReadTheServices() {
        PortalClient admin = new PortalClient(TestServers.postgres()).signIn("admin");
        HttpResponse<String> created = admin.postJson("/api/v1/open311/keys",
                "{\"name\":\"Spec client " + UUID.randomUUID().toString().substring(0, 8) + "\"}", Map.of());
        assertEquals(201, created.statusCode(), "issuing an API key: " + created.body());
        apiKey = Json.object(created.body()).getString("key");
        assertFalse(apiKey.isBlank(), "the issued key");
        for (JsonValue service : okJsonArray(get("services.json"))) {
            services.put(service.asJsonObject().getString("service_code"), service.asJsonObject());
        }
    }

    // ---------------------------------------------------------------- discovery and services

    @Test
    void discoveryListsThisGeoReportV2EndpointWithItsFormats() {
        JsonObject discovery = okJsonObject(get("discovery.json"));
        for (String field : List.of("changeset", "contact", "key_service")) {
            assertNonBlankString(discovery, field, "discovery");
        }
        JsonArray endpoints = discovery.getJsonArray("endpoints");
        assertNotNull(endpoints, "discovery lists its endpoints: " + discovery);
        JsonObject ours = null;
        for (JsonValue value : endpoints) {
            JsonObject endpoint = value.asJsonObject();
            for (String field : List.of("specification", "url", "changeset", "type")) {
                assertNonBlankString(endpoint, field, "endpoint");
            }
            assertTrue(Set.of("production", "test").contains(endpoint.getString("type")), endpoint.toString());
            JsonArray formats = endpoint.getJsonArray("formats");
            assertTrue(formats != null && !formats.isEmpty(), "an endpoint names its formats: " + endpoint);
            formats.forEach(f -> assertEquals(ValueType.STRING, f.getValueType(), "a format is a MIME type: " + f));
            if (SPECIFICATION.equals(stripSlash(endpoint.getString("specification")))
                    && URI.create(endpoint.getString("url")).getPath().replaceAll("/+$", "").endsWith("/open311/v2")) {
                ours = endpoint;
            }
        }
        assertNotNull(ours, "discovery lists the GeoReport v2 endpoint at /open311/v2: " + discovery);
        Set<String> formats = ours.getJsonArray("formats").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toSet());
        assertTrue(formats.contains("text/xml"), "XML is required: " + formats);
        assertTrue(formats.contains("application/json"), "JSON is offered: " + formats);

        Element xml = okXml(get("discovery.xml"), "discovery");
        assertEquals(discovery.getString("changeset"), childText(xml, "changeset"));
        assertEquals(discovery.getString("contact"), childText(xml, "contact"));
        assertEquals(discovery.getString("key_service"), childText(xml, "key_service"));
        List<Element> xmlEndpoints = children(single(xml, "endpoints"), "endpoint");
        assertEquals(endpoints.size(), xmlEndpoints.size(), "the same endpoints in XML");
        Set<String> xmlUrls = new HashSet<>();
        for (Element endpoint : xmlEndpoints) {
            xmlUrls.add(childText(endpoint, "url"));
            assertFalse(children(single(endpoint, "formats"), "format").isEmpty(), "formats/format in XML");
        }
        assertTrue(xmlUrls.contains(ours.getString("url")), xmlUrls.toString());
    }

    @Test
    void theServiceListHasTheRequiredFieldsAndTheSameServicesInBothFormats() {
        assertTrue(services.keySet().containsAll(SEEDED), "the seeded services: " + services.keySet());
        services.values().forEach(Open311ClientIT::assertService);
        assertTrue(services.values().stream().anyMatch(s -> s.getBoolean("metadata")),
                "at least one service asks for more than the standard fields");

        List<Element> xml = children(okXml(get("services.xml"), "services"), "service");
        assertEquals(services.size(), xml.size(), "as many services in XML as in JSON");
        for (Element service : xml) {
            String code = childText(service, "service_code");
            JsonObject json = services.get(code);
            assertNotNull(json, "XML lists " + code + " which JSON does not");
            assertSameFields(SERVICE_FIELDS, jsonFields(json), xmlFields(service), "service " + code);
        }

        // A parameter passed empty counts as not passed at all (the specification's "optional").
        Set<String> again = okJsonArray(get("services.json", "jurisdiction_id", "")).stream()
                .map(s -> s.asJsonObject().getString("service_code")).collect(Collectors.toSet());
        assertEquals(services.keySet(), again, "an empty jurisdiction_id is no jurisdiction_id");
    }

    @Test
    void everyServiceDefinitionIsWellFormedAndTheSameInBothFormats() {
        for (JsonObject service : services.values()) {
            if (!service.getBoolean("metadata")) {
                continue;
            }
            String code = service.getString("service_code");
            JsonObject definition = definition(code);
            assertEquals(code, definition.getString("service_code"), "the definition of " + code);
            JsonArray attributes = definition.getJsonArray("attributes");
            assertNotNull(attributes, "a definition has attributes: " + definition);
            assertFalse(attributes.isEmpty(), "metadata=true promises attributes for " + code);
            Set<String> codes = new HashSet<>();
            Set<Integer> orders = new HashSet<>();
            for (JsonValue value : attributes) {
                JsonObject attribute = value.asJsonObject();
                assertAttribute(attribute);
                assertTrue(codes.add(attribute.getString("code")), "attribute codes are unique in " + code);
                if (isPresent(attribute, "order")) {
                    assertTrue(orders.add(attribute.getInt("order")), "attribute orders are unique in " + code);
                }
            }

            Element xml = okXml(get("services/" + enc(code) + ".xml"), "service_definition");
            assertEquals(code, childText(xml, "service_code"));
            List<Element> xmlAttributes = children(single(xml, "attributes"), "attribute");
            assertEquals(attributes.size(), xmlAttributes.size(), "as many attributes in XML for " + code);
            for (int i = 0; i < attributes.size(); i++) {
                JsonObject json = attributes.getJsonObject(i);
                Element element = xmlAttributes.get(i);
                assertSameFields(List.of("variable", "code", "datatype", "required", "datatype_description", "order",
                        "description"), jsonFields(json), xmlFields(element), "attribute " + json.getString("code"));
                List<String> jsonKeys = isPresent(json, "values") ? json.getJsonArray("values").stream()
                        .map(v -> text(v.asJsonObject().get("key"))).toList() : List.of();
                Element xmlValues = optional(element, "values");
                List<String> xmlKeys = xmlValues == null ? List.of()
                        : children(xmlValues, "value").stream().map(v -> childText(v, "key")).toList();
                assertEquals(jsonKeys, xmlKeys, "the same values in XML for " + json.getString("code"));
            }
        }
    }

    // ---------------------------------------------------------------- filing and following requests

    @Test
    void aRequestFiledWithCoordinatesCanBeFollowedUp() {
        String code = reportable("pothole");
        String description = "Deep pothole by the kerb, spec client " + UUID.randomUUID();
        Form form = standardFields(code, description).add("lat", LAT).add("long", LONG)
                .add("media_url", "https://photos.example.org/pothole.jpg")
                .add("device_id", "spec-device-1").add("account_id", "spec-account-1");
        answerAttributes(form, definition(code), false, null);
        JsonObject posted = postRequest(form, "json");
        String id = idOf(posted, code);

        JsonObject request = request(id);
        assertEquals(id, text(request.get("service_request_id")));
        assertEquals("open", request.getString("status"), "a new request is open: " + request);
        assertEquals(code, request.getString("service_code"));
        assertEquals(services.get(code).getString("service_name"), request.getString("service_name"));
        assertEquals(description, request.getString("description"));
        assertRecent(datetime(request, "requested_datetime"));
        assertTrue(isPresent(request, "lat") && isPresent(request, "long"), "lat and long echoed: " + request);
        assertEquals(LAT, request.getJsonNumber("lat").doubleValue(), 1e-6, "lat echoed");
        assertEquals(LONG, request.getJsonNumber("long").doubleValue(), 1e-6, "long echoed");
        assertEquals("https://photos.example.org/pothole.jpg", text(request.get("media_url")), "media_url echoed");
        assertFalse(request.toString().contains("spec.client@example.org"), "the reporter's e-mail is not public");
        assertFalse(request.toString().contains("+31 30 123 4567"), "the reporter's phone is not public");
    }

    @Test
    void aRequestFiledWithAnAddressCanBeFollowedUp() {
        String code = reportable("graffiti");
        String description = "Tags on the wall, spec client " + UUID.randomUUID();
        Form form = standardFields(code, description).add("address_string", ADDRESS);
        answerAttributes(form, definition(code), true, null);
        String id = idOf(postRequest(form, "json"), code);

        JsonObject request = request(id);
        assertEquals("open", request.getString("status"));
        assertEquals(code, request.getString("service_code"));
        assertEquals(description, request.getString("description"));
        assertRecent(datetime(request, "requested_datetime"));
        String address = text(request.get("address"));
        assertNotNull(address, "the address of a request filed by address: " + request);
        assertTrue(address.toLowerCase().contains("domplein"), "the address given is kept: " + address);
    }

    @Test
    void theSameRequestReadsTheSameInXmlAndJson() {
        String code = reportable("streetlight");
        Form form = standardFields(code, "Lamp flickers all night, spec client").add("lat", LAT + 0.001)
                .add("long", LONG - 0.001);
        answerAttributes(form, definition(code), false, null);
        Element posted = single(okXml(post("requests.xml", form), "service_requests"), "request");
        String id = childText(posted, "service_request_id");
        String token = childText(posted, "token");
        assertTrue(id != null || token != null, "an id or a token comes back in XML");
        if (id == null) {
            id = resolveToken(token);
        }

        JsonObject json = request(id);
        Element xml = single(okXml(get("requests/" + enc(id) + ".xml"), "service_requests"), "request");
        assertSameFields(REQUEST_FIELDS, jsonFields(json), xmlFields(xml), "request " + id);
        assertTrue(W3C_DATETIME.matcher(childText(xml, "requested_datetime")).matches(),
                "XML dates carry their offset too");

        Element listed = single(okXml(get("requests.xml", "service_request_id", id), "service_requests"), "request");
        assertSameFields(REQUEST_FIELDS, jsonFields(json), xmlFields(listed), "request " + id + " in the list");
    }

    @Test
    void aTokenLeadsToTheRequest() {
        String code = services.values().stream().filter(s -> "batch".equals(s.getString("type")))
                .map(s -> s.getString("service_code")).findFirst().orElse(reportable("waste"));
        Form form = standardFields(code, "Bags left on the pavement, spec client").add("lat", LAT)
                .add("long", LONG + 0.001);
        answerAttributes(form, definition(code), true, null);
        JsonObject posted = postRequest(form, "json");
        String token = text(posted.get("token"));
        if (token == null) {
            // A realtime service answers with the id at once and needs no token (nor should give one).
            assertEquals("realtime", services.get(code).getString("type"), "only realtime answers without token");
        } else {
            String id = resolveToken(token);
            Element xml = single(okXml(get("tokens/" + enc(token) + ".xml"), "service_requests"), "request");
            assertEquals(token, childText(xml, "token"), "the token is echoed in XML");
            assertEquals(id, childText(xml, "service_request_id"), "the same id in XML");
            assertEquals(code, request(id).getString("service_code"));
        }
        assertErrors(404, format -> get("tokens/no-such-token-" + UUID.randomUUID() + "." + format));
    }

    @Test
    void requestsCanBeListedByIdServiceStatusAndDate() {
        String pothole = reportable("pothole");
        String graffiti = reportable("graffiti");
        String first = file(pothole, "Listing by id, first");
        String second = file(graffiti, "Listing by id, second");

        // A list of ids overrides every other argument.
        JsonArray byId = okJsonArray(get("requests.json", "service_request_id", first + "," + second,
                "status", "closed", "service_code", "no-such-service", "start_date", "2001-01-01T00:00:00Z",
                "end_date", "2001-01-02T00:00:00Z"));
        assertEquals(Set.of(first, second), ids(byId), "exactly the requests asked for: " + byId);
        byId.forEach(r -> assertRequest(r.asJsonObject()));

        JsonArray openPotholes = okJsonArray(get("requests.json", "service_code", pothole, "status", "open"));
        assertTrue(ids(openPotholes).contains(first), "the new pothole is an open pothole");
        assertFalse(ids(openPotholes).contains(second), "graffiti is not a pothole");
        openPotholes.forEach(r -> {
            assertEquals(pothole, r.asJsonObject().getString("service_code"));
            assertEquals("open", r.asJsonObject().getString("status"));
        });

        JsonArray both = okJsonArray(get("requests.json", "service_code", pothole + "," + graffiti,
                "status", "open,closed"));
        assertTrue(ids(both).containsAll(Set.of(first, second)), "comma-separated codes and statuses");
        both.forEach(r -> assertTrue(Set.of(pothole, graffiti).contains(r.asJsonObject().getString("service_code"))));

        JsonArray closed = okJsonArray(get("requests.json", "status", "closed"));
        assertFalse(ids(closed).contains(first), "a new request is not closed");
        closed.forEach(r -> assertEquals("closed", r.asJsonObject().getString("status")));

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        JsonArray around = okJsonArray(get("requests.json", "start_date", w3c(now.minusHours(1)),
                "end_date", w3c(now.plusHours(1))));
        assertTrue(ids(around).containsAll(Set.of(first, second)), "a window with a +01:00 offset finds them");
        around.forEach(r -> {
            OffsetDateTime at = datetime(r.asJsonObject(), "requested_datetime");
            assertFalse(at.isBefore(now.minusHours(1)) || at.isAfter(now.plusHours(1)), "inside the window: " + r);
        });

        JsonArray past = okJsonArray(get("requests.json", "start_date", "2001-01-01T00:00:00Z",
                "end_date", "2001-02-01T00:00:00+01:00"));
        assertTrue(past.isEmpty(), "nothing was reported in 2001: " + past);
        assertTrue(children(okXml(get("requests.xml", "start_date", "2001-01-01T00:00:00Z",
                "end_date", "2001-02-01T00:00:00Z"), "service_requests"), "request").isEmpty(), "empty in XML too");
    }

    @Test
    void listingWithoutArgumentsKeepsToTheDefaultWindowAndLimit() {
        String id = file(reportable("noise"), "Default window");
        JsonArray all = okJsonArray(get("requests.json"));
        assertTrue(all.size() <= 1000, "at most 1000 requests by default: " + all.size());
        OffsetDateTime since = OffsetDateTime.now().minusDays(90).minus(CLOCK_SLACK);
        for (JsonValue value : all) {
            JsonObject request = value.asJsonObject();
            assertRequest(request);
            assertFalse(datetime(request, "requested_datetime").isBefore(since), "within the last 90 days: " + request);
        }
        if (all.size() < 1000) {
            assertTrue(ids(all).contains(id), "a request of today is in the default list");
        }
    }

    @Test
    void listsCanBePaged() {
        file(reportable("pothole"), "Paging, first");
        file(reportable("noise"), "Paging, second");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1).truncatedTo(ChronoUnit.SECONDS);
        String start = w3c(now.minusDays(30));
        String end = w3c(now);
        JsonArray page1 = okJsonArray(get("requests.json", "start_date", start, "end_date", end,
                "page_size", "1", "page", "1"));
        JsonArray page2 = okJsonArray(get("requests.json", "start_date", start, "end_date", end,
                "page_size", "1", "page", "2"));
        assertEquals(1, page1.size(), "page_size=1: " + page1);
        assertEquals(1, page2.size(), "page_size=1: " + page2);
        assertNotEquals(ids(page1), ids(page2), "the second page goes on from the first");
        JsonArray firstTwo = okJsonArray(get("requests.json", "start_date", start, "end_date", end,
                "page_size", "2", "page", "1"));
        assertEquals(List.of(text(page1.getJsonObject(0).get("service_request_id")),
                        text(page2.getJsonObject(0).get("service_request_id"))),
                firstTwo.stream().map(r -> text(r.asJsonObject().get("service_request_id"))).toList(),
                "pages of one make up a page of two, in the same order");
    }

    // ---------------------------------------------------------------- service request updates (FixMyStreet)

    @Test
    void serviceRequestUpdatesAreListedWithTheirFields() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1).truncatedTo(ChronoUnit.SECONDS);
        String start = w3c(now.minusDays(7));
        String end = w3c(now);
        JsonArray updates = okJsonArray(get("servicerequestupdates.json", "api_key", apiKey,
                "start_date", start, "end_date", end));
        Set<String> jsonIds = new HashSet<>();
        for (JsonValue value : updates) {
            JsonObject update = value.asJsonObject();
            assertNotNull(text(update.get("update_id")), "update_id: " + update);
            assertNotNull(text(update.get("service_request_id")), "service_request_id: " + update);
            assertNonBlankString(update, "status", "update");
            OffsetDateTime at = datetime(update, "updated_datetime");
            assertFalse(at.isBefore(now.minusDays(7)) || at.isAfter(now), "inside the window: " + update);
            assertStringOrNull(update, "description");
            assertStringOrNull(update, "media_url");
            jsonIds.add(text(update.get("update_id")));
        }
        Element xml = okXml(get("servicerequestupdates.xml", "api_key", apiKey, "start_date", start, "end_date", end),
                "service_request_updates");
        Set<String> xmlIds = new HashSet<>();
        for (Element update : children(xml, "request_update")) {
            xmlIds.add(childText(update, "update_id"));
            assertTrue(W3C_DATETIME.matcher(childText(update, "updated_datetime")).matches(), "updated_datetime");
        }
        assertEquals(jsonIds, xmlIds, "the same updates in both formats");
        assertTrue(okJsonArray(get("servicerequestupdates.json", "start_date", "2001-01-01T00:00:00Z",
                "end_date", "2001-01-02T00:00:00Z")).isEmpty(), "no updates in 2001, and no key needed to read");
    }

    @Test
    void aClientCanPostAnUpdateToItsRequest() {
        String id = file(reportable("pothole"), "Update target");
        Form update = new Form().add("api_key", apiKey).add("service_request_id", id)
                .add("update_id", "spec-" + UUID.randomUUID())
                .add("updated_datetime", w3c(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)))
                .add("status", "OPEN").add("description", "It has got deeper since.")
                .add("first_name", "Spec").add("last_name", "Client").add("email", "spec.client@example.org");
        JsonArray answer = okJsonArray(post("servicerequestupdates.json", update));
        assertEquals(1, answer.size(), "one update posted: " + answer);
        assertNotNull(text(answer.getJsonObject(0).get("update_id")), "the server's update_id: " + answer);
        assertEquals("open", request(id).getString("status"), "an OPEN update leaves the request open");

        assertErrors(403, format -> post("servicerequestupdates." + format, update.without("api_key")));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void anApiKeyIsNeededToFileARequest() {
        String code = reportable("pothole");
        Form form = standardFields(code, "Refused without a key").add("lat", LAT).add("long", LONG);
        answerAttributes(form, definition(code), true, null);
        assertErrors(403, format -> post("requests." + format, form.without("api_key")));
        assertErrors(403, format -> post("requests." + format, form.without("api_key")
                .add("api_key", "not-a-key-" + UUID.randomUUID())));
        assertErrors(403, format -> post("requests." + format, form.without("api_key").add("api_key", "")));
    }

    @Test
    void unknownThingsAreNotFound() {
        assertErrors(404, format -> get("services/no-such-service." + format));
        assertErrors(404, format -> get("requests/" + UUID.randomUUID() + "." + format));
        assertErrors(404, format -> get("requests/999999999." + format));
        assertErrors(404, format -> get("services." + format, "jurisdiction_id", "nowhere.example"));
        assertErrors(404, format -> get("requests." + format, "jurisdiction_id", "nowhere.example"));
    }

    @Test
    void badRequestsAreRefusedWithReasons() {
        String code = reportable("pothole");
        JsonObject definition = definition(code);
        Function<Form, Form> complete = form -> answerAttributes(form, definition, true, null);

        assertErrors(400, format -> post("requests." + format, complete.apply(standardFields("no-such-service", "x")
                .add("lat", LAT).add("long", LONG))));
        assertErrors(400, format -> post("requests." + format, complete.apply(standardFields(code, "x")
                .without("service_code").add("lat", LAT).add("long", LONG))));
        assertErrors(400, format -> post("requests." + format, complete.apply(standardFields(code, "nowhere"))));
        assertErrors(400, format -> post("requests." + format, complete.apply(standardFields(code, "x")
                .add("lat", "north").add("long", "east"))));
        assertErrors(400, format -> post("requests." + format, complete.apply(standardFields(code, "x")
                .add("lat", 95).add("long", LONG))));
        assertErrors(400, format -> post("requests." + format, complete.apply(standardFields(code, "x")
                .add("lat", LAT).add("long", 200))));
        assertErrors(400, format -> post("requests." + format, complete.apply(standardFields(code, "half a place")
                .add("lat", LAT))));
        assertErrors(400, format -> post("requests." + format, complete.apply(standardFields(code, "Paris")
                .add("lat", 48.8566).add("long", 2.3522))));
    }

    @Test
    void aMissingRequiredAttributeIsRefused() {
        String code = null;
        String attribute = null;
        for (JsonObject service : services.values()) {
            if (service.getBoolean("metadata") && !"blackbox".equals(service.getString("type"))) {
                for (JsonValue value : definition(service.getString("service_code")).getJsonArray("attributes")) {
                    JsonObject candidate = value.asJsonObject();
                    if (candidate.getBoolean("variable") && candidate.getBoolean("required")) {
                        code = service.getString("service_code");
                        attribute = candidate.getString("code");
                        break;
                    }
                }
            }
            if (code != null) {
                break;
            }
        }
        assertNotNull(code, "some service has a required attribute to leave out");
        String service = code;
        String missing = attribute;
        JsonObject definition = definition(service);
        assertErrors(400, format -> post("requests." + format, answerAttributes(standardFields(service,
                "Without " + missing).add("lat", LAT).add("long", LONG), definition, false, missing)));
        assertNotNull(idOf(postRequest(answerAttributes(standardFields(service, "With " + missing).add("lat", LAT)
                .add("long", LONG), definition, true, null), "json"), service), "with it the request goes through");
    }

    // ---------------------------------------------------------------- the client's own helpers

    /** The standard fields of a request from this client, before location and attributes. */
    private Form standardFields(String serviceCode, String description) {
        return new Form().add("api_key", apiKey).add("service_code", serviceCode).add("description", description)
                .add("first_name", "Spec").add("last_name", "Client").add("email", "spec.client@example.org")
                .add("phone", "+31 30 123 4567");
    }

    /** Files a simple request at the demo point and returns its id. */
    private String file(String code, String description) {
        Form form = standardFields(code, description + ", spec client").add("lat", LAT).add("long", LONG);
        answerAttributes(form, definition(code), true, null);
        return idOf(postRequest(form, "json"), code);
    }

    /** POSTs a request and returns the one entry of the answer, checked as the specification describes it. */
    private JsonObject postRequest(Form form, String format) {
        JsonArray answer = okJsonArray(post("requests." + format, form));
        assertEquals(1, answer.size(), "one request filed, one answer: " + answer);
        JsonObject posted = answer.getJsonObject(0);
        assertStringOrNull(posted, "service_notice");
        if (isPresent(posted, "account_id")) {
            assertNotNull(text(posted.get("account_id")), "account_id");
        }
        return posted;
    }

    /** The request id from a POST answer, following the token when that is what came back. */
    private String idOf(JsonObject posted, String code) {
        String id = text(posted.get("service_request_id"));
        String token = text(posted.get("token"));
        String type = services.get(code).getString("type");
        if ("realtime".equals(type)) {
            assertNotNull(id, "a realtime service answers with the id: " + posted);
            assertNull(token, "an id comes without a token: " + posted);
        } else if ("batch".equals(type)) {
            assertNotNull(token, "a batch service answers with a token: " + posted);
        }
        return id != null ? id : resolveToken(token);
    }

    /** Asks tokens/{token} until it names the request's id (a batch server may take a moment). */
    private String resolveToken(String token) {
        return Eventually.await(Duration.ofSeconds(30), "the id of token " + token, () -> {
            HttpResponse<String> response = get("tokens/" + enc(token) + ".json");
            if (response.statusCode() != 200) {
                return null;
            }
            JsonArray answer = jsonArray(response);
            assertEquals(1, answer.size(), "one request for a token: " + answer);
            assertEquals(token, text(answer.getJsonObject(0).get("token")), "the token is echoed");
            return text(answer.getJsonObject(0).get("service_request_id"));
        });
    }

    /** GET requests/{id}.json: a list of exactly that request, well formed. */
    private JsonObject request(String id) {
        JsonArray answer = okJsonArray(get("requests/" + enc(id) + ".json"));
        assertEquals(1, answer.size(), "one request by id: " + answer);
        JsonObject request = answer.getJsonObject(0);
        assertRequest(request);
        assertEquals(id, text(request.get("service_request_id")));
        return request;
    }

    /** GET services/{code}.json, or an empty definition for a service without metadata. */
    private JsonObject definition(String code) {
        if (!services.get(code).getBoolean("metadata")) {
            return jakarta.json.Json.createObjectBuilder().add("service_code", code)
                    .add("attributes", JsonValue.EMPTY_JSON_ARRAY).build();
        }
        return okJsonObject(get("services/" + enc(code) + ".json"));
    }

    /**
     * Answers a definition's attributes as a client's form would: every attribute that takes input, or only
     * the required ones, each with a value of its datatype (the first keys of a list); {@code leaveOut} is not
     * answered at all.
     */
    private static Form answerAttributes(Form form, JsonObject definition, boolean requiredOnly, String leaveOut) {
        for (JsonValue value : definition.getJsonArray("attributes")) {
            JsonObject attribute = value.asJsonObject();
            String code = attribute.getString("code");
            if (!attribute.getBoolean("variable") || code.equals(leaveOut)
                    || requiredOnly && !attribute.getBoolean("required")) {
                continue;
            }
            String name = "attribute[" + code + "]";
            switch (attribute.getString("datatype")) {
                case "number" -> form.add(name, "2");
                case "datetime" -> form.add(name, w3c(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)
                        .truncatedTo(ChronoUnit.SECONDS)));
                case "text" -> form.add(name, "Seen this morning.\nStill there tonight.");
                case "singlevaluelist" -> form.add(name, text(attribute.getJsonArray("values").getJsonObject(0)
                        .get("key")));
                case "multivaluelist" -> attribute.getJsonArray("values").stream().limit(2)
                        .forEach(v -> form.add(name + "[]", text(v.asJsonObject().get("key"))));
                default -> form.add(name, "Spec client answer");
            }
        }
        return form;
    }

    /** The preferred service when one can file it and follow it up, otherwise another that can. */
    private String reportable(String preferred) {
        JsonObject service = services.get(preferred);
        if (service != null && !"blackbox".equals(service.getString("type"))) {
            return preferred;
        }
        return services.values().stream().filter(s -> !"blackbox".equals(s.getString("type")))
                .map(s -> s.getString("service_code")).findFirst()
                .orElseThrow(() -> new AssertionError("no service gives back a request id"));
    }

    // ---------------------------------------------------------------- what the specification asks of answers

    private static void assertService(JsonObject service) {
        assertNonBlankString(service, "service_code", "service");
        assertNonBlankString(service, "service_name", "service");
        assertBoolean(service, "metadata");
        assertNonBlankString(service, "type", "service");
        assertTrue(SERVICE_TYPES.contains(service.getString("type")), "type: " + service);
        for (String optional : List.of("description", "keywords", "group")) {
            assertStringOrNull(service, optional);
        }
    }

    private static void assertAttribute(JsonObject attribute) {
        assertBoolean(attribute, "variable");
        assertNonBlankString(attribute, "code", "attribute");
        assertNonBlankString(attribute, "datatype", "attribute");
        assertTrue(DATATYPES.contains(attribute.getString("datatype")), "datatype: " + attribute);
        assertBoolean(attribute, "required");
        assertStringOrNull(attribute, "datatype_description");
        assertStringOrNull(attribute, "description");
        if (isPresent(attribute, "order")) {
            JsonValue order = attribute.get("order");
            assertTrue(order.getValueType() == ValueType.NUMBER && ((JsonNumber) order).isIntegral()
                    && ((JsonNumber) order).intValue() > 0, "order is a positive integer: " + attribute);
        }
        boolean list = attribute.getString("datatype").endsWith("valuelist");
        if (list) {
            JsonArray values = attribute.getJsonArray("values");
            assertTrue(values != null && !values.isEmpty(), "a list offers values: " + attribute);
            Set<String> keys = new HashSet<>();
            for (JsonValue value : values) {
                JsonObject option = value.asJsonObject();
                String key = text(option.get("key"));
                assertTrue(key != null && !key.isBlank(), "a value has a key: " + option);
                assertTrue(keys.add(key), "keys are unique: " + attribute);
                assertNonBlankString(option, "name", "value");
            }
        } else if (isPresent(attribute, "values")) {
            assertTrue(attribute.getJsonArray("values").isEmpty(), "only lists have values: " + attribute);
        }
    }

    private static void assertRequest(JsonObject request) {
        assertNotNull(text(request.get("service_request_id")), "service_request_id: " + request);
        assertTrue(Set.of("open", "closed").contains(request.getString("status", "")), "status: " + request);
        assertNonBlankString(request, "service_code", "request");
        datetime(request, "requested_datetime");
        for (String date : List.of("updated_datetime", "expected_datetime")) {
            if (isPresent(request, date)) {
                datetime(request, date);
            }
        }
        for (String field : List.of("status_notes", "service_name", "description", "agency_responsible",
                "service_notice", "address", "media_url")) {
            assertStringOrNull(request, field);
        }
        if (isPresent(request, "description")) {
            assertTrue(request.getString("description").length() <= 4000, "description of at most 4000 characters");
        }
        for (String coordinate : List.of("lat", "long")) {
            if (isPresent(request, coordinate)) {
                assertEquals(ValueType.NUMBER, request.get(coordinate).getValueType(), coordinate + ": " + request);
            }
        }
    }

    /** The given status AND the specification's error list, in JSON and in XML. */
    private static void assertErrors(int status, Function<String, HttpResponse<String>> call) {
        HttpResponse<String> json = call.apply("json");
        assertEquals(status, json.statusCode(), "HTTP status of " + json.uri() + ": " + json.body());
        JsonArray errors = jsonArray(json);
        assertFalse(errors.isEmpty(), "at least one error: " + json.body());
        for (JsonValue value : errors) {
            assertEquals(ValueType.OBJECT, value.getValueType(), "an error is an object: " + json.body());
            JsonObject error = value.asJsonObject();
            String code = text(error.get("code"));
            assertTrue(code != null && !code.isBlank(), "an error has a code: " + error);
            assertNonBlankString(error, "description", "error");
        }

        HttpResponse<String> xml = call.apply("xml");
        assertEquals(status, xml.statusCode(), "HTTP status of " + xml.uri() + ": " + xml.body());
        List<Element> xmlErrors = children(xmlRoot(xml, "errors"), "error");
        assertFalse(xmlErrors.isEmpty(), "at least one <error>: " + xml.body());
        for (Element error : xmlErrors) {
            assertFalse(childText(error, "code").isBlank(), "an <error> has a <code>: " + xml.body());
            assertFalse(childText(error, "description").isBlank(), "an <error> has a <description>: " + xml.body());
        }
    }

    /** The value as W3C date-time with its offset (Z or ±hh:mm), parsed. */
    private static OffsetDateTime datetime(JsonObject object, String field) {
        assertTrue(isPresent(object, field) && object.get(field).getValueType() == ValueType.STRING,
                field + " is a string: " + object);
        String value = object.getString(field);
        assertTrue(W3C_DATETIME.matcher(value).matches(), field + " in ISO 8601 with a time zone: " + value);
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new AssertionError(field + " is no date: " + value, e);
        }
    }

    private static void assertRecent(OffsetDateTime at) {
        OffsetDateTime now = OffsetDateTime.now();
        assertTrue(at.isAfter(now.minus(CLOCK_SLACK)) && at.isBefore(now.plus(CLOCK_SLACK)), "just now: " + at);
    }

    private static void assertNonBlankString(JsonObject object, String field, String what) {
        JsonValue value = object.get(field);
        assertTrue(value != null && value.getValueType() == ValueType.STRING
                && !((JsonString) value).getString().isBlank(), what + " has a " + field + " string: " + object);
    }

    private static void assertStringOrNull(JsonObject object, String field) {
        JsonValue value = object.get(field);
        assertTrue(value == null || value.getValueType() == ValueType.NULL || value.getValueType() == ValueType.STRING,
                field + " is a string when given: " + object);
    }

    private static void assertBoolean(JsonObject object, String field) {
        JsonValue value = object.get(field);
        assertTrue(value != null && (value.getValueType() == ValueType.TRUE
                || value.getValueType() == ValueType.FALSE), field + " is true or false: " + object);
    }

    /**
     * The same fields in both formats: XML is the JSON mapped by element name, an empty or missing element
     * being JSON's null or a missing member; numbers compare by value and dates by instant.
     */
    private static void assertSameFields(List<String> fields, Map<String, String> json, Map<String, String> xml,
                                         String what) {
        for (String field : fields) {
            String a = blankToNull(json.get(field));
            String b = blankToNull(xml.get(field));
            if (a == null || b == null) {
                assertEquals(a, b, field + " of " + what + " in JSON and XML");
            } else if (W3C_DATETIME.matcher(a).matches() && W3C_DATETIME.matcher(b).matches()) {
                assertEquals(OffsetDateTime.parse(a).toInstant(), OffsetDateTime.parse(b).toInstant(),
                        field + " of " + what + " in JSON and XML");
            } else if (isNumber(a) && isNumber(b)) {
                assertEquals(0, new BigDecimal(a).compareTo(new BigDecimal(b)), field + " of " + what + ": " + a
                        + " / " + b);
            } else {
                assertEquals(a, b, field + " of " + what + " in JSON and XML");
            }
        }
    }

    // ---------------------------------------------------------------- HTTP

    /** GET {endpoint}{path} with query arguments given as name, value, name, value… */
    private HttpResponse<String> get(String path, String... query) {
        StringBuilder uri = new StringBuilder(ENDPOINT).append(path);
        for (int i = 0; i < query.length; i += 2) {
            uri.append(i == 0 ? '?' : '&').append(enc(query[i])).append('=').append(enc(query[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(uri.toString())).GET());
    }

    private HttpResponse<String> post(String path, Form form) {
        return send(HttpRequest.newBuilder(URI.create(ENDPOINT + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.encode(), StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Open311 call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form as the specification's POSTs send it: pairs in order, a name may repeat (multivaluelist). */
    private static final class Form {

        private final List<String[]> fields = new ArrayList<>();

        Form add(String name, Object value) {
            fields.add(new String[] {name, String.valueOf(value)});
            return this;
        }

        /** A copy without the named field. */
        Form without(String name) {
            Form copy = new Form();
            fields.stream().filter(f -> !f[0].equals(name)).forEach(f -> copy.add(f[0], f[1]));
            return copy;
        }

        String encode() {
            return fields.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
        }
    }

    // ---------------------------------------------------------------- JSON

    private static JsonArray okJsonArray(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
        return jsonArray(response);
    }

    private static JsonObject okJsonObject(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
        JsonValue value = json(response);
        assertEquals(ValueType.OBJECT, value.getValueType(), "an object from " + response.uri());
        return value.asJsonObject();
    }

    private static JsonArray jsonArray(HttpResponse<String> response) {
        JsonValue value = json(response);
        assertEquals(ValueType.ARRAY, value.getValueType(), "a list from " + response.uri() + ": " + response.body());
        return value.asJsonArray();
    }

    private static JsonValue json(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.toLowerCase().startsWith("application/json"), "JSON from " + response.uri() + ": " + type);
        try (var reader = jakarta.json.Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        } catch (jakarta.json.JsonException e) {
            throw new AssertionError("no JSON from " + response.uri() + ": " + response.body(), e);
        }
    }

    private static boolean isPresent(JsonObject object, String field) {
        return object.containsKey(field) && object.get(field).getValueType() != ValueType.NULL;
    }

    /** A scalar as text (identifiers may come as strings or numbers); null for null or missing. */
    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> value.toString();
        };
    }

    private static Map<String, String> jsonFields(JsonObject object) {
        Map<String, String> fields = new LinkedHashMap<>();
        object.forEach((name, value) -> fields.put(name, text(value)));
        return fields;
    }

    private static Set<String> ids(JsonArray requests) {
        return requests.stream().map(r -> text(r.asJsonObject().get("service_request_id")))
                .collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- XML

    private static Element okXml(HttpResponse<String> response, String root) {
        assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
        return xmlRoot(response, root);
    }

    /** The document element, checked: an XML content type, the UTF-8 declaration, the expected root. */
    private static Element xmlRoot(HttpResponse<String> response, String root) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase();
        assertTrue(type.startsWith("text/xml") || type.startsWith("application/xml"),
                "XML from " + response.uri() + ": " + type);
        String body = response.body().stripLeading();
        assertTrue(body.startsWith("<?xml") && body.substring(0, body.indexOf("?>") + 2).toLowerCase()
                .matches(".*encoding=[\"']utf-8[\"'].*"), "the XML declaration names UTF-8: " + response.uri());
        Document document;
        try {
            document = xmlParser().parse(new InputSource(new StringReader(response.body())));
        } catch (SAXException | IOException e) {
            throw new AssertionError("no XML from " + response.uri() + ": " + response.body(), e);
        }
        Element element = document.getDocumentElement();
        assertEquals(root, name(element), "the root element of " + response.uri());
        return element;
    }

    /** The JDK's parser with DTDs and external entities refused. */
    private static DocumentBuilder xmlParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element's name without any namespace (the specification allows its own URL as default namespace). */
    private static String name(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(name(element))) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element optional(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertTrue(found.size() <= 1, "at most one <" + name + "> in <" + name(parent) + ">");
        return found.isEmpty() ? null : found.get(0);
    }

    private static Element single(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "one <" + name + "> in <" + name(parent) + ">");
        return found.get(0);
    }

    /** The trimmed text of a child element; null when there is none. */
    private static String childText(Element parent, String name) {
        Element child = optional(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }

    /** The simple (text-only) children of an element, by name. */
    private static Map<String, String> xmlFields(Element element) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && children(child).isEmpty()) {
                fields.put(name(child), child.getTextContent().strip());
            }
        }
        return fields;
    }

    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- small things

    private static String w3c(OffsetDateTime at) {
        return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String value) {
        return value.replaceAll("/+$", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.strip().isEmpty() ? null : value.strip();
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
