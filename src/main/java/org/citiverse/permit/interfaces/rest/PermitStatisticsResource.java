package org.citiverse.permit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.citiverse.permit.application.PermitStatistics;
import org.citiverse.permit.domain.CheckPeriod;
import org.citiverse.permit.domain.CheckStatistics;
import org.citiverse.shared.interfaces.rest.Csv;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff: how many permit checks were made and what they said, anonymous counts per day. */
@Path("/v1/permit-statistics")
@Tag(name = "Permit statistics", description = "Anonymous counts of permit checks.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"staff", "admin"})
public class PermitStatisticsResource {

    private static final String INVALID = "permit/invalid-request";
    private static final String PERIOD = "from and to are dates YYYY-MM-DD, both included, at most "
            + CheckPeriod.MAX_DAYS + " days apart; by default the last " + CheckPeriod.DEFAULT_DAYS + " days.";

    @Inject
    PermitStatistics statistics;

    @GET
    @Operation(summary = "Permit checks of a period: per ISO week and activity, outcomes per activity, the rules "
            + "that decided most", description = "Every check made through POST /api/v1/permit-checks is counted by "
            + "day, activity (\"other\" for one no rule set is for), zone type, outcome, rule and rule-set version; "
            + "no address or person. " + PERIOD)
    @APIResponse(responseCode = "200", description = "The figures.",
            content = @Content(schema = @Schema(implementation = CheckStatistics.class)))
    @APIResponse(responseCode = "400", description = "A date that is no date, to before from, or too long a period.")
    @APIResponse(responseCode = "401", description = "No credentials.")
    @APIResponse(responseCode = "403", description = "Not staff.")
    public CheckStatistics figures(@Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
                                   @Parameter(description = "Last day, YYYY-MM-DD") @QueryParam("to") String to) {
        return statistics.of(period(from, to));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The counts of a period as CSV: day, activity, zone type, outcome, rule, rule-set version, "
            + "checks", description = PERIOD)
    @APIResponse(responseCode = "200", description = "A CSV file (UTF-8) with a header row.")
    @APIResponse(responseCode = "400", description = "A date that is no date, to before from, or too long a period.")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
        CheckPeriod period = period(from, to);
        String csv = Csv.of("day,activity,zone_type,outcome,rule_id,rule_set_version,checks",
                statistics.counts(period).stream().map(c -> List.of(c.key().day().toString(), c.key().activity(),
                        c.key().zoneType(), c.key().outcome(), c.key().ruleId(),
                        String.valueOf(c.key().ruleSetVersion()), String.valueOf(c.checks()))));
        return Response.ok(csv, Csv.MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"permit-checks-"
                + period.from() + "-" + period.to() + ".csv\"").build();
    }

    private CheckPeriod period(String from, String to) {
        try {
            return statistics.period(from, to);
        } catch (CheckPeriod.Invalid e) {
            throw new InvalidRequestException(INVALID, switch (e.reason()) {
                case FROM_INVALID -> "from is a date YYYY-MM-DD";
                case TO_INVALID -> "to is a date YYYY-MM-DD";
                case TO_BEFORE_FROM -> "to is before from";
                case TOO_LONG -> "a period is at most " + CheckPeriod.MAX_DAYS + " days";
            });
        }
    }
}
