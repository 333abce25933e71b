package org.citiverse.device.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citiverse.device.application.DeviceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fleet at a glance; the fleet page keeps its counts live from here. */
@Path("/v1/device-fleet")
@Tag(name = "Devices")
public class DeviceFleetResource {

    @Inject
    DeviceService devices;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "How many active devices are online and offline, and how many are revoked")
    @APIResponse(responseCode = "200", description = "{\"online\", \"offline\", \"revoked\"}.")
    public DeviceService.Fleet fleet() {
        return devices.fleet();
    }
}
