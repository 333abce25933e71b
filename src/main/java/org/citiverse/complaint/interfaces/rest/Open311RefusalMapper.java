package org.citiverse.complaint.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused Open311 call in the specification's error format, in the format its path asks for. */
@Provider
public class Open311RefusalMapper implements ExceptionMapper<Open311Refusal> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Open311Refusal e) {
        Response response = Open311Errors.response(Open311Errors.formatOf(uri.getPath()), e.status(), e.getMessage());
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }
}
