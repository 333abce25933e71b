package org.citiverse.permit.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.citiverse.permit.domain.PermitException;
import org.citiverse.permit.domain.RuleInputs;
import org.citiverse.permit.domain.RuleSet;

/**
 * A broken permit rule as a problem: 404 unknown rule set, 409 not a draft or changed meanwhile, 413
 * a model too large, 422 failed test cases, else 400; {@code problems} lists the details.
 */
@Provider
public class PermitExceptionMapper implements ExceptionMapper<PermitException> {

    @Override
    public Response toResponse(PermitException e) {
        int status = switch (e.reason()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND.getStatusCode();
            case NOT_DRAFT, CHANGED_ELSEWHERE -> Response.Status.CONFLICT.getStatusCode();
            case DMN_TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode();
            case TEST_CASES_FAILED -> PermitProblem.UNPROCESSABLE;
            default -> Response.Status.BAD_REQUEST.getStatusCode();
        };
        return PermitProblem.response(status, "permit/" + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                explain(e.reason()), e.details());
    }

    static String explain(PermitException.Reason reason) {
        return switch (reason) {
            case ACTIVITY_INVALID -> "activity is a code of 2 to 40 lower-case letters, digits and hyphens, e.g. fence.";
            case ZONE_TYPE_INVALID -> "zoneType is a code of 2 to 40 lower-case letters, digits and hyphens, e.g. "
                    + "residential.";
            case EFFECTIVE_DATE_MISSING -> "effectiveFrom is the date (YYYY-MM-DD) the rules take effect.";
            case DMN_MISSING -> "dmn is the decision model (DMN XML).";
            case DMN_TOO_LARGE -> "A decision model is at most " + RuleSet.MAX_DMN_CHARS + " characters.";
            case DMN_INVALID -> "The decision model has problems; each is listed with its line where known.";
            case TEST_CASES_INVALID -> "testCases is a JSON array of {name, inputs, expected[, ruleId]}; the "
                    + "problems are listed.";
            case TEST_CASES_FAILED -> "The rule set was not activated: these test cases fail.";
            case INPUTS_INVALID -> "inputs is an object of at most " + RuleInputs.MAX_INPUTS + " names with a number, "
                    + "true/false or text each; the problems are listed.";
            case NOT_FOUND -> "There is no rule set with this id.";
            case NOT_DRAFT -> "Only a draft can be activated; this rule set is active or retired already.";
            case CHANGED_ELSEWHERE -> "The rule set was changed meanwhile; read it again.";
        };
    }
}
