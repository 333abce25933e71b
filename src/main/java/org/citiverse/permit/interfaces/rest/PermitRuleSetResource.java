package org.citiverse.permit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.citiverse.permit.application.RuleSetService;
import org.citiverse.permit.application.RuleSetView;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.citiverse.shared.interfaces.rest.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff maintain the permit rules: versions of DMN decision models per activity and zone type. */
@Path("/v1/permit-rule-sets")
@Tag(name = "Permit rule sets", description = "Versioned DMN rule sets per activity and zone type: upload, activate.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"staff", "admin"})
public class PermitRuleSetResource {

    private static final String INVALID = "permit/invalid-request";

    @Inject
    RuleSetService ruleSets;

    @Inject
    @ConfigProperty(name = "permit.rules.upload.max.bytes", defaultValue = "2097152")
    long maxUploadBytes;

    @GET
    @Operation(summary = "All rule sets, newest version first within an activity and zone type")
    @APIResponse(responseCode = "200", description = "The rule sets (without their models).",
            content = @Content(schema = @Schema(implementation = RuleSetView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No credentials.")
    @APIResponse(responseCode = "403", description = "Not staff.")
    public List<RuleSetView> list(@Parameter(description = "Only this activity") @QueryParam("activity")
                                  String activity) {
        return ruleSets.list(activity);
    }

    @GET
    @Path("{ruleSetId}")
    @Operation(summary = "One rule set with its decision model (dmn) and test cases")
    @APIResponse(responseCode = "200", description = "The rule set.",
            content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "404", description = "No rule set with this id.")
    public RuleSetView get(@PathParam("ruleSetId") String id) {
        return ruleSets.get(uuid(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a new version of the rules for an activity and zone type, as a draft",
            description = "{activity, zoneType, effectiveFrom (YYYY-MM-DD), dmn (the DMN XML as text), testCases "
                    + "(a JSON array, or the same as text, of {name, inputs: {...}, expected: PERMIT_FREE | "
                    + "PERMIT_REQUIRED | NOT_ALLOWED | UNDECIDED, ruleId (optional)})}. The model is validated "
                    + "(XML schema, model, compilation, every rule has an entry for every input and output, a "
                    + "decision \"permit\" as docs/PERMIT-RULES.md describes). The version number is the next "
                    + "of its activity and zone type. Audited.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "201", description = "The draft.",
            content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "400", description = "Not JSON, a field missing or wrong, a model with problems or "
            + "unreadable test cases: problems lists each (a model's with its line).")
    @APIResponse(responseCode = "401", description = "No credentials.")
    @APIResponse(responseCode = "403", description = "Not staff.")
    @APIResponse(responseCode = "413", description = "Larger than permit.rules.upload.max.bytes (2 MiB).")
    public Response upload(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
                           InputStream body) {
        if (declared(length) > maxUploadBytes) {
            return tooLarge();
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxUploadBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxUploadBytes) {
            return tooLarge();
        }
        JsonObject json;
        try (var reader = JsonText.JSON.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidRequestException(INVALID, "the body is a JSON object {activity, zoneType, effectiveFrom, "
                    + "dmn, testCases}");
        }
        RuleSetView draft = ruleSets.upload(text(json, "activity"), text(json, "zoneType"),
                date(text(json, "effectiveFrom")), text(json, "dmn"), testCases(json.get("testCases")));
        return Response.status(Response.Status.CREATED).entity(draft).build();
    }

    @POST
    @Path("{ruleSetId}/activation")
    @Operation(summary = "Activate a draft: its test cases must pass; the active version is retired",
            description = "Optionally ?version= the rule set's version as read (409 when it changed). Audited.")
    @APIResponse(responseCode = "200", description = "The rule set, now ACTIVE.",
            content = @Content(schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "404", description = "No rule set with this id.")
    @APIResponse(responseCode = "409", description = "Not a draft, or changed meanwhile.")
    @APIResponse(responseCode = "422", description = "Test cases fail: problems lists each with what it gave.")
    public RuleSetView activate(@PathParam("ruleSetId") String id, @QueryParam("version") String version) {
        Integer basedOn = version == null ? null : InvalidRequestException.wholeNumber(version, "version", INVALID);
        return ruleSets.activate(uuid(id), basedOn);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new org.citiverse.permit.domain.PermitException(
                    org.citiverse.permit.domain.PermitException.Reason.NOT_FOUND);
        }
    }

    private static String text(JsonObject json, String name) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidRequestException(INVALID, name + " is text");
    }

    private static String testCases(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    private static LocalDate date(String text) {
        return RequestBodies.date(text, "effectiveFrom", INVALID);
    }

    private static long declared(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Response tooLarge() {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "permit/upload-too-large",
                "An upload is at most " + maxUploadBytes + " bytes.");
    }

}
