package org.citiverse.twin.interfaces.rest;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.citiverse.twin.application.TwinCallers;
import org.citiverse.twin.application.TwinPage;
import org.citiverse.twin.application.TwinService;
import org.citiverse.twin.application.TwinView;
import org.citiverse.twin.application.SyncView;
import org.citiverse.twin.domain.SyncStatus;
import org.citiverse.twin.domain.TwinException;
import org.citiverse.shared.interfaces.rest.Problem;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.citiverse.twin.domain.TwinQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The twin system's API (REQ-DT-02..06, REQ-MV/SI: the portal's twin information). Anyone signed
 * in may call it; what they see and may do follows their grants on each twin (REQ-DT-05): a twin
 * they may not view answers 404, one they may view but not change 403.
 */
@Path("/v1/twins")
@Tag(name = "Twins", description = "Digital twins: search, read, containment, history, grants, reports.")
@Produces(MediaType.APPLICATION_JSON)
public class TwinResource {

    private static final int MAX_HISTORY = 1000;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @Inject
    TwinService twins;

    @Inject
    TwinCallers callers;

    @GET
    @RolesAllowed({"citizen", "staff", "admin", "device-gateway"})
    @Operation(summary = "Search twins the caller may view (REQ-DT-03/04)",
            description = "By type, text in the name, parent, owner, a current state value (state=property:value, "
                    + "such as open:true or level:12.5, as reported), a box (bbox=minLon,minLat,maxLon,maxLat) or a "
                    + "circle (near=lat,lon&radius=metres, nearest first); otherwise ordered by sort: name "
                    + "(default), type or -observed (latest report first).")
    @APIResponse(responseCode = "200", description = "One page: {\"twins\": [...], \"hasMore\": bool}.")
    @APIResponse(responseCode = "400", description = "A criterion is malformed.")
    public Response search(@QueryParam("type") String type, @QueryParam("q") String text,
                           @QueryParam("parent") String parent, @QueryParam("owner") String owner,
                           @Parameter(description = "minLon,minLat,maxLon,maxLat") @QueryParam("bbox") String bbox,
                           @Parameter(description = "lat,lon") @QueryParam("near") String near,
                           @Parameter(description = "metres, up to 50000") @QueryParam("radius") String radius,
                           @Parameter(description = "property:value") @QueryParam("state") String state,
                           @Parameter(description = "name, type or -observed") @QueryParam("sort") String sort,
                           @QueryParam("offset") @DefaultValue("0") String offset,
                           @QueryParam("limit") @DefaultValue("50") String limit) {
        double[] box = numbers(bbox, 4, "bbox");
        double[] point = numbers(near, 2, "near");
        TwinQuery query;
        try {
            query = new TwinQuery(blank(type), blank(text), blank(parent), blank(owner),
                    box == null ? null : box[1], box == null ? null : box[0], box == null ? null : box[3],
                    box == null ? null : box[2], point == null ? null : point[0], point == null ? null : point[1],
                    radius == null ? null : numbers(radius, 1, "radius")[0], whole(offset, "offset"),
                    whole(limit, "limit"), TwinQuery.StateEquals.parse(state), TwinQuery.Sort.parse(sort));
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        TwinPage page = twins.search(callers.current(), query);
        JsonArrayBuilder list = JSON.createArrayBuilder();
        page.twins().forEach(t -> list.add(TwinJson.of(t)));
        return Response.ok(JSON.createObjectBuilder().add("twins", list).add("hasMore", page.hasMore()).build()).build();
    }

    @GET
    @Path("{twinId}")
    @RolesAllowed({"citizen", "staff", "admin", "device-gateway"})
    @Operation(summary = "One twin, NGSI-LD style")
    @APIResponse(responseCode = "200", description = "The twin.")
    @APIResponse(responseCode = "404", description = "No such twin, or the caller may not view it.")
    public JsonObject get(@PathParam("twinId") String id) {
        return TwinJson.of(twins.get(callers.current(), id));
    }

    @GET
    @Path("{twinId}/children")
    @RolesAllowed({"citizen", "staff", "admin", "device-gateway"})
    @Operation(summary = "The twins directly inside this one that the caller may view (REQ-DT-06)")
    @APIResponse(responseCode = "200", description = "The contained twins.")
    @APIResponse(responseCode = "404", description = "No such twin, or the caller may not view it.")
    public Response children(@PathParam("twinId") String id) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        twins.children(callers.current(), id).forEach(t -> list.add(TwinJson.of(t)));
        return Response.ok(list.build()).build();
    }

    @GET
    @Path("{twinId}/history")
    @RolesAllowed({"citizen", "staff", "admin", "device-gateway"})
    @Operation(summary = "Reports about the twin in a time range: newest first, or downsampled",
            description = "Without every: the reports themselves, newest first (late reports included), at most "
                    + "limit. With every (an ISO-8601 duration such as PT1H): the state reports of [from, to) in "
                    + "buckets of that width, oldest first, per property the last value and for numbers min, max "
                    + "and mean; at most 1000 buckets; empty buckets are left out.")
    @APIResponse(responseCode = "200", description = "The history entries, or {\"every\", \"buckets\": [...]}.")
    @APIResponse(responseCode = "400", description = "from/to are not instants, limit is out of range, or every "
            + "is not a duration or gives too many buckets.")
    public Response history(@PathParam("twinId") String id, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("limit") @DefaultValue("100") String limit,
                            @Parameter(description = "bucket width, e.g. PT1H") @QueryParam("every") String every) {
        Instant start = instant(from, Instant.EPOCH);
        Instant end = instant(to, Instant.now().plusSeconds(86_400));
        if (every != null && !every.isBlank()) {
            return Response.ok(TwinJson.buckets(duration(every),
                    twins.downsampledHistory(callers.current(), id, start, end, duration(every)))).build();
        }
        int max = whole(limit, "limit");
        if (max < 1 || max > MAX_HISTORY) {
            throw invalid("limit must be 1-" + MAX_HISTORY);
        }
        return Response.ok(twins.history(callers.current(), id, start, end, max)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(summary = "Create a twin (city administrators)")
    @APIResponse(responseCode = "201", description = "Created; Location names it.")
    @APIResponse(responseCode = "400", description = "A field breaks a twin rule (the problem type says which).")
    public Response create(JsonValue body) {
        TwinView twin = twins.create(callers.current(), TwinJson.spec(required(body)));
        return Response.created(UriBuilder.fromResource(TwinResource.class).path(twin.id()).build())
                .entity(TwinJson.of(twin)).build();
    }

    @PUT
    @Path("{twinId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "Change a twin's name, properties, actions or periodic sync (its administrators)",
            description = "Body: any of {\"name\", \"properties\": {name: NUMBER|TEXT|BOOLEAN}, \"actions\": [...], "
                    + "\"syncEvery\": \"PT15M\" | null}; what is absent stays. A property that goes or changes "
                    + "type loses its current value (the history keeps it).")
    @APIResponse(responseCode = "200", description = "The twin after the change.")
    @APIResponse(responseCode = "400", description = "A field breaks a twin rule.")
    @APIResponse(responseCode = "403", description = "The caller does not administer the twin.")
    @APIResponse(responseCode = "409", description = "syncEvery on a twin without a physical object (NL).")
    public JsonObject update(@PathParam("twinId") String id, JsonValue body) {
        return TwinJson.of(twins.update(callers.current(), id, TwinJson.change(required(body))));
    }

    @DELETE
    @Path("{twinId}")
    @RolesAllowed("admin")
    @Operation(summary = "Delete a twin that contains nothing, with its grants and history (city administrators)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "It still contains twins.")
    public Response delete(@PathParam("twinId") String id) {
        twins.delete(callers.current(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{twinId}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"device-gateway", "admin"})
    @Operation(summary = "Report values observed on the physical object",
            description = "Body: {\"observedAt\": instant, \"values\": {property: value}}. Newer than the "
                    + "current state: applied; older: kept in the history only.")
    @APIResponse(responseCode = "200", description = "The twin after the report.")
    @APIResponse(responseCode = "400", description = "Unknown property, wrong value type, or no observedAt.")
    public JsonObject report(@PathParam("twinId") String id, JsonValue body) {
        JsonObject request = required(body);
        if (!(request.get("values") instanceof JsonObject values)) {
            throw invalid("values must be an object of property: value");
        }
        return TwinJson.of(twins.report(callers.current(), id, values,
                instant(request.getString("observedAt", null), null)));
    }

    @PUT
    @Path("{twinId}/location")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"device-gateway", "admin"})
    @Operation(summary = "Report where the physical object is now (FGMV-28 7.3.2)")
    @APIResponse(responseCode = "200", description = "The twin at its new place.")
    @APIResponse(responseCode = "400", description = "Coordinates out of range or missing.")
    public JsonObject relocate(@PathParam("twinId") String id, JsonValue body) {
        JsonObject request = required(body);
        return TwinJson.of(twins.relocate(callers.current(), id, TwinJson.location(request),
                instant(request.getString("observedAt", null), null)));
    }

    @PUT
    @Path("{twinId}/parent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "Put the twin inside another ({\"parent\": id}) or at the top ({\"parent\": null})")
    @APIResponse(responseCode = "200", description = "The twin in its new place in the tree.")
    @APIResponse(responseCode = "400", description = "It would contain itself.")
    @APIResponse(responseCode = "403", description = "The caller does not administer both twins.")
    public JsonObject place(@PathParam("twinId") String id, JsonValue body) {
        JsonObject request = required(body);
        String parent = !request.containsKey("parent") || request.isNull("parent") ? null
                : request.get("parent") instanceof jakarta.json.JsonString p ? p.getString() : "";
        return TwinJson.of(twins.place(callers.current(), id, parent));
    }

    @POST
    @Path("{twinId}/sync")
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "Ask the physical object to sync with its twin (REQ-DT-07), scheduled by priority (REQ-DT-08)",
            description = "One request runs at a time per twin. Priority comes from the caller's relationship to "
                    + "the twin (server variable twin.sync.priorities). The running request completes when the "
                    + "device reports, or times out after twin.sync.timeout seconds.")
    @APIResponse(responseCode = "202", description = "RUNNING (sent to the device layer) or QUEUED (waits its turn).")
    @APIResponse(responseCode = "403", description = "The caller may see the twin but not operate it.")
    @APIResponse(responseCode = "409", description = "Refused: a higher-priority request is running; or the twin "
            + "has no physical object (NL).")
    public Response requestSync(@PathParam("twinId") String id) {
        SyncView sync = twins.requestSync(callers.current(), id);
        if (sync.status() == SyncStatus.REFUSED) {
            return Problem.response(Response.Status.CONFLICT, "twin/sync-refused",
                    "Refused: a higher-priority request is running. Try again when it has finished.");
        }
        return Response.accepted(sync).location(UriBuilder.fromResource(TwinResource.class)
                .path(id).path("sync").path(sync.requestId().toString()).build()).build();
    }

    @GET
    @Path("{twinId}/sync")
    @RolesAllowed({"citizen", "staff", "admin", "device-gateway"})
    @Operation(summary = "The twin's running and waiting sync requests, the next to run first")
    @APIResponse(responseCode = "200", description = "The open requests (the scheduler's own have requester \"schedule\").")
    @APIResponse(responseCode = "404", description = "No such twin, or the caller may not view it.")
    public Response openSyncRequests(@PathParam("twinId") String id) {
        return Response.ok(twins.openSyncRequests(callers.current(), id)).build();
    }

    @GET
    @Path("{twinId}/sync/{requestId}")
    @RolesAllowed({"citizen", "staff", "admin", "device-gateway"})
    @Operation(summary = "Where a sync request stands: RUNNING, QUEUED, SUCCEEDED, TIMED_OUT or REFUSED")
    @APIResponse(responseCode = "200", description = "The request.")
    @APIResponse(responseCode = "404", description = "No such request for this twin, or the twin is not visible.")
    public Response syncRequest(@PathParam("twinId") String id, @PathParam("requestId") String requestId) {
        return Response.ok(twins.syncRequest(callers.current(), id, uuidOrNotFound(requestId))).build();
    }

    @GET
    @Path("{twinId}/grants")
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "Who may do what with this twin (administrators of the twin)")
    @APIResponse(responseCode = "200", description = "The grants on this twin itself.")
    public Response grants(@PathParam("twinId") String id) {
        return Response.ok(twins.grants(callers.current(), id)).build();
    }

    @POST
    @Path("{twinId}/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "Grant a principal a permission on this twin and what it contains",
            description = "Body: {\"principal\": \"household:<id>\" | \"user:<subject>\" | \"department:<code>\" | "
                    + "\"role:<role>\" | \"device:<id>\", \"permission\": \"VIEW\" | \"OPERATE\" | \"ADMINISTER\"}.")
    @APIResponse(responseCode = "201", description = "Granted.")
    public Response grant(@PathParam("twinId") String id, JsonValue body) {
        JsonObject request = required(body);
        return Response.status(Response.Status.CREATED).entity(twins.grant(callers.current(), id,
                request.getString("principal", null), request.getString("permission", null))).build();
    }

    @DELETE
    @Path("{twinId}/grants/{grantId}")
    @RolesAllowed({"citizen", "staff", "admin"})
    @Operation(summary = "Withdraw a grant; the last administrator grant stays")
    @APIResponse(responseCode = "204", description = "Withdrawn.")
    @APIResponse(responseCode = "409", description = "It is the last grant that lets anyone administer the twin.")
    public Response revoke(@PathParam("twinId") String id, @PathParam("grantId") String grantId) {
        twins.revoke(callers.current(), id, uuidOrNotFound(grantId));
        return Response.noContent().build();
    }

    /** An id in the path that is not even a UUID names nothing: 404, like an unknown one. */
    private static UUID uuidOrNotFound(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new TwinException(TwinException.Reason.NOT_FOUND);
        }
    }

    private static InvalidRequestException invalid(String detail) {
        return new InvalidRequestException("twin/invalid-request", detail);
    }

    /** The body as a JSON object; an array, a string or nothing is a 400 (not a cast failure). */
    private static JsonObject required(JsonValue body) {
        if (!(body instanceof JsonObject object)) {
            throw invalid("a JSON object is required");
        }
        return object;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int whole(String text, String name) {
        return InvalidRequestException.wholeNumber(text, name, "twin/invalid-request");
    }

    private static double[] numbers(String text, int count, String name) {
        return InvalidRequestException.numbers(text, count, name, "twin/invalid-request");
    }

    private static java.time.Duration duration(String text) {
        try {
            return java.time.Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid("every must be an ISO-8601 duration such as PT5M or PT1H");
        }
    }

    private static Instant instant(String text, Instant fallback) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                throw invalid("observedAt is required (an instant like 2026-11-22T14:03:00Z)");
            }
            return fallback;
        }
        try {
            Instant instant = Instant.parse(text.strip());
            if (instant.isBefore(Instant.EPOCH) || instant.isAfter(LATEST)) {
                throw invalid("times must be between 1970 and 9999");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw invalid("times must be instants like 2026-11-22T14:03:00Z");
        }
    }
}
