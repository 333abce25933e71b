package org.citiverse.notification.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.UUID;
import org.citiverse.notification.application.AnswerResult;
import org.citiverse.notification.application.GuestNotifications;
import org.citiverse.notification.domain.VisitException;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.citiverse.shared.interfaces.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Guest visits for members of the household they rang at (FGMV-28 7.2.1): the log, one visit, the
 * answer (open, decline, coming — the first one counts), the visitor's picture, and the event stream
 * that tells every open page of a member at once.
 */
@Path("/v1/visits")
@Tag(name = "Guest visits", description = "Rings at the doors of the caller's households, and answering them.")
@RolesAllowed("citizen")
public class VisitResource {

    private static final Set<String> FIELDS = Set.of("answer");

    @Inject
    GuestNotifications notifications;

    @Inject
    VisitStream stream;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The visit log of the caller's households, newest first")
    @APIResponse(responseCode = "200", description = "Possibly none.")
    public JsonValue log(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidRequestException("visit/invalid-request", "limit is 1 to 200");
        }
        JsonArrayBuilder all = JsonText.JSON.createArrayBuilder();
        notifications.log(subject(), limit).forEach(v -> all.add(VisitJson.of(v, apiBase())));
        return all.build();
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events: every ring and change of the caller's visits, as it happens",
            description = "First a \"ready\" event, then a \"visit\" event for each visit still open, then \"ring\" "
                    + "(a new visit) and \"visit\" (a change) events with the visit as JSON. Rings during the caller's "
                    + "quiet hours are not sent. A comment line keeps the stream alive; reconnect when it ends.")
    @APIResponse(responseCode = "200", description = "The stream.")
    public void events(@Context SseEventSink sink, @Context Sse sse) {
        String subject = subject();
        stream.subscribe(new VisitStream.Subscriber(subject, sink, sse, apiBase(), request.getSession(false)),
                notifications.open(subject));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One visit")
    @APIResponse(responseCode = "200", description = "The visit.")
    @APIResponse(responseCode = "404", description = "No such visit, or not at a household of the caller's.")
    public JsonObject one(@PathParam("id") String id) {
        return VisitJson.of(notifications.visit(subject(), visitId(id)), apiBase());
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a ring: open the door, decline, or say you are coming",
            description = "Body: {\"answer\": \"open\" | \"decline\" | \"coming\"}. The first answer to a ringing visit "
                    + "counts; the member who said they are coming may still open or decline; after a failed opening "
                    + "anyone may open again. Opening sends the lock's twin its open command (the caller must be "
                    + "allowed to operate it); the visit is OPENING until the lock answers (OPENED or OPEN_FAILED).")
    @APIResponse(responseCode = "200", description = "Taken; the visit as it now stands.")
    @APIResponse(responseCode = "400", description = "Not one of the answers.")
    @APIResponse(responseCode = "403", description = "The caller may not operate the door's lock.")
    @APIResponse(responseCode = "404", description = "No such visit, or not at a household of the caller's.")
    @APIResponse(responseCode = "409", description = "Someone else answered first (the problem names them), or the "
            + "home has no lock to open.")
    @APIResponse(responseCode = "410", description = "Nobody answered in time; the ring has expired.")
    public Response answer(@PathParam("id") String id, JsonValue body) {
        if (!(body instanceof JsonObject json) || !FIELDS.containsAll(json.keySet())
                || !(json.get("answer") instanceof JsonString answer)) {
            throw new InvalidRequestException("visit/invalid-request", "a JSON object {\"answer\": \"open\" | "
                    + "\"decline\" | \"coming\"}");
        }
        String apiBase = apiBase(); // before the answer: its event is sent while this request still runs
        AnswerResult result = notifications.answer(subject(), visitId(id), answer.getString());
        JsonObject visit = VisitJson.of(result.visit(), apiBase);
        return switch (result.outcome()) {
            case TAKEN -> Response.ok(visit, MediaType.APPLICATION_JSON_TYPE).build();
            case ALREADY_ANSWERED -> problem(Response.Status.CONFLICT, "visit/already-answered",
                    (result.visit().answeredBy() == null ? "Someone" : result.visit().answeredBy())
                            + " already answered this ring.", visit);
            case EXPIRED -> problem(Response.Status.GONE, "visit/expired",
                    "Nobody answered in time; the ring has expired.", visit);
        };
    }

    @GET
    @Path("{id}/snapshot")
    @Produces({"image/jpeg", "image/png", "image/webp", "image/svg+xml"})
    @Operation(summary = "The camera's picture of the visitor")
    @APIResponse(responseCode = "200", description = "The picture; never cached outside the caller's browser.")
    @APIResponse(responseCode = "404", description = "No such visit or picture (deleted, or none was taken).")
    public Response snapshot(@PathParam("id") String id) {
        return notifications.snapshot(subject(), visitId(id))
                .map(p -> Response.ok(p.image(), p.contentType())
                        .header("Cache-Control", "private, no-store")
                        .header("X-Content-Type-Options", "nosniff")
                        // an SVG picture is shown as an image; opened on its own it may run nothing
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                        .build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "visit/no-snapshot",
                        "There is no picture of this visit (none was taken, or it was deleted)."));
    }

    @DELETE
    @Path("{id}/snapshot")
    @Operation(summary = "Delete the visitor's picture now, before its retention period ends")
    @APIResponse(responseCode = "204", description = "Deleted (or there was none).")
    @APIResponse(responseCode = "404", description = "No such visit, or not at a household of the caller's.")
    public Response deleteSnapshot(@PathParam("id") String id) {
        notifications.deleteSnapshot(subject(), visitId(id));
        return Response.noContent().build();
    }

    private static Response problem(Response.Status status, String type, String detail, JsonObject visit) {
        JsonObject body = JsonText.JSON.createObjectBuilder().add("type", type).add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode()).add("detail", detail).add("visit", visit).build();
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static UUID visitId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new VisitException(VisitException.Reason.NOT_FOUND);
        }
    }

    private String apiBase() {
        return request.getContextPath() + "/api";
    }

    private String subject() {
        return security.getUserPrincipal().getName();
    }
}
