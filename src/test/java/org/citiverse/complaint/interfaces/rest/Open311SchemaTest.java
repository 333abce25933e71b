package org.citiverse.complaint.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.citiverse.complaint.application.CategoryView;
import org.citiverse.complaint.application.CategoryView.Choice;
import org.citiverse.complaint.application.CategoryView.Question;
import org.citiverse.complaint.application.PublicRequestView;
import org.citiverse.complaint.application.RequestView;
import org.citiverse.complaint.application.UpdateView;
import org.citiverse.complaint.domain.PublicRequest;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.complaint.interfaces.rest.Open311Body.Format;
import org.citiverse.complaint.interfaces.rest.Open311Body.Items;
import org.junit.jupiter.api.Test;

/**
 * Every JSON answer of the Open311 endpoint, rendered by the code the resource uses, against JSON
 * schemas of GeoReport v2 and FixMyStreet's servicerequestupdates (src/test/resources/open311-schemas,
 * whose README says where each comes from and where it deliberately differs). The one relaxation:
 * FixMyStreet's OpenAPI description types optional fields as plain strings, but the specification
 * writes an empty field as null (its JSON maps empty XML elements to null), so the schemas allow null
 * exactly where our answers may leave a field empty.
 */
class Open311SchemaTest {

    /** Formats are only annotations in 2020-12 unless asserted: date-time and uri must be checked. */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));
    private static final String PHOTOS = "https://portal.example.org/api/v1/service-requests/";
    private static final Instant REQUESTED = Instant.parse("2026-11-30T08:15:07.250Z");

    private final Open311Representation shapes = new Open311Representation(ZoneId.of("Europe/Amsterdam"));

    // ---------------------------------------------------------------- what the endpoint answers

    @Test
    void discovery() {
        assertValid("discovery.json", Open311Body.write(Format.JSON, "discovery", Open311Representation.discovery(
                "https://portal.example.org/open311/v2", "The service desk answers.", "Ask the city for a key.")));
    }

    @Test
    void serviceList() {
        assertValid("services.json", Open311Body.write(Format.JSON, "services", new Items("service",
                List.of(Open311Representation.service(withEveryDatatype()), Open311Representation.service(bare())))));
        assertValid("services.json", Open311Body.write(Format.JSON, "services", new Items("service", List.of())));
    }

    @Test
    void serviceDefinitions() {
        for (CategoryView category : List.of(withEveryDatatype(), bare())) {
            assertValid("service-definition.json", Open311Body.write(Format.JSON, "service_definition",
                    Open311Representation.definition(category)));
        }
    }

    @Test
    void requestLists() {
        List<RequestView> views = List.of(openWithEverything(), closedWithNothingOptional(), photosWithoutMediaUrl(),
                raisedByADevice(), byAddressOnly(), staffViewWithHiddenDescription().publicView(),
                longestDescription());
        assertValid("requests.json", requests(views));
        for (RequestView view : views) {
            assertValid("requests.json", requests(List.of(view)));
        }
        assertValid("requests.json", requests(List.of()));
    }

    @Test
    void postedRequest() {
        assertValid("request-posted.json", Open311Body.write(Format.JSON, "service_requests",
                new Items("request", List.of(Open311Representation.filed(openWithEverything())))));
    }

    @Test
    void token() {
        assertValid("tokens.json", Open311Body.write(Format.JSON, "service_requests",
                new Items("request", List.of(Open311Representation.token(openWithEverything())))));
    }

    @Test
    void serviceRequestUpdates() {
        Instant at = REQUESTED.plus(Duration.ofHours(3));
        List<Map<String, Object>> updates = Arrays.stream(RequestStatus.values())
                .map(s -> shapes.update(new UpdateView(40 + s.ordinal(), 7, s.name(), s.extended(),
                        s.ordinal() % 2 == 0 ? "We are on it." : null, false, null, at)))
                .toList();
        assertValid("servicerequestupdates.json", Open311Body.write(Format.JSON, "service_request_updates",
                new Items("request_update", updates)));
        assertValid("servicerequestupdates.json", Open311Body.write(Format.JSON, "service_request_updates",
                new Items("request_update", List.of())));
    }

    @Test
    void postedUpdate() {
        UpdateView posted = new UpdateView(81, 7, "OPEN", "OPEN", "It has got deeper since.", false, null, REQUESTED);
        assertValid("servicerequestupdate-posted.json", Open311Body.write(Format.JSON, "service_request_updates",
                new Items("request_update", List.of(Open311Representation.commented(posted)))));
    }

    @Test
    void errors() {
        for (int status : new int[] {400, 403, 404, 413, 429}) {
            assertValid("errors.json", Open311Body.write(Format.JSON, "errors",
                    Open311Errors.errors(status, "Why the request was refused (" + status + ").")));
        }
    }

    // ---------------------------------------------------------------- the check can fail

    @Test
    void brokenDocumentsAreCaught() {
        assertInvalid("requests.json", "service_request_id", r -> r.remove("service_request_id"));
        assertInvalid("requests.json", "status", r -> r.put("status", "acknowledged"));
        assertInvalid("requests.json", "requested_datetime", r -> r.put("requested_datetime", "2026-11-30T09:15:07"));
        assertInvalid("requests.json", "media_url", r -> r.put("media_url", "photo 1"));
        assertInvalid("requests.json", "email", r -> r.put("email", "reporter@example.org"));
        assertInvalid("requests.json", "lat", r -> r.put("lat", "52.09"));
        // null is allowed only for optional fields
        assertInvalid("requests.json", "requested_datetime", r -> r.put("requested_datetime", null));
        assertInvalid("requests.json", "service_code", r -> r.put("service_code", null));
        assertFalse(errors("errors.json", "[{\"code\":404}]").isEmpty(), "an error needs its description");
        assertFalse(errors("servicerequestupdates.json", "[{\"update_id\":\"1\",\"service_request_id\":\"7\","
                + "\"status\":\"open\",\"updated_datetime\":\"2026-11-30T09:15:07+01:00\"}]").isEmpty(),
                "FixMyStreet's update statuses are upper case");
    }

    /** The open request with every field, changed by {@code breakIt}, fails on {@code field}. */
    private void assertInvalid(String schema, String field, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> request = new LinkedHashMap<>(shapes.request(listed(openWithEverything()), PHOTOS));
        breakIt.accept(request);
        String json = Open311Body.write(Format.JSON, "service_requests", new Items("request", List.of(request)));
        List<Error> errors = errors(schema, json);
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains(field)),
                () -> "a broken " + field + " is caught: " + errors + " in " + shortened(json));
    }

    // ---------------------------------------------------------------- validation

    private static void assertValid(String schema, String json) {
        List<Error> errors = errors(schema, json);
        assertTrue(errors.isEmpty(), () -> schema + ": " + errors + " in " + shortened(json));
    }

    private static String shortened(String json) {
        return json.length() <= 3000 ? json : json.substring(0, 3000) + "…";
    }

    private static List<Error> errors(String schema, String json) {
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:open311-schemas/" + schema))
                .validate(json, InputFormat.JSON);
    }

    private String requests(List<RequestView> views) {
        return Open311Body.write(Format.JSON, "service_requests", new Items("request",
                views.stream().map(r -> shapes.request(listed(r), PHOTOS)).toList()));
    }

    // ---------------------------------------------------------------- services

    private static CategoryView withEveryDatatype() {
        List<Choice> sizes = List.of(new Choice("small", "Smaller than a hand"), new Choice("large", "Larger"));
        return new CategoryView("pothole", "Pothole", "A hole in the road or cycle path.", "Roads",
                List.of("road", "hole", "asphalt"), "roads", false, 5, List.of(
                        new Question("depth", "number", true, 1, "How deep is it, in centimetres?", List.of()),
                        new Question("seen", "datetime", false, 2, "When did you first see it?", List.of()),
                        new Question("landmark", "string", false, 3, null, List.of()),
                        new Question("details", "text", false, 4, "Anything else we should know?", List.of()),
                        new Question("size", "singlevaluelist", true, 5, "How large is it?", sizes),
                        new Question("users", "multivaluelist", false, 6, "Who is hindered?",
                                List.of(new Choice("cyclists", "Cyclists"), new Choice("walkers", "Walkers")))));
    }

    /** A service without questions, description or group. */
    private static CategoryView bare() {
        return new CategoryView("noise", "Noise", null, null, List.of(), null, true, 10, List.of());
    }

    // ---------------------------------------------------------------- requests

    private static RequestView openWithEverything() {
        return view(7, RequestStatus.IN_PROGRESS, "Deep pothole by the kerb.\nCyclists swerve around it.", 52.0907,
                5.1214, "Domplein 29, 3512 JE Utrecht", "0344200000123456", "https://photos.example.org/pothole.jpg",
                "open311", "A crew is on its way.", null, null, List.of(1, 2));
    }

    private static RequestView closedWithNothingOptional() {
        return view(8, RequestStatus.FIXED, null, 52.0911, 5.1199, null, null, null, "portal", null, null, null,
                List.of());
    }

    private static RequestView photosWithoutMediaUrl() {
        return view(9, RequestStatus.OPEN, "Broken lamp.", 52.09, 5.12, null, null, null, "portal", null, null, null,
                List.of(3));
    }

    private static RequestView raisedByADevice() {
        return view(10, RequestStatus.ACKNOWLEDGED, "Streetlight SL-0042 reports a failed lamp.", 52.0921, 5.1187,
                null, null, null, "device", null, "streetlight-0042", true, List.of());
    }

    private static RequestView byAddressOnly() {
        return view(11, RequestStatus.DUPLICATE, "Graffiti on the wall.", null, null, "Oudegracht 1, Utrecht", null,
                null, "open311", "Reported before as 9.", null, null, List.of());
    }

    /** A staff view: the resource hands out its public view (no reporter, no hidden description). */
    private static RequestView staffViewWithHiddenDescription() {
        RequestView v = view(12, RequestStatus.WITHDRAWN, "Words staff hid.", 52.1, 5.1, null, null, null, "portal",
                null, null, null, List.of(4));
        return new RequestView(v.id(), v.token(), v.category(), v.categoryName(), v.department(), v.status(),
                v.open311Status(), v.extendedStatus(), v.description(), v.attributes(), v.latitude(), v.longitude(),
                v.address(), v.addressId(), v.mediaUrl(), v.source(), v.publicNote(), v.requestedAt(), v.updatedAt(),
                v.dueAt(), v.closedAt(), v.overdue(), v.twinId(), v.deviceFaulty(), v.photos(),
                new RequestView.Reporter("subject-1", null, "Reporter", "reporter@example.org", "+31 30 123 4567"),
                v.priority(), new RequestView.Casework("staff-1", "Staff", true, "The reporter's own words."),
                v.version());
    }

    private static RequestView longestDescription() {
        return view(13, RequestStatus.OPEN, "x".repeat(4000), 52.09, 5.12, null, null, null, "open311", null, null,
                null, List.of());
    }

    /** The request as the public list reads it. */
    private static PublicRequestView listed(RequestView v) {
        return new PublicRequestView(new PublicRequest(v.id(), v.category(), v.department(),
                RequestStatus.valueOf(v.status()), v.description(), v.latitude(), v.longitude(), v.address(),
                v.addressId(), v.mediaUrl(), v.publicNote(), v.requestedAt(), v.updatedAt(), v.dueAt(),
                v.photos().isEmpty() ? null : v.photos().get(0)), v.categoryName());
    }

    private static RequestView view(long id, RequestStatus status, String description, Double lat, Double lon,
                                    String address, String addressId, String mediaUrl, String source, String note,
                                    String twinId, Boolean deviceFaulty, List<Integer> photos) {
        return new RequestView(id, UUID.nameUUIDFromBytes(("request " + id).getBytes()), "pothole", "Pothole",
                id % 2 == 0 ? null : "roads", status.name(), status.open311(), status.extended(), description,
                JsonValue.EMPTY_JSON_OBJECT, lat, lon, address, addressId, mediaUrl, source, note, REQUESTED,
                REQUESTED.plus(Duration.ofHours(2)), REQUESTED.plus(Duration.ofDays(5)),
                status.isOpen() ? null : REQUESTED.plus(Duration.ofDays(1)), false, twinId, deviceFaulty, photos, null,
                "NORMAL", null, 1);
    }
}
