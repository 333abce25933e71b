package org.citiverse.complaint.application;

/** What happened to a service request, for whoever tells people about it (fired inside the change's transaction). */
public final class RequestEvents {

    private RequestEvents() {
    }

    /**
     * Someone filed a request on the portal: a signed-in citizen ({@code reporter}), or a visitor
     * who left an e-mail address ({@code visitor}: the address and the language to write in).
     */
    public record Filed(long id, String reporter, Visitor visitor) {
    }

    /** A visitor's e-mail address and the language they used. */
    public record Visitor(String email, String language) {
    }

    /**
     * The city answered a request: a new status and/or a public note, for its reporter (when they
     * filed it in the portal, signed in or as a visitor with an address) and everyone who follows it.
     */
    public record Answered(long id, java.util.List<String> recipients, Visitor visitor, String status,
                           String publicNote) {
    }
}
