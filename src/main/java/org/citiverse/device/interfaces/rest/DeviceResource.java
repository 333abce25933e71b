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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citiverse.device.application.DeviceService;
import org.citiverse.device.application.DeviceView;
import org.citiverse.device.application.IssuedCredential;
import org.citiverse.device.application.NewClaimCode;
import org.citiverse.device.domain.DeviceStatus;
import org.citiverse.device.domain.InvalidDescriptionException;
import org.citiverse.device.domain.ThingDescription;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Device access for staff (FGMV-31 CommR-ReqR-1): register a device (and the twin it reports for),
 * list and read devices, rotate and revoke credentials, describe a device (IR-RecR-2) and issue
 * household claim codes. A secret or code is in the answer exactly once.
 */
@Path("/v1/devices")
@Tag(name = "Devices", description = "Registered devices and their credentials.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"staff", "admin"})
public class DeviceResource {

    private static final String INVALID = "device/invalid-request";
    private static final Set<String> FIELDS = Set.of("id", "name", "profile", "twin", "claimCode");

    @Inject
    DeviceService devices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a device and issue its first credential",
            description = "Body: {\"id\", \"name\", \"profile\" (a built-in one, see /v1/device-profiles, or any "
                    + "other label), \"twin\"?: the twin it reports for, which the caller must administer, "
                    + "\"claimCode\"?: true for a household claim code}. A built-in profile gives the twin the "
                    + "properties and actions it lacks. The answer holds the device's secret (and claim code): give "
                    + "them to whoever installs the device; they are not shown again.")
    @APIResponse(responseCode = "201", description = "Registered: {\"device\": …, \"credential\": {\"version\", "
            + "\"secret\"}, \"claimCode\"?: {\"code\", \"expiresAt\"}}.")
    @APIResponse(responseCode = "400", description = "A field breaks a rule.")
    @APIResponse(responseCode = "409", description = "A device with this id is registered already.")
    @APIResponse(responseCode = "503", description = "The server has no device.credentials.secret.")
    public Response register(JsonValue body, @Context SecurityContext security) {
        if (!(body instanceof JsonObject json) || !FIELDS.containsAll(json.keySet())
                || json.containsKey("claimCode") && json.get("claimCode") != JsonValue.TRUE
                && json.get("claimCode") != JsonValue.FALSE) {
            throw new InvalidRequestException(INVALID, "a JSON object with id, name, profile and optionally twin "
                    + "and claimCode (true or false)");
        }
        DeviceService.Registration registration = devices.register(security.getUserPrincipal().getName(),
                text(json, "id"), text(json, "name"), text(json, "profile"), text(json, "twin"),
                json.get("claimCode") == JsonValue.TRUE);
        String id = registration.credential().deviceId();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("device", devices.get(id));
        answer.put("credential", registration.credential());
        if (registration.claimCode() != null) {
            answer.put("claimCode", registration.claimCode());
        }
        return Response.created(UriBuilder.fromResource(DeviceResource.class).path(id).build()).entity(answer)
                .build();
    }

    @GET
    @Operation(summary = "Registered devices, by id", description = "status=ACTIVE or REVOKED, profile=… and "
            + "silentFor=<ISO-8601 duration, PT1M..P366D> (not seen for that long, or never) filter.")
    @APIResponse(responseCode = "200", description = "A page of devices.")
    @APIResponse(responseCode = "400", description = "A filter or paging value out of range.")
    public List<DeviceView> list(@QueryParam("status") String status,
                                 @QueryParam("profile") String profile,
                                 @QueryParam("silentFor") String silentFor,
                                 @QueryParam("offset") @DefaultValue("0") String offset,
                                 @QueryParam("limit") @DefaultValue("100") String limit) {
        int from = InvalidRequestException.wholeNumber(offset, "offset", INVALID);
        int max = InvalidRequestException.wholeNumber(limit, "limit", INVALID);
        if (from < 0 || max < 1 || max > 500) {
            throw new InvalidRequestException(INVALID, "offset must be 0 or more and limit 1-500");
        }
        return devices.list(status(status), profile == null || profile.isBlank() ? null : profile.strip(),
                silence(silentFor), from, max);
    }

    @GET
    @Path("{deviceId}")
    @Operation(summary = "One device: status, twin, credential version, last seen, online, clock offset, firmware")
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

    @PUT
    @Path("{deviceId}/description")
    @Consumes({ThingDescription.CONTENT_TYPE, MediaType.APPLICATION_JSON})
    @Produces(ThingDescription.CONTENT_TYPE)
    @Operation(summary = "Describe a device with a W3C Thing Description (TD 1.1); its twin follows",
            description = "For a device that cannot send its own (a device sends it as a report of type "
                    + "application/td+json). Properties (boolean, integer, number, string; unit, readOnly, "
                    + "minimum, maximum, enum) and actions the twin lacks are added and named properties take the "
                    + "declared type; events are kept as the device's declared events. The same people may as for "
                    + "a new credential. The answer is the description as kept.")
    @APIResponse(responseCode = "200", description = "Described.")
    @APIResponse(responseCode = "400", description = "Not a Thing Description the platform takes "
            + "(device/invalid-description, saying why), or one the twin cannot take.")
    @APIResponse(responseCode = "403", description = "The caller may not administer the device's twin.")
    @APIResponse(responseCode = "404", description = "No such device.")
    @APIResponse(responseCode = "409", description = "The device reports for no twin (device/no-twin).")
    public Response describe(@PathParam("deviceId") String id, InputStream body) {
        String text = BoundedBody.read(body, ThingDescription.MAX_BYTES);
        if (text == null) {
            throw new InvalidDescriptionException("the description is larger than " + ThingDescription.MAX_BYTES
                    + " bytes");
        }
        return Response.ok(devices.describe(id, text).toString(), ThingDescription.CONTENT_TYPE).build();
    }

    @GET
    @Path("{deviceId}/description")
    @Produces(ThingDescription.CONTENT_TYPE)
    @Operation(summary = "What describes a device: its own Thing Description, else its built-in profile's")
    @APIResponse(responseCode = "200", description = "The Thing Description.")
    @APIResponse(responseCode = "404", description = "No such device, or nothing describes it.")
    public Response description(@PathParam("deviceId") String id) {
        return Response.ok(devices.description(id).toString(), ThingDescription.CONTENT_TYPE).build();
    }

    @POST
    @Path("{deviceId}/claim-code")
    @Operation(summary = "Issue a one-time claim code a household takes the device into its home with",
            description = "Valid for device.claim.days days; an earlier open code stops working. The same people "
                    + "may as for a new credential.")
    @APIResponse(responseCode = "200", description = "{\"deviceId\", \"code\", \"expiresAt\"}: shown once.")
    @APIResponse(responseCode = "404", description = "No such device.")
    @APIResponse(responseCode = "409", description = "A household has claimed the device already.")
    public NewClaimCode claimCode(@PathParam("deviceId") String id) {
        return devices.issueClaimCode(id);
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

    /** How long a device must have been silent to be listed, or null for any. */
    static java.time.Duration silence(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            java.time.Duration silence = java.time.Duration.parse(text.strip());
            if (silence.compareTo(java.time.Duration.ofMinutes(1)) >= 0
                    && silence.compareTo(java.time.Duration.ofDays(366)) <= 0) {
                return silence;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        throw new InvalidRequestException(INVALID, "silentFor must be an ISO-8601 duration from PT1M to P366D");
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
