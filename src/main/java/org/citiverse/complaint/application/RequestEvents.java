package org.citiverse.complaint.application;

/** What happened to a service request, for whoever tells people about it (fired inside the change's transaction). */
public final class RequestEvents {

    private RequestEvents() {
    }

    /** A signed-in citizen filed a request. */
    public record Filed(long id, String reporter) {
    }

    /**
     * The city answered a request: a new status and/or a public note, for its reporter (when they
     * filed it in the portal) and everyone who follows it.
     */
    public record Answered(long id, java.util.List<String> recipients, String status, String publicNote) {
    }
}
