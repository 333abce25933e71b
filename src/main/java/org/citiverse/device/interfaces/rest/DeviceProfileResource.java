package org.citiverse.device.interfaces.rest;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citiverse.device.application.DeviceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The built-in device profiles staff register simple devices with: each a Thing Description. */
@Path("/v1/device-profiles")
@Tag(name = "Devices")
public class DeviceProfileResource {

    @Inject
    DeviceService devices;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "The built-in device profiles, by name, each with its Thing Description")
    @APIResponse(responseCode = "200", description = "[{\"name\", \"description\": {Thing Description}}].")
    public Response list() {
        JsonArrayBuilder profiles = JSON.createArrayBuilder();
        devices.profiles().forEach((name, td) -> profiles.add(JSON.createObjectBuilder().add("name", name)
                .add("description", td)));
        return Response.ok(profiles.build()).build();
    }
}
