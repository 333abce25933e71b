package org.citiverse.notification.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citiverse.notification.domain.VisitException;
import org.citiverse.shared.interfaces.rest.Problem;

/** A broken visit rule as a problem: 404 not found, 409 no lock to open, else 400. */
@Provider
public class VisitExceptionMapper implements ExceptionMapper<VisitException> {

    @Override
    public Response toResponse(VisitException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> Problem.response(Response.Status.NOT_FOUND, "visit/not-found",
                    "There is no such visit at a household of yours.");
            case NO_LOCK -> Problem.response(Response.Status.CONFLICT, "visit/no-lock",
                    "This home has no door lock that can be opened from the portal.");
            case ANSWER_INVALID -> Problem.response(Response.Status.BAD_REQUEST, "visit/invalid-answer",
                    "answer is open, decline or coming.");
            case QUIET_HOURS_INVALID -> Problem.response(Response.Status.BAD_REQUEST, "visit/invalid-quiet-hours",
                    "Quiet hours need both a start and an end time, and they must differ.");
        };
    }
}
