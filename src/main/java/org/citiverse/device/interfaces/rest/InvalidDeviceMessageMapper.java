package org.citiverse.device.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citiverse.device.domain.InvalidDeviceMessageException;
import org.citiverse.device.domain.Rejection;
import org.citiverse.shared.interfaces.rest.Problem;

/** A report that breaks the message contract: 413 too large, 415 unknown type, 403 not the device's, else 400. */
@Provider
public class InvalidDeviceMessageMapper implements ExceptionMapper<InvalidDeviceMessageException> {

    @Override
    public Response toResponse(InvalidDeviceMessageException e) {
        Rejection rejection = e.rejection();
        Response.Status status = switch (rejection) {
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_CONTENT_TYPE -> Response.Status.UNSUPPORTED_MEDIA_TYPE;
            case UNKNOWN_DEVICE, REVOKED_DEVICE, BAD_SIGNATURE -> Response.Status.FORBIDDEN;
            case UNKNOWN_COMMAND -> Response.Status.NOT_FOUND;
            default -> Response.Status.BAD_REQUEST;
        };
        return Problem.response(status, "device-message/" + rejection.name(), e.detail());
    }
}
