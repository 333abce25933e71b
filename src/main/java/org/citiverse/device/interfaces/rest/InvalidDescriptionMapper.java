package org.citiverse.device.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citiverse.device.domain.InvalidDescriptionException;
import org.citiverse.shared.interfaces.rest.Problem;

/** A Thing Description the platform does not take: 400, saying which rule it breaks. */
@Provider
public class InvalidDescriptionMapper implements ExceptionMapper<InvalidDescriptionException> {

    @Override
    public Response toResponse(InvalidDescriptionException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "device/invalid-description", e.getMessage());
    }
}
