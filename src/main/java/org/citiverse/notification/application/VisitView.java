package org.citiverse.notification.application;

import java.time.Instant;
import java.util.UUID;
import org.citiverse.notification.domain.GuestVisit;

/**
 * A visit as members see it: which door, when, where it stands, who answered, whether there is a
 * picture and whether the door can be opened from here. No subject ids: only the answerer's name.
 */
public record VisitView(UUID id, UUID householdId, String door, Instant rangAt, Instant expiresAt, String status,
                        String answeredBy, Instant answeredAt, Instant outcomeAt, boolean snapshot, boolean lock) {

    static VisitView of(GuestVisit v) {
        return new VisitView(v.id(), v.householdId(), v.doorName(), v.rangAt(), v.expiresAt(), v.status().name(),
                v.answeredByName(), v.answeredAt(), v.outcomeAt(), v.hasSnapshot(), v.lockTwinId() != null);
    }
}
