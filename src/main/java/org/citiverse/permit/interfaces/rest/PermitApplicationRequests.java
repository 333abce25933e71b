package org.citiverse.permit.interfaces.rest;

import java.util.Map;

/** The JSON bodies of the permit application API. */
public final class PermitApplicationRequests {

    private PermitApplicationRequests() {
    }

    /**
     * A new application: from a check the citizen saved ({@code checkId}), or from the check's own
     * parameters, which the server checks again.
     */
    public record Create(String checkId, String addressId, Double latitude, Double longitude, String activity,
                         String date, Map<String, Object> inputs) {
    }

    /** The draft's description and an optional way to reach the applicant. */
    public record Describe(String description, String contactEmail, String contactPhone) {
    }

    /** Submission: the applicant declares the information true. */
    public record Submit(Boolean declaration) {
    }

    /** A text: an answer of the applicant, or staff's request for information. */
    public record Message(String text) {
    }

    /** Who works it: "me", a staff subject, or null for nobody. */
    public record Assign(String assignee) {
    }

    /** The decision, GRANTED or REFUSED, with its reason. */
    public record Decide(String decision, String reason) {
    }
}
