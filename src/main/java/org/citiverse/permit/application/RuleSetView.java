package org.citiverse.permit.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A rule set as staff see it; {@code dmn} and {@code testCases} only when one rule set is read.
 *
 * @param version the optimistic version (changes with every change of the row)
 */
public record RuleSetView(UUID id, String activity, String zoneType, int versionNumber, LocalDate effectiveFrom,
                          String status, String uploadedBy, Instant uploadedAt, Instant activatedAt,
                          Instant retiredAt, int version, String dmn, String testCases) {
}
