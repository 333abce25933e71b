package org.citiverse.complaint.application;

/**
 * The answer to a submission: the request, and whether it had already been filed (the same
 * submission sent again within the resubmission window gets the first one back).
 */
public record Filed(RequestView request, boolean resubmitted) {
}
