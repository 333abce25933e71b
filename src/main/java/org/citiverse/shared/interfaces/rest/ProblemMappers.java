package org.citiverse.shared.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns whatever escapes a resource into a problem response, without leaking internals. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Errors a resource or the JAX-RS runtime meant to send (404, 405, 415 …). */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                return e.getResponse();
            }
            Response problem = Problem.response(status, "http-" + status.getStatusCode(), status.getReasonPhrase());
            // Keep the original headers (Allow on 405, Location, Retry-After ...).
            return Response.fromResponse(e.getResponse()).type(problem.getMediaType()).entity(problem.getEntity())
                    .build();
        }
    }

    /** A malformed request: 400, saying what to fix. */
    @Provider
    public static class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.type(), e.getMessage());
        }
    }

    /** Anything else is our fault: logged with its stack trace, answered without one. */
    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected error in a REST call", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
                    "Something went wrong on our side. It has been logged; please try again later.");
        }
    }
}
