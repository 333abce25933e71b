package org.citiverse.device.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.List;
import org.citiverse.device.application.DeadLetterDesk;
import org.citiverse.device.application.IngestionService;
import org.citiverse.device.application.RawDeviceMessage;
import org.citiverse.device.domain.DeviceMessage;
import org.citiverse.device.domain.InboundMessage.Channel;
import org.citiverse.device.domain.LorawanUplinkConverter;
import org.citiverse.device.domain.ThingDescription;
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
 * HTTPS interface of the device layer (FGMV-31: more than one interface): gateways that cannot
 * speak JMS post device reports here and they join the same ingress queue.
 */
@Path("/device/messages")
@Tag(name = "Device messages", description = "Device reports in, and what became of them.")
public class DeviceMessageResource {

    private static final int MAX_LIST = 1000;

    @Inject
    IngestionService ingestion;

    @Inject
    DeadLetterDesk desk;

    // No @Consumes: the message contract judges the content type, so a report of another type gets the
    // same problem answer as every refusal and is counted with them (citiverse_device_rejected_total).
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"device-gateway", "admin"})
    @Operation(summary = "Submit a device report",
            description = "Checked at once, then queued for ingestion. Resending the same message id is harmless. "
                    + "A report of type application/td+json is the device's self-description (a W3C Thing "
                    + "Description): it shapes the device's twin instead of giving readings.")
    @RequestBody(required = true, content = {@Content(mediaType = MediaType.APPLICATION_JSON),
            @Content(mediaType = "application/senml+json"), @Content(mediaType = LorawanUplinkConverter.CONTENT_TYPE),
            @Content(mediaType = ThingDescription.CONTENT_TYPE)})
    @APIResponse(responseCode = "202", description = "Queued; poll the Location for the journal entry.")
    @APIResponse(responseCode = "400", description = "Missing or malformed ids, or a body that is not JSON.")
    @APIResponse(responseCode = "401", description = "No credentials.")
    @APIResponse(responseCode = "403", description = "The caller is not a device gateway, or the device is unknown, "
            + "revoked or the signature is not its own.")
    @APIResponse(responseCode = "413", description = "The body is larger than jms.ingress.max.bytes.")
    @APIResponse(responseCode = "415", description = "Not JSON, SenML JSON, a LoRaWAN uplink or a Thing Description.")
    public Response submit(
            @Parameter(description = "The sender's unique id for this message (idempotency key).", required = true)
            @HeaderParam("X-Message-Id") String messageId,
            @Parameter(description = "The device the report is about.", required = true)
            @HeaderParam("X-Device-Id") String deviceId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "The device's signature of the message (docs/DEVICE-PROTOCOL.md).", required = true)
            @HeaderParam("X-Signature") String signature,
            InputStream body) {
        String text = BoundedBody.readCut(body, ingestion.maxBytes());
        DeviceMessage queued = ingestion.submit(new RawDeviceMessage(messageId, deviceId, contentType, text,
                Channel.HTTPS, signature));
        return Response.accepted(new QueuedMessageDto(queued.messageId(), "QUEUED"))
                .location(UriBuilder.fromResource(DeviceMessageResource.class).path(queued.messageId()).build())
                .build();
    }

    @GET
    @Path("{messageId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "The journal entry of an ingested device message")
    @APIResponse(responseCode = "200", description = "Ingested.",
            content = @Content(schema = @Schema(implementation = ReceivedMessageDto.class)))
    @APIResponse(responseCode = "404", description = "Not ingested (yet, or it was dead-lettered).")
    public Response find(@PathParam("messageId") String messageId) {
        return ingestion.find(messageId)
                .map(m -> Response.ok(ReceivedMessageDto.of(m)).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND, "device-message/not-found",
                        "No ingested message has this id. It may still be queued, or dead-lettered."));
    }

    @GET
    @Path("dead-letters")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Device messages the pipeline refused, with reason and original body, oldest first")
    @APIResponse(responseCode = "200", description = "Up to `limit` dead letters.",
            content = @Content(schema = @Schema(implementation = DeadLetterDto.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "limit is not a whole number from 1 to 1000.")
    public Response deadLetters(
            @Parameter(description = "How many, 1-1000.") @QueryParam("limit") @DefaultValue("100") String limit) {
        int max;
        try {
            max = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            max = 0;
        }
        if (max < 1 || max > MAX_LIST) {
            return Problem.response(Response.Status.BAD_REQUEST, "invalid-limit",
                    "limit must be a whole number from 1 to " + MAX_LIST + ".");
        }
        List<DeadLetterDto> letters = ingestion.deadLetters(max).stream().map(DeadLetterDto::of).toList();
        return Response.ok(letters).build();
    }

    @POST
    @Path("dead-letters/{jmsMessageId}/replay")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"staff", "admin"})
    @Operation(summary = "Send a dead letter through the pipeline again, once its cause is fixed",
            description = "The message goes back on the ingress queue as its device sent it and is checked again "
                    + "from the start; if the cause is still there it comes back as a new dead letter.")
    @APIResponse(responseCode = "202", description = "Back on the ingress queue.")
    @APIResponse(responseCode = "404", description = "No dead letter has this id (replayed already?).")
    public Response replay(@PathParam("jmsMessageId") String jmsMessageId) {
        if (!desk.replay(jmsMessageId)) {
            return Problem.response(Response.Status.NOT_FOUND, "device-message/dead-letter-not-found",
                    "No dead letter has this id; it may have been replayed already.");
        }
        return Response.accepted().build();
    }
}
