package org.citiverse.shared.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error body in the RFC 9457 "problem details" form, so every API error looks the same.
 *
 * @param type   a stable, machine-readable code (e.g. "device-message/TOO_LARGE")
 * @param title  a short human-readable summary
 * @param status the HTTP status
 * @param detail what to do about it
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String type, String detail) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem(type, status.getReasonPhrase(), status.getStatusCode(), detail))
                .build();
    }
}
