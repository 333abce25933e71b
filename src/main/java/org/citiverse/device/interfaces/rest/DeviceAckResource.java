package org.citiverse.device.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citiverse.device.application.ActuationService;
import org.citiverse.device.application.ActuationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A device's answer to a command, over HTTPS for gateways (docs/DEVICE-PROTOCOL.md). */
@Path("/device/acks")
@Tag(name = "Device messages")
public class DeviceAckResource {

    @Inject
    ActuationService actuations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("device-gateway")
    @Operation(summary = "A device answers a command",
            description = "Body: {\"correlationId\", \"outcome\": \"ok\" | \"failed\", \"detail\"?}, signed by the device "
                    + "with the correlation id as message id. Only the first answer to an open command counts.")
    @APIResponse(responseCode = "200", description = "The command after the answer.")
    @APIResponse(responseCode = "400", description = "Not an answer.")
    @APIResponse(responseCode = "403", description = "Not the device's (unknown, revoked, bad signature).")
    @APIResponse(responseCode = "404", description = "No command of this device has this correlation id.")
    public ActuationView acknowledge(@Parameter(required = true) @HeaderParam("X-Device-Id") String deviceId,
                                     @Parameter(required = true) @HeaderParam("X-Signature") String signature,
                                     String body) {
        return actuations.acknowledge(deviceId, body, signature);
    }
}
