package org.citiverse.device.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Set;
import java.util.UUID;
import org.citiverse.device.application.ActuationService;
import org.citiverse.device.application.ActuationView;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Actuation (FGMV-31 L2) for people: have a two-way twin's physical object perform one of its
 * actions, then follow the command to its outcome.
 */
@Path("/v1/commands")
@Tag(name = "Commands", description = "Actions on two-way twins, carried out by their devices.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"citizen", "staff", "admin"})
public class CommandResource {

    private static final String INVALID = "command/invalid-request";
    private static final Set<String> FIELDS = Set.of("twin", "action", "parameters");

    @Inject
    ActuationService actuations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Have a twin's object perform an action (those who may operate the twin)",
            description = "Body: {\"twin\", \"action\" (one the twin declares), \"parameters\"?: {…}}. Sent at once "
                    + "when the twin's device is online (SENT), else it waits for the device (PENDING); it ends "
                    + "ACKED or FAILED by the device's answer, or TIMED_OUT after device.command.lifetime seconds.")
    @APIResponse(responseCode = "202", description = "Issued; Location follows it.")
    @APIResponse(responseCode = "400", description = "Malformed, or an action the twin does not have.")
    @APIResponse(responseCode = "403", description = "The caller may see the twin but not operate it.")
    @APIResponse(responseCode = "404", description = "No such twin, or the caller may not see it.")
    @APIResponse(responseCode = "409", description = "No active device acts for the twin.")
    public Response issue(JsonValue body) {
        if (!(body instanceof JsonObject json) || !FIELDS.containsAll(json.keySet())
                || !(json.get("twin") instanceof JsonString twin) || !(json.get("action") instanceof JsonString action)
                || json.containsKey("parameters") && !(json.get("parameters") instanceof JsonObject)) {
            throw new InvalidRequestException(INVALID, "a JSON object with twin, action and optionally parameters {}");
        }
        ActuationView command = actuations.issue(twin.getString(), action.getString(), json.getJsonObject("parameters"));
        return Response.accepted(command).location(UriBuilder.fromResource(CommandResource.class)
                .path(command.commandId().toString()).build()).build();
    }

    @GET
    @Path("{commandId}")
    @Operation(summary = "Where a command stands: PENDING, SENT, ACKED, FAILED or TIMED_OUT")
    @APIResponse(responseCode = "200", description = "The command.")
    @APIResponse(responseCode = "404", description = "No such command, or its twin is not visible to the caller.")
    public ActuationView get(@PathParam("commandId") String id) {
        try {
            return actuations.get(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new DeviceException(DeviceException.Reason.COMMAND_NOT_FOUND);
        }
    }
}
