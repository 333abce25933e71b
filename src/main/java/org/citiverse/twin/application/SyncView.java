package org.citiverse.twin.application;

import java.time.Instant;
import java.util.UUID;
import org.citiverse.twin.domain.SyncRequest;
import org.citiverse.twin.domain.SyncStatus;

/** A sync request as its requester sees it. */
public record SyncView(UUID requestId, String twinId, SyncStatus status, int priority, boolean scheduled,
                       Instant requestedAt, Instant deadline, Instant finishedAt) {

    static SyncView of(SyncRequest r) {
        return new SyncView(r.id(), r.twinId(), r.status(), r.priority(), TwinService.SCHEDULE.equals(r.requester()),
                r.requestedAt(), r.deadline(), r.finishedAt());
    }
}
