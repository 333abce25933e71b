package org.citiverse.permit.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.citiverse.permit.domain.CityModelException;
import org.citiverse.shared.interfaces.rest.Problem;

/** A broken city-model rule as a problem: 404 for an unknown parcel, 409 while another import runs, else 400. */
@Provider
public class CityModelExceptionMapper implements ExceptionMapper<CityModelException> {

    @Override
    public Response toResponse(CityModelException e) {
        Response.Status status = switch (e.reason()) {
            case PARCEL_NOT_FOUND -> Response.Status.NOT_FOUND;
            case IMPORT_RUNNING -> Response.Status.CONFLICT;
            default -> Response.Status.BAD_REQUEST;
        };
        return Problem.response(status, "permit/" + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                e.detail());
    }
}
