package org.citiverse.device.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citiverse.device.application.DeviceService;
import org.citiverse.device.application.DeviceView;
import org.citiverse.device.application.IssuedCredential;
import org.citiverse.device.domain.DeviceStatus;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Device access for staff (FGMV-31 CommR-ReqR-1): register a device (and the twin it reports for),
 * list and read devices, rotate and revoke credentials. A secret is in the answer exactly once.
 */
@Path("/v1/devices")
@Tag(name = "Devices", description = "Registered devices and their credentials.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"staff", "admin"})
public class DeviceResource {

    private static final String INVALID = "device/invalid-request";
    private static final Set<String> FIELDS = Set.of("id", "name", "profile", "twin");

    @Inject
    DeviceService devices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a device and issue its first credential",
            description = "Body: {\"id\", \"name\", \"profile\" (such as doorbell), \"twin\"?: the twin it reports for, "
                    + "which the caller must administer}. The answer holds the device's secret: give it to the "
                    + "device; it is not shown again.")
    @APIResponse(responseCode = "201", description = "Registered: {\"device\": …, \"credential\": {\"version\", \"secret\"}}.")
    @APIResponse(responseCode = "400", description = "A field breaks a rule.")
    @APIResponse(responseCode = "409", description = "A device with this id is registered already.")
    @APIResponse(responseCode = "503", description = "The server has no device.credentials.secret.")
    public Response register(JsonValue body, @Context SecurityContext security) {
        if (!(body instanceof JsonObject json) || !FIELDS.containsAll(json.keySet())) {
            throw new InvalidRequestException(INVALID, "a JSON object with id, name, profile and optionally twin");
        }
        IssuedCredential credential = devices.register(security.getUserPrincipal().getName(), text(json, "id"),
                text(json, "name"), text(json, "profile"), text(json, "twin"));
        return Response.created(UriBuilder.fromResource(DeviceResource.class).path(credential.deviceId()).build())
                .entity(Map.of("device", devices.get(credential.deviceId()), "credential", credential)).build();
    }

    @GET
    @Operation(summary = "Registered devices, by id", description = "status=ACTIVE or REVOKED filters.")
    @APIResponse(responseCode = "200", description = "A page of devices.")
    public List<DeviceView> list(@QueryParam("status") String status,
                                 @QueryParam("offset") @DefaultValue("0") String offset,
                                 @QueryParam("limit") @DefaultValue("100") String limit) {
        int from = InvalidRequestException.wholeNumber(offset, "offset", INVALID);
        int max = InvalidRequestException.wholeNumber(limit, "limit", INVALID);
        if (from < 0 || max < 1 || max > 500) {
            throw new InvalidRequestException(INVALID, "offset must be 0 or more and limit 1-500");
        }
        return devices.list(status(status), from, max);
    }

    @GET
    @Path("{deviceId}")
    @Operation(summary = "One device: status, twin, credential version, last seen, online, clock offset")
    @APIResponse(responseCode = "200", description = "The device.")
    @APIResponse(responseCode = "404", description = "No such device.")
    public DeviceView get(@PathParam("deviceId") String id) {
        return devices.get(id);
    }

    @POST
    @Path("{deviceId}/credentials")
    @Operation(summary = "Issue a new credential; the previous one stops working at once (a revoked device is active again)")
    @APIResponse(responseCode = "200", description = "{\"deviceId\", \"version\", \"secret\"}: shown once.")
    @APIResponse(responseCode = "404", description = "No such device.")
    public IssuedCredential rotate(@PathParam("deviceId") String id) {
        return devices.rotate(id);
    }

    @DELETE
    @Path("{deviceId}/credentials")
    @Operation(summary = "Revoke the device's credential: its messages are refused from now on")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such device.")
    public Response revoke(@PathParam("deviceId") String id) {
        devices.revoke(id);
        return Response.noContent().build();
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw new InvalidRequestException(INVALID, name + " must be text");
        }
        return s.getString();
    }

    private static DeviceStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DeviceStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(INVALID, "status must be ACTIVE or REVOKED");
        }
    }
}
