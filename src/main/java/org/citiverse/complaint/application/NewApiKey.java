package org.citiverse.complaint.application;

import java.util.UUID;

/** A key just made: shown once, then only its hash is kept. */
public record NewApiKey(UUID id, String name, String key) {
}
