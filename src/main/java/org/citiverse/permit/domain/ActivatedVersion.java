package org.citiverse.permit.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An activated (active or retired) version of the rules for an activity and zone type, without its
 * model: what a check needs to find the version in force on a date.
 */
public record ActivatedVersion(UUID id, int versionNumber, LocalDate effectiveFrom) {

    /** The latest version in effect on the date: the latest effective date, then the highest version. */
    public static Optional<ActivatedVersion> inForce(List<ActivatedVersion> versions, LocalDate date) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(ActivatedVersion::effectiveFrom)
                        .thenComparingInt(ActivatedVersion::versionNumber));
    }
}
