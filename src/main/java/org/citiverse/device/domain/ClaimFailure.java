package org.citiverse.device.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A claim code a household entered that did not work: counted so nobody can guess codes by trying many. */
@Entity
@Table(name = "device_claim_failure")
public class ClaimFailure {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected ClaimFailure() {
        // for JPA
    }

    public ClaimFailure(UUID householdId, Instant failedAt) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.failedAt = failedAt;
    }
}
