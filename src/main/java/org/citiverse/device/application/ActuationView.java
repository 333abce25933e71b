package org.citiverse.device.application;

import java.time.Instant;
import java.util.UUID;
import org.citiverse.device.domain.Actuation;
import org.citiverse.device.domain.ActuationStatus;

/** A command as its requester sees it. */
public record ActuationView(UUID commandId, String twinId, String action, ActuationStatus status, String detail,
                            Instant createdAt, Instant sentAt, Instant expiresAt, Instant finishedAt) {

    static ActuationView of(Actuation a) {
        return new ActuationView(a.id(), a.twinId(), a.action(), a.status(), a.detail(), a.createdAt(), a.sentAt(),
                a.expiresAt(), a.finishedAt());
    }
}
