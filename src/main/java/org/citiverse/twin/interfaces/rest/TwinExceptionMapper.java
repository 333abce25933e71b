package org.citiverse.twin.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citiverse.shared.interfaces.rest.Problem;
import org.citiverse.twin.domain.TwinException;

/** A broken twin rule as a problem: 404 unknown or not visible, 403 not allowed, 409 conflicts with the twin's situation, else 400. */
@Provider
public class TwinExceptionMapper implements ExceptionMapper<TwinException> {

    @Override
    public Response toResponse(TwinException e) {
        Response.Status status = switch (e.reason()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case LAST_ADMINISTRATOR, NOT_LINKED, HAS_CONTENTS -> Response.Status.CONFLICT;
            default -> Response.Status.BAD_REQUEST;
        };
        return Problem.response(status, e.messageKey().replace(".error.", "/"), describe(e.reason()));
    }

    static String describe(TwinException.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> "There is no twin with this id that you may see.";
            case FORBIDDEN -> "You may see this twin but not do this with it.";
            case TYPE_INVALID -> "type must be 1-40 lower-case letters, digits or dashes, starting with a letter.";
            case NAME_INVALID -> "name must be 1-120 characters without control characters.";
            case OWNER_INVALID -> "owner must be a principal such as household:<id>, department:<code> or user:<id>.";
            case LOCATION_INVALID -> "latitude must be -90..90 and longitude -180..180 (WGS84 degrees).";
            case PARENT_NOT_FOUND -> "The parent twin does not exist.";
            case CYCLE -> "A twin cannot be put inside itself or inside a twin it contains.";
            case PROPERTY_UNKNOWN -> "A property or action name is unknown for this twin, or not a valid name.";
            case PROPERTY_TYPE -> "A value does not have the property's type, or the body is not shaped as documented.";
            case PRINCIPAL_INVALID -> "principal must be user:, household:, department:, role: or device: and an id.";
            case PERMISSION_INVALID -> "permission must be VIEW, OPERATE or ADMINISTER.";
            case OBSERVED_IN_FUTURE -> "observedAt is later than now; check the device's clock.";
            case TOO_LARGE -> "The twin's properties, actions or state would be too large.";
            case LAST_ADMINISTRATOR -> "This is the last grant that lets anyone administer the twin; grant another first.";
            case NOT_LINKED -> "This twin has no physical object (link type NL), so there is nothing to sync.";
            case SYNC_INTERVAL_INVALID -> "syncEvery must be an ISO-8601 duration from PT10S to P31D, or null.";
            case HAS_CONTENTS -> "The twin still contains other twins; move or delete them first.";
            case ACTION_UNKNOWN -> "The twin has no such action (only two-way, L2, twins act on their object).";
            case RANGE_INVALID -> "from must be before to, and every a positive duration giving at most "
                    + org.citiverse.twin.domain.HistoryBuckets.MAX_BUCKETS + " buckets.";
        };
    }
}
