package org.citiverse.permit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.permit.application.CheckReport;
import org.citiverse.permit.application.PermitJourney;
import org.citiverse.permit.application.SavedChecks;
import org.citiverse.permit.application.TooManySavedChecks;
import org.citiverse.permit.domain.SavedCheck;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.citiverse.shared.interfaces.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The permit checks a signed-in citizen keeps: keep one (computed afresh from its inputs), list,
 * read (also as a PDF) and delete them. Another citizen's check is "not found", like none.
 */
@Path("/v1/permit-checks/saved")
@Tag(name = "Permit checks", description = "Whether a planned activity needs a permit.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("citizen")
public class SavedPermitCheckResource {

    /** A check's inputs are a few short answers: anything larger is no check. */
    static final int MAX_BODY_BYTES = 16 * 1024;
    private static final String INVALID = "permit/invalid-request";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    PermitJourney journey;

    @Inject
    SavedChecks saved;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a permit check",
            description = "Body as for POST /api/v1/permit-checks: {addressId (or latitude and longitude), activity, "
                    + "inputs: the answers to the questions of the rules in force}. The check is computed afresh; only "
                    + "the answers the rules ask for are kept, with the place's address id and parcel (no coordinates), "
                    + "the outcome and the rules it came from. The same check kept again answers the kept one (200).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "201", description = "Kept; Location names it.",
            content = @Content(schema = @Schema(implementation = CheckReport.class)))
    @APIResponse(responseCode = "200", description = "The same check was kept before: that one.",
            content = @Content(schema = @Schema(implementation = CheckReport.class)))
    @APIResponse(responseCode = "400", description = "Not JSON, no place, no parcel there, or an answer missing or "
            + "not what the question takes (problem detail names it).")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Not a citizen.")
    @APIResponse(responseCode = "409", description = "The citizen keeps " + SavedCheck.MAX_PER_OWNER
            + " checks already; delete some first.")
    @APIResponse(responseCode = "413", description = "A body larger than 16 KiB.")
    public Response save(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
                         InputStream body) {
        if (declared(length) > MAX_BODY_BYTES) {
            return tooLarge();
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            return tooLarge();
        }
        ParcelCheckRequest request;
        try {
            request = bytes.length == 0 ? null : JSON.fromJson(new String(bytes, StandardCharsets.UTF_8),
                    ParcelCheckRequest.class);
        } catch (JsonbException e) {
            request = null;
        }
        if (request == null) {
            throw new InvalidRequestException(INVALID, "the body is {addressId or latitude and longitude, activity, "
                    + "inputs: {...}}");
        }
        try {
            SavedChecks.Kept kept = journey.save(owner(), journey.inputs(request.addressId(), request.latitude(),
                    request.longitude(), request.activity(), request.inputs()));
            UUID id = kept.check().savedId();
            return kept.created()
                    ? Response.created(uri.getBaseUriBuilder().path("v1/permit-checks/saved/" + id).build())
                            .entity(kept.check()).build()
                    : Response.ok(kept.check()).build();
        } catch (TooManySavedChecks e) {
            return Problem.response(Response.Status.CONFLICT, "permit/too-many-saved-checks",
                    "At most " + SavedCheck.MAX_PER_OWNER + " checks are kept; delete some first.");
        }
    }

    @GET
    @Operation(summary = "The signed-in citizen's kept permit checks, newest first")
    @APIResponse(responseCode = "200", description = "{checks: [...]}")
    @APIResponse(responseCode = "401", description = "Not signed in.")
    @APIResponse(responseCode = "403", description = "Not a citizen.")
    public Map<String, List<CheckReport>> list() {
        return Map.of("checks", saved.of(owner()));
    }

    @GET
    @Path("{savedCheckId}")
    @Operation(summary = "One of the signed-in citizen's kept permit checks")
    @APIResponse(responseCode = "200", description = "The check.",
            content = @Content(schema = @Schema(implementation = CheckReport.class)))
    @APIResponse(responseCode = "404", description = "No such check of this citizen (another's is not shown).")
    public CheckReport get(@PathParam("savedCheckId") String id) {
        return saved.of(owner(), uuid(id)).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{savedCheckId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "One of the signed-in citizen's kept permit checks as a PDF",
            description = "The printable page's content as a tagged PDF, in ?lang= (en, nl; else the browser's language).")
    @APIResponse(responseCode = "200", description = "The PDF.")
    @APIResponse(responseCode = "404", description = "No such check of this citizen.")
    public Response pdf(@PathParam("savedCheckId") String id, @QueryParam("lang") String lang,
                        @Context HttpHeaders headers) {
        CheckReport report = saved.of(owner(), uuid(id)).orElseThrow(NotFoundException::new);
        return PermitCheckPdfResource.pdf(report, lang, headers, "permit-check-" + id + ".pdf");
    }

    @DELETE
    @Path("{savedCheckId}")
    @Operation(summary = "Delete one of the signed-in citizen's kept permit checks")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such check of this citizen.")
    public Response delete(@PathParam("savedCheckId") String id) {
        if (!saved.delete(owner(), uuid(id))) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private String owner() {
        return security.getUserPrincipal().getName();
    }

    private static UUID uuid(String id) {
        return Uuids.parse(id).orElseThrow(NotFoundException::new);
    }

    private static long declared(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Response tooLarge() {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "permit/check-too-large",
                "A check is at most " + MAX_BODY_BYTES + " bytes.");
    }
}
