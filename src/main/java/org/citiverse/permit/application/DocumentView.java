package org.citiverse.permit.application;

import java.time.Instant;
import java.util.UUID;

/** A document of an application, without its content. */
public record DocumentView(UUID id, String kind, String fileName, String contentType, int sizeBytes,
                           Instant uploadedAt) {
}
