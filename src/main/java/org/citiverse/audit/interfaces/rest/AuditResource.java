package org.citiverse.audit.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.audit.application.AuditRecord;
import org.citiverse.audit.domain.AuditQuery;
import org.citiverse.shared.interfaces.rest.InvalidRequestException;
import org.citiverse.shared.interfaces.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log for staff tools: search as JSON, or export the same search as CSV. */
@Path("/audit")
@Tag(name = "Audit", description = "Who did what to which object, when and from where.")
@RolesAllowed({"staff", "admin"})
public class AuditResource {

    private static final String INVALID_QUERY = "audit/invalid-query";

    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the audit log, newest first")
    @APIResponse(responseCode = "200", description = "One page of entries.",
            content = @Content(schema = @Schema(implementation = AuditPageDto.class)))
    @APIResponse(responseCode = "400", description = "A criterion is malformed.")
    @APIResponse(responseCode = "401", description = "No credentials.")
    @APIResponse(responseCode = "403", description = "Not staff.")
    public Response search(@Parameter(description = "Subject of who acted.") @QueryParam("actor") String actor,
                           @Parameter(description = "An action code, or its start ending in a dot (household.).")
                           @QueryParam("action") String action,
                           @Parameter(description = "An object id.") @QueryParam("object") String object,
                           @Parameter(description = "A date (2026-11-22) or an instant, inclusive.")
                           @QueryParam("from") String from,
                           @Parameter(description = "A date (whole day included) or an instant, exclusive.")
                           @QueryParam("to") String to,
                           @QueryParam("offset") @DefaultValue("0") String offset,
                           @Parameter(description = "1-1000.") @QueryParam("limit") @DefaultValue("50") String limit) {
        try {
            AuditQuery query = AuditQuery.parse(actor, action, object, from, to,
                    InvalidRequestException.wholeNumber(offset, "offset", INVALID_QUERY),
                    InvalidRequestException.wholeNumber(limit, "limit", INVALID_QUERY));
            return Response.ok(AuditPageDto.of(audit.search(query))).build();
        } catch (IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, INVALID_QUERY, e.getMessage());
        }
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The same search as a CSV file (UTF-8, newest first, at most 1,000 rows)")
    @APIResponse(responseCode = "200", description = "A CSV file with a header row.")
    @APIResponse(responseCode = "400", description = "A criterion is malformed.")
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("object") String object, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        try {
            List<AuditRecord> rows = audit.search(AuditQuery.parse(actor, action, object, from, to, 0,
                    AuditQuery.MAX_LIMIT)).entries();
            return Response.ok(AuditCsv.of(rows), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"citiverse-audit.csv\"").build();
        } catch (IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, INVALID_QUERY, e.getMessage());
        }
    }
}
