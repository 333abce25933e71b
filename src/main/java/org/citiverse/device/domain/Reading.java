package org.citiverse.device.domain;

import jakarta.json.JsonObject;
import java.time.Instant;

/** Property values a device observed at one time, after conversion from its message format. */
public record Reading(Instant observedAt, JsonObject values) {
}
