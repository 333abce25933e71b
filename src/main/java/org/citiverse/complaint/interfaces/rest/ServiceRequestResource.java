package org.citiverse.complaint.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citiverse.complaint.application.CaseworkService;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.Filed;
import org.citiverse.complaint.application.PhotoContent;
import org.citiverse.complaint.application.RequestPage;
import org.citiverse.complaint.application.RequestView;
import org.citiverse.complaint.application.SubmissionLimits;
import org.citiverse.complaint.application.TooManySubmissions;
import org.citiverse.complaint.application.UpdateView;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.RequestQuery;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.complaint.domain.Submission;
import org.citiverse.shared.domain.CityArea;
import org.citiverse.shared.interfaces.rest.Csv;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.citiverse.shared.interfaces.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Service requests for the portal and staff tools: citizens file and follow their own, staff work
 * the queue (filter, change status, notes, export).
 */
@Path("/v1/service-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service requests", description = "Civil complaints: filing, following, and the staff queue.")
public class ServiceRequestResource {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_EXPORT = 10_000;
    private static final String INVALID = "service-request/invalid";
    private static final Set<String> FIELDS = Set.of("category", "description", "latitude", "longitude", "address",
            "attributes");
    private static final Set<String> CHANGE_FIELDS = Set.of("status", "note", "internal", "version");
    private static final Set<String> ROUTE_FIELDS = Set.of("category", "department", "version");

    @Inject
    ComplaintService complaints;

    @Inject
    SubmissionLimits limits;

    @Inject
    CaseworkService casework;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest http;

    Clock clock = Clock.systemUTC();

    @GET
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "Citizens: their own requests. Staff: the queue, filtered",
            description = "Staff filters: status and category (comma-separated), department, source (PORTAL, "
                    + "OPEN311, DEVICE), overdue=true, assignee (me, none or a staff subject), priority (URGENT, "
                    + "HIGH, NORMAL, LOW), area (one of /areas); order NEWEST (default), OLDEST, DUE or PRIORITY; "
                    + "page (from 1) and pageSize (at most 200).")
    @APIResponse(responseCode = "200", description = "{\"requests\", \"total\", \"page\", \"pageSize\"}.")
    @APIResponse(responseCode = "400", description = "A filter is malformed.")
    public RequestPage list(@jakarta.ws.rs.BeanParam QueueFilter filter, @QueryParam("page") String page,
                            @QueryParam("pageSize") String pageSize) {
        return complaints.search(query(filter, page, pageSize, MAX_PAGE_SIZE), "en", staff());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "The filtered queue as a CSV file (at most 10,000 rows, newest first)")
    @APIResponse(responseCode = "200", description = "A CSV file with a header row.")
    public Response export(@jakarta.ws.rs.BeanParam QueueFilter filter) {
        RequestPage found = complaints.search(query(filter, "1", String.valueOf(MAX_EXPORT), MAX_EXPORT), "en", true);
        String csv = Csv.of("id,requested_at,category,department,status,priority,assignee,due_at,overdue,address,"
                + "latitude,longitude,description,public_note", found.requests().stream().map(r -> Arrays.asList(
                String.valueOf(r.id()), String.valueOf(r.requestedAt()), r.category(), r.department(), r.status(),
                r.priority(), r.casework().assigneeName(), String.valueOf(r.dueAt()), String.valueOf(r.overdue()),
                r.address(), text(r.latitude()), text(r.longitude()), r.description(), r.publicNote())));
        return Response.ok(csv, Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"citiverse-service-requests.csv\"").build();
    }

    @GET
    @Path("{serviceRequestId}")
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "One request: public details, and who filed it for staff and its reporter")
    @APIResponse(responseCode = "200", description = "The request.")
    @APIResponse(responseCode = "404", description = "No such request.")
    public RequestView get(@PathParam("serviceRequestId") String id) {
        return complaints.request(number(id), "en", staff())
                .orElseThrow(() -> new ComplaintException(ComplaintException.Reason.NOT_FOUND));
    }

    @GET
    @Path("{serviceRequestId}/updates")
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "A request's changes, oldest first (internal notes for staff only)")
    @APIResponse(responseCode = "200", description = "The updates.")
    @APIResponse(responseCode = "404", description = "No such request.")
    public List<UpdateView> updates(@PathParam("serviceRequestId") String id) {
        long n = number(id);
        get(id);
        return complaints.updates(List.of(n), null, null, staff(), 1000);
    }

    @GET
    @Path("{serviceRequestId}/photos/{position}")
    @PermitAll
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A photo of a request (numbered from 1): published ones for anyone, hidden ones for staff")
    @APIResponse(responseCode = "200", description = "The photo, cleaned of every metadata when it was added.")
    @APIResponse(responseCode = "404", description = "No such photo, or it is hidden.")
    public Response photo(@PathParam("serviceRequestId") String id, @PathParam("position") String position) {
        PhotoContent photo = complaints.photo(number(id), photoNumber(position), staff())
                .orElseThrow(() -> new ComplaintException(ComplaintException.Reason.NOT_FOUND));
        // Served as an image only: never sniffed into something else, never run as a document.
        return Response.ok(photo.bytes(), photo.contentType()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                // Revalidated each time: a photo staff hide must not linger in a shared cache.
                .header("Cache-Control", staff() ? "private, no-store" : "public, no-cache").build();
    }

    @PUT
    @Path("{serviceRequestId}/photos/{position}/hidden")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Hide a photo from the public, or publish it again", description = "Body: true or false. Audited.")
    @APIResponse(responseCode = "204", description = "Done.")
    @APIResponse(responseCode = "400", description = "The body is not true or false.")
    @APIResponse(responseCode = "404", description = "No such photo.")
    public Response hide(@PathParam("serviceRequestId") String id, @PathParam("position") String position,
                         JsonValue body) {
        if (body != JsonValue.TRUE && body != JsonValue.FALSE) {
            throw new InvalidRequestException(INVALID, "true to hide the photo, false to publish it");
        }
        complaints.hidePhoto(number(id), photoNumber(position), body == JsonValue.TRUE);
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "File a request as the signed-in citizen",
            description = "Body: {\"category\", \"description\"?, \"latitude\"? and \"longitude\"?, \"address\"?, "
                    + "\"attributes\"?: {code: text or [texts]}}. The same body sent again within minutes gets the "
                    + "first request back (200) instead of a second one.")
    @APIResponse(responseCode = "201", description = "Filed: the request.")
    @APIResponse(responseCode = "200", description = "Filed before: that request.")
    @APIResponse(responseCode = "400", description = "A field breaks a rule (the problem names it).")
    @APIResponse(responseCode = "429", description = "Too many submissions; Retry-After says when to try again.")
    public Response file(JsonValue body) {
        if (!(body instanceof JsonObject json) || !FIELDS.containsAll(json.keySet())) {
            throw new InvalidRequestException(INVALID, "a JSON object with category, description, latitude, "
                    + "longitude, address and attributes");
        }
        String subject = security.getUserPrincipal().getName();
        try {
            limits.take(subject, http.getRemoteAddr());
        } catch (TooManySubmissions e) {
            return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, "service-request/too-many",
                    e.getMessage())).header("Retry-After", e.retryAfterSeconds()).build();
        }
        Filed filed = complaints.submit(new Submission(string(json, "category"), string(json, "description"),
                decimal(json, "latitude"), decimal(json, "longitude"), string(json, "address"), null,
                attributes(json.get("attributes")), null, null, Submission.Source.PORTAL, subject, null, null));
        return Response.status(filed.resubmitted() ? Response.Status.OK : Response.Status.CREATED)
                .entity(filed.request()).build();
    }

    @POST
    @Path("{serviceRequestId}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Change a request's status and/or add a note",
            description = "Body: {\"status\"?, \"note\"?, \"internal\"?: true for a staff-only note, \"version\"?: "
                    + "the version you saw}. Audited; a public note is shown on the request.")
    @APIResponse(responseCode = "200", description = "The changed request.")
    @APIResponse(responseCode = "400", description = "Nothing to change, or a field breaks a rule.")
    @APIResponse(responseCode = "404", description = "No such request.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (version).")
    public RequestView change(@PathParam("serviceRequestId") String id, JsonValue body) {
        String what = "a JSON object with status, note, internal (true or false) and version (a number)";
        JsonObject json = object(body, CHANGE_FIELDS, what);
        if (json.containsKey("internal") && json.get("internal") != JsonValue.TRUE
                && json.get("internal") != JsonValue.FALSE) {
            throw new InvalidRequestException(INVALID, what);
        }
        return complaints.change(number(id), version(json), string(json, "status"), string(json, "note"),
                json.get("internal") == JsonValue.TRUE);
    }

    @POST
    @Path("{serviceRequestId}/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Route a request to another category (and its department) and/or department",
            description = "Body: {\"category\"?, \"department\"?, \"version\"?}. Audited; an internal update says what moved.")
    @APIResponse(responseCode = "200", description = "The routed request.")
    @APIResponse(responseCode = "400", description = "Nothing changes, or an unknown category or department.")
    @APIResponse(responseCode = "404", description = "No such request.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (version).")
    public RequestView route(@PathParam("serviceRequestId") String id, JsonValue body) {
        JsonObject json = object(body, ROUTE_FIELDS, "a JSON object with category, department and version");
        try {
            return complaints.reroute(number(id), version(json), string(json, "category"), string(json, "department"));
        } catch (org.citiverse.shared.domain.RuleViolation e) {
            if (e instanceof ComplaintException c) {
                throw c;
            }
            throw new InvalidRequestException(INVALID, "department is not a department of the city");
        }
    }

    @POST
    @Path("{serviceRequestId}/duplicate-of")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Close an open request as one reported before",
            description = "Body: {\"original\": the earlier request's number, \"version\"?}. The public note names the original.")
    @APIResponse(responseCode = "200", description = "The closed request.")
    @APIResponse(responseCode = "400", description = "Not open, or the same request.")
    @APIResponse(responseCode = "404", description = "No such request or original.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (version).")
    public RequestView duplicateOf(@PathParam("serviceRequestId") String id, JsonValue body) {
        JsonObject json = object(body, Set.of("original", "version"),
                "a JSON object with original (a number) and version");
        if (!(json.get("original") instanceof JsonNumber original)) {
            throw new InvalidRequestException(INVALID, "original is the earlier request's number");
        }
        return complaints.markDuplicate(number(id), version(json), original.longValue());
    }

    @POST
    @Path("{serviceRequestId}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Give a request to a staff member, or to nobody",
            description = "Body: {\"assignee\": \"me\", a subject from GET /staff, or null; \"version\"?}. Audited; "
                    + "an internal update names them.")
    @APIResponse(responseCode = "200", description = "The request.")
    @APIResponse(responseCode = "400", description = "Not staff of the request's department, or it is theirs already.")
    @APIResponse(responseCode = "404", description = "No such request.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (version).")
    public RequestView assign(@PathParam("serviceRequestId") String id, JsonValue body) {
        JsonObject json = object(body, Set.of("assignee", "version"), "a JSON object with assignee and version");
        if (!json.containsKey("assignee")) {
            throw new InvalidRequestException(INVALID, "assignee is \"me\", a staff subject, or null for nobody");
        }
        String assignee = string(json, "assignee");
        if ("me".equals(assignee)) {
            assignee = security.getUserPrincipal().getName();
            casework.seen(callerName(), null);
        }
        return casework.assign(number(id), version(json), assignee);
    }

    @POST
    @Path("{serviceRequestId}/priority")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Set how urgent a request is", description = "Body: {\"priority\": URGENT, HIGH, NORMAL or "
            + "LOW, \"version\"?}. Audited.")
    @APIResponse(responseCode = "200", description = "The request.")
    @APIResponse(responseCode = "400", description = "Not a priority, or the one it has.")
    @APIResponse(responseCode = "404", description = "No such request.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (version).")
    public RequestView prioritise(@PathParam("serviceRequestId") String id, JsonValue body) {
        JsonObject json = object(body, Set.of("priority", "version"), "a JSON object with priority and version");
        return casework.prioritise(number(id), version(json), string(json, "priority"));
    }

    @POST
    @Path("{serviceRequestId}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Moderate a request's description: edit it and/or hide it from the public",
            description = "Body: {\"description\"?: the new text, \"hidden\": true or false, \"version\"?}. The "
                    + "reporter's own words are kept for staff (casework.originalDescription). Audited.")
    @APIResponse(responseCode = "200", description = "The request.")
    @APIResponse(responseCode = "400", description = "Nothing changes, or the text breaks a rule.")
    @APIResponse(responseCode = "404", description = "No such request.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (version).")
    public RequestView moderate(@PathParam("serviceRequestId") String id, JsonValue body) {
        String what = "a JSON object with description, hidden (true or false) and version";
        JsonObject json = object(body, Set.of("description", "hidden", "version"), what);
        if (json.get("hidden") != JsonValue.TRUE && json.get("hidden") != JsonValue.FALSE) {
            throw new InvalidRequestException(INVALID, what);
        }
        return casework.moderate(number(id), version(json), string(json, "description"),
                json.get("hidden") == JsonValue.TRUE);
    }

    @GET
    @Path("staff")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "The staff a request of a department can be given to (those who have used the back office)")
    @APIResponse(responseCode = "200", description = "[{\"subject\", \"name\", \"departments\"}] by name.")
    public List<CaseworkService.StaffView> staffMembers(@QueryParam("department") String department) {
        return casework.staff(blank(department) ? null : department.strip());
    }

    @GET
    @Path("areas")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "The city's areas the queue can be filtered by (server variable complaint.areas)")
    @APIResponse(responseCode = "200", description = "[{\"name\", \"box\": {south, west, north, east}}].")
    public List<org.citiverse.complaint.domain.District> areas() {
        return casework.districts();
    }

    @GET
    @Path("saved-filters")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "The caller's saved queue filters, by name")
    @APIResponse(responseCode = "200", description = "[{\"id\", \"name\", \"query\"}].")
    public List<CaseworkService.SavedFilterView> savedFilters() {
        return casework.savedFilters();
    }

    @POST
    @Path("saved-filters")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Save a queue filter under a name (the same name replaces it)",
            description = "Body: {\"name\": 1-60 characters, \"query\": the queue's query string, e.g. "
                    + "\"status=open&priority=URGENT\"}. At most 30 per person.")
    @APIResponse(responseCode = "201", description = "The saved filter.")
    @APIResponse(responseCode = "400", description = "A bad name, an unknown parameter, or too many.")
    public Response saveFilter(JsonValue body) {
        JsonObject json = object(body, Set.of("name", "query"), "a JSON object with name and query");
        return Response.status(Response.Status.CREATED)
                .entity(casework.saveFilter(string(json, "name"), string(json, "query"))).build();
    }

    @DELETE
    @Path("saved-filters/{filterId}")
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Remove one of the caller's saved filters")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No such filter of the caller's.")
    public Response removeFilter(@PathParam("filterId") String filterId) {
        casework.removeFilter(org.citiverse.shared.domain.Uuids.parse(filterId)
                .orElseThrow(() -> new ComplaintException(ComplaintException.Reason.NOT_FOUND)));
        return Response.noContent().build();
    }

    /** The caller's name from their token, for colleagues to see; their subject when the token names nobody. */
    private String callerName() {
        if (security.getUserPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt) {
            for (String claim : new String[] {"name", "preferred_username"}) {
                if (jwt.getClaim(claim) instanceof String value && !value.isBlank()) {
                    return value;
                }
            }
        }
        return security.getUserPrincipal().getName();
    }

    @POST
    @Path("{serviceRequestId}/followers")
    @RolesAllowed("citizen")
    @Operation(summary = "Follow a request: be told of the city's answers to it (by e-mail, with an address in My details)")
    @APIResponse(responseCode = "204", description = "Followed (also when already).")
    @APIResponse(responseCode = "404", description = "No such request.")
    public Response follow(@PathParam("serviceRequestId") String id) {
        complaints.follow(number(id));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{serviceRequestId}/followers")
    @RolesAllowed("citizen")
    @Operation(summary = "Stop following a request")
    @APIResponse(responseCode = "204", description = "Not followed (also when it was not).")
    public Response unfollow(@PathParam("serviceRequestId") String id) {
        complaints.unfollow(number(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{serviceRequestId}/reopening")
    @RolesAllowed("citizen")
    @Operation(summary = "Open one's own closed request again (within complaint.reopen.days of its closing)")
    @APIResponse(responseCode = "200", description = "The request, open again.")
    @APIResponse(responseCode = "400", description = "Not closed, closed too long ago, withdrawn or a duplicate.")
    @APIResponse(responseCode = "404", description = "No request of yours with this id.")
    public RequestView reopen(@PathParam("serviceRequestId") String id) {
        return complaints.reopen(number(id));
    }

    @POST
    @Path("{serviceRequestId}/withdrawal")
    @RolesAllowed("citizen")
    @Operation(summary = "Withdraw one's own open request")
    @APIResponse(responseCode = "200", description = "The withdrawn request.")
    @APIResponse(responseCode = "400", description = "It is no longer open.")
    @APIResponse(responseCode = "404", description = "No request of yours with this id.")
    public RequestView withdraw(@PathParam("serviceRequestId") String id) {
        return complaints.withdraw(number(id));
    }

    private RequestQuery query(QueueFilter f, String page, String pageSize, int maxPageSize) {
        Submission.Source from;
        try {
            from = f.source == null || f.source.isBlank() ? null : Submission.Source.valueOf(f.source.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(INVALID, "source is PORTAL, OPEN311 or DEVICE");
        }
        List<RequestStatus> statuses = new ArrayList<>();
        for (String s : Open311Queries.list(f.status)) {
            statuses.add(RequestStatus.parse(s).orElseThrow(() -> new InvalidRequestException(INVALID,
                    "status is one of " + Arrays.toString(RequestStatus.values()))));
        }
        int p = page == null ? 1 : InvalidRequestException.wholeNumber(page, "page", INVALID);
        int size = pageSize == null ? 50 : InvalidRequestException.wholeNumber(pageSize, "pageSize", INVALID);
        if (p < 1 || size < 1) {
            throw new InvalidRequestException(INVALID, "page and pageSize are at least 1");
        }
        RequestQuery.Order order;
        try {
            order = blank(f.order) ? null : RequestQuery.Order.valueOf(f.order.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(INVALID, "order is NEWEST, OLDEST, DUE or PRIORITY");
        }
        String reporter = staff() ? null : security.getUserPrincipal().getName();
        return new RequestQuery(null, Set.copyOf(Open311Queries.list(f.category)), Set.copyOf(statuses),
                staff() && !blank(f.department) ? f.department.strip() : null, reporter, null,
                null, staff() && f.overdue, clock.instant(), p, Math.min(size, maxPageSize), from, order,
                staff() ? triage(f) : null);
    }

    private RequestQuery.Triage triage(QueueFilter f) {
        String assignee = RequestQuery.Triage.assignee(f.assignee, security.getUserPrincipal().getName());
        org.citiverse.complaint.domain.Priority priority = blank(f.priority) ? null
                : org.citiverse.complaint.domain.Priority.parse(f.priority).orElseThrow(() ->
                        new InvalidRequestException(INVALID, "priority is URGENT, HIGH, NORMAL or LOW"));
        CityArea area = blank(f.area) ? null : casework.district(f.area)
                .orElseThrow(() -> new InvalidRequestException(INVALID, "area is one of "
                        + casework.districts().stream().map(org.citiverse.complaint.domain.District::name).toList()))
                .box();
        return new RequestQuery.Triage(assignee, priority, area);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private boolean staff() {
        return security.isUserInRole("staff") || security.isUserInRole("admin");
    }

    private static long number(String id) {
        return Open311Queries.number(id).orElseThrow(() -> new ComplaintException(ComplaintException.Reason.NOT_FOUND));
    }

    /** A staff change's body: an object of these fields only, its version (the one the caller saw) a number. */
    private static JsonObject object(JsonValue body, Set<String> fields, String what) {
        if (!(body instanceof JsonObject json) || !fields.containsAll(json.keySet())
                || json.containsKey("version") && !(json.get("version") instanceof JsonNumber)) {
            throw new InvalidRequestException(INVALID, what);
        }
        return json;
    }

    private static Integer version(JsonObject json) {
        return json.get("version") instanceof JsonNumber v ? v.intValue() : null;
    }

    private static int photoNumber(String position) {
        return position != null && position.matches("[1-9]") ? Integer.parseInt(position) : -1;
    }

    private static String string(JsonObject json, String name) {
        return InvalidRequestException.text(json, name, INVALID);
    }

    private static Double decimal(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n) {
            return n.doubleValue();
        }
        throw new InvalidRequestException(INVALID, name + " is a number of degrees");
    }

    private static Map<String, List<String>> attributes(JsonValue value) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        if (value == null || value == JsonValue.NULL) {
            return answers;
        }
        if (!(value instanceof JsonObject object)) {
            throw new InvalidRequestException(INVALID, "attributes is an object of answers by question code");
        }
        object.forEach((code, answer) -> {
            if (answer instanceof JsonString s) {
                answers.put(code, List.of(s.getString()));
            } else if (answer instanceof JsonNumber n) {
                answers.put(code, List.of(n.toString()));
            } else if (answer instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
                answers.put(code, array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
            } else {
                throw new InvalidRequestException(INVALID, "attributes." + code + " is text or a list of texts");
            }
        });
        return answers;
    }

    private static String text(Double d) {
        return d == null ? null : d.toString();
    }
}
