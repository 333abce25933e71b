package org.citiverse.place.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.citiverse.place.domain.AddressException;
import org.citiverse.place.domain.AddressQuery;
import org.citiverse.place.domain.AddressRecord;
import org.citiverse.shared.interfaces.rest.Problem;

/** A broken address rule as a problem: 404 for an unknown id, 409 while another import runs, else 400. */
@Provider
public class AddressExceptionMapper implements ExceptionMapper<AddressException> {

    @Override
    public Response toResponse(AddressException e) {
        Response.Status status = switch (e.reason()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case IMPORT_RUNNING -> Response.Status.CONFLICT;
            default -> Response.Status.BAD_REQUEST;
        };
        return Problem.response(status, "address/" + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                explain(e.reason()));
    }

    static String explain(AddressException.Reason reason) {
        return switch (reason) {
            case QUERY_MISSING -> "q is required: an address such as Oudegracht 12a, the start of a street, or a "
                    + "postcode such as 3511 AB.";
            case QUERY_TOO_LONG -> "q is at most " + AddressQuery.MAX_LENGTH + " characters.";
            case QUERY_INVALID -> "q must name a street (or its start) or a postcode, optionally with a house "
                    + "number such as 12, 12a or 12-2, and a town after a comma.";
            case LIMIT_INVALID -> "limit must be a whole number from 1 to " + AddressQuery.MAX_RESULTS + ".";
            case POINT_INVALID -> "near must be a latitude from -90 to 90 and a longitude from -180 to 180.";
            case NOT_FOUND -> "The register has no address with this id.";
            case HEADER_INVALID -> "The file is empty or its first line is not the header "
                    + String.join(",", AddressRecord.COLUMNS) + ".";
            case IMPORT_RUNNING -> "Another import is being stored; send the file again when it is done.";
        };
    }
}
