package org.citiverse.complaint.interfaces.rest;

import jakarta.ws.rs.core.Response;

/** A request the Open311 edge refuses before any service is asked: the status and the reason to show. */
class Open311Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.Status status;
    private final Long retryAfterSeconds;

    Open311Refusal(Response.Status status, String description) {
        this(status, description, null);
    }

    Open311Refusal(Response.Status status, String description, Long retryAfterSeconds) {
        super(description);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    Response.Status status() {
        return status;
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
