package org.citiverse.complaint.application;

import org.citiverse.complaint.domain.PublicRequest;

/** A request of the public list with its category's name in the reader's language. */
public record PublicRequestView(PublicRequest request, String categoryName) {
}
