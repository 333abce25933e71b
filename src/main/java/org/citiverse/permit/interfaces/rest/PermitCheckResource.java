package org.citiverse.permit.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citiverse.permit.application.PermitCheckResult;
import org.citiverse.permit.application.RuleSetService;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Permit checks for everyone: a planned activity on a parcel (its zone and geometry from the city
 * model, then the rules), and {@code evaluate}, which asks the rules alone for a zone type.
 */
@Path("/v1/permit-checks")
@Tag(name = "Permit checks", description = "Whether a planned activity needs a permit.")
@Produces(MediaType.APPLICATION_JSON)
public class PermitCheckResource {

    private static final String INVALID = "permit/invalid-request";

    @Inject
    RuleSetService ruleSets;

    @Inject
    org.citiverse.permit.application.PermitCheckService checks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Check a planned activity on a parcel: its zone and geometry from the city model, then the rules",
            description = "Body: {addressId (of the address register) or latitude and longitude, activity, date?, "
                    + "inputs: the answers the rules ask for}. With width and depth (metres) among the inputs, the "
                    + "footprint is placed at the rear of the parcel and area, distanceToBoundary and coverageAfter "
                    + "are computed, not asked. The answer names the parcel, its zone and limits, what was computed "
                    + "(facts) and the rules' result; a zone type or activity no rules cover is UNDECIDED.")
    @APIResponse(responseCode = "200", description = "{parcelId, addressId, zone, facts, result}")
    @APIResponse(responseCode = "400", description = "No address or position, a position off the globe or outside the "
            + "city, absurd dimensions, or a footprint that does not fit on the parcel.")
    @APIResponse(responseCode = "404", description = "No parcel of that address or at that position.")
    public org.citiverse.permit.application.ParcelCheck check(String body) {
        ParcelCheckRequest request = RequestBodies.readOrNull(body, ParcelCheckRequest.class, INVALID);
        if (request == null) {
            throw new InvalidRequestException(INVALID, "the body is {addressId or latitude and longitude, activity, "
                    + "inputs: {...}}");
        }
        return checks.check(request.addressId(), request.latitude(), request.longitude(), request.activity(),
                RequestBodies.date(request.date(), "date", INVALID), request.inputs());
    }

    @POST
    @Path("evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "What the rules in force say about an activity in a zone type, given the answers",
            description = "outcome is PERMIT_FREE, PERMIT_REQUIRED, NOT_ALLOWED or UNDECIDED: we cannot decide this "
                    + "online (no rule set for the activity and zone type: reason activity-not-covered; no rule "
                    + "matched the answers: no-rule-matched; an answer missing or of the wrong kind: "
                    + "evaluation-failed). ruleId names the rule, reason is a key for the explanation, "
                    + "ruleSetVersion the version of the rules that answered.")
    @APIResponse(responseCode = "200", description = "{outcome, ruleId, reason, ruleSetId, ruleSetVersion}",
            content = @Content(schema = @Schema(implementation = PermitCheckResult.class)))
    @APIResponse(responseCode = "400", description = "Not JSON, date not YYYY-MM-DD, or inputs other than numbers, "
            + "true/false or short text.")
    public PermitCheckResult evaluate(String body) {
        PermitCheckRequest request = RequestBodies.readOrNull(body, PermitCheckRequest.class, INVALID);
        if (request == null) {
            throw new InvalidRequestException(INVALID, "the body is {activity, zoneType, inputs: {...}}");
        }
        return ruleSets.check(request.activity(), request.zoneType(), RequestBodies.date(request.date(), "date", INVALID),
                request.inputs());
    }
}
