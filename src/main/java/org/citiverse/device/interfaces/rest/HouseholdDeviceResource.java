package org.citiverse.device.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.citiverse.device.application.HouseholdDevice;
import org.citiverse.device.application.HouseholdDevices;
import org.citiverse.device.domain.DeviceException;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A household's devices for its members (self-registration, FGMV-31 device access): claim a device
 * with its one-time code, list them, let one go. A household the caller is not in does not exist.
 */
@Path("/households/{householdId}/devices")
@Tag(name = "Households")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("citizen")
public class HouseholdDeviceResource {

    @Inject
    HouseholdDevices devices;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The household's devices")
    @APIResponse(responseCode = "200", description = "Possibly none.")
    @APIResponse(responseCode = "404", description = "No such household, or the caller is not in it.")
    public List<HouseholdDevice> list(@PathParam("householdId") String householdId) {
        return devices.list(subject(), id(householdId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claim a device with its one-time code",
            description = "Body: {\"claimCode\"} as handed over with the device (case, spaces and dashes do not "
                    + "matter). The device gets a twin in the household's home (or keeps its own), which the "
                    + "household may operate.")
    @APIResponse(responseCode = "201", description = "Claimed: the device.")
    @APIResponse(responseCode = "400", description = "Malformed, or a wrong, used or expired code "
            + "(device/claim-code-unknown, -used, -expired).")
    @APIResponse(responseCode = "404", description = "No such household, or the caller is not in it.")
    @APIResponse(responseCode = "409", description = "A household has claimed the device already.")
    @APIResponse(responseCode = "429", description = "Too many wrong codes from this household within the hour.")
    public Response claim(@PathParam("householdId") String householdId, JsonValue body) {
        if (!(body instanceof JsonObject json) || !Set.of("claimCode").equals(json.keySet())
                || !(json.get("claimCode") instanceof JsonString code)) {
            throw new InvalidRequestException("device/invalid-request", "a JSON object with claimCode");
        }
        return Response.status(Response.Status.CREATED)
                .entity(devices.claim(subject(), id(householdId), code.getString())).build();
    }

    @DELETE
    @Path("{deviceId}")
    @Operation(summary = "Let a device go: the household's grant goes (and the twin its claim made); the "
            + "device keeps its credential")
    @APIResponse(responseCode = "204", description = "Gone from the household.")
    @APIResponse(responseCode = "404", description = "Not a device of a household the caller is in.")
    public Response unclaim(@PathParam("householdId") String householdId, @PathParam("deviceId") String deviceId) {
        devices.unclaim(subject(), id(householdId), deviceId);
        return Response.noContent().build();
    }

    private String subject() {
        return security.getUserPrincipal().getName();
    }

    private static UUID id(String householdId) {
        try {
            return UUID.fromString(householdId);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(DeviceException.Reason.HOUSEHOLD_NOT_FOUND);
        }
    }
}
