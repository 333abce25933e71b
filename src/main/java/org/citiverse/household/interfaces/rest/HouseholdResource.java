package org.citiverse.household.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.citiverse.household.application.HouseholdService;
import org.citiverse.household.domain.HouseholdException;
import org.citiverse.shared.interfaces.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's households, for the citizen app. A household the caller is not in does not exist for them. */
@Path("/households")
@Tag(name = "Households", description = "The households the signed-in citizen belongs to.")
@RolesAllowed("citizen")
public class HouseholdResource {

    @Inject
    HouseholdService households;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's households")
    @APIResponse(responseCode = "200", description = "Possibly none.",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No credentials.")
    @APIResponse(responseCode = "403", description = "Not a citizen.")
    public List<HouseholdDto> mine() {
        return households.householdsOf(subject()).stream().map(HouseholdDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One of the caller's households")
    @APIResponse(responseCode = "200", description = "The household and its members.",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "404", description = "No such household, or the caller is not in it.")
    public Response one(@PathParam("id") String id) {
        try {
            return Response.ok(HouseholdDto.of(households.household(subject(), UUID.fromString(id)))).build();
        } catch (IllegalArgumentException | HouseholdException e) {
            return Problem.response(Response.Status.NOT_FOUND, "household/not-found",
                    "You are not in a household with this id.");
        }
    }

    private String subject() {
        return security.getUserPrincipal().getName();
    }
}
