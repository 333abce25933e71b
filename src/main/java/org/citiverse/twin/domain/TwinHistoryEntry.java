package org.citiverse.twin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.citiverse.shared.domain.Uuids;

/**
 * One accepted report about a twin: its values (or its new location) as observed at a time. Late
 * reports are kept here even when they did not change the current state.
 */
@Entity
@Table(name = "twin_history")
public class TwinHistoryEntry {

    @Id
    private UUID id;

    @Column(name = "twin_id", nullable = false, length = 60)
    private String twinId;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** STATE or LOCATION. */
    @Column(name = "kind", nullable = false, length = 10)
    private String kind;

    @Column(name = "values_json", nullable = false, length = 8000)
    private String values;

    @Column(name = "applied", nullable = false)
    private boolean applied;

    protected TwinHistoryEntry() {
        // for JPA
    }

    public TwinHistoryEntry(String twinId, String kind, String values, Instant observedAt, Instant receivedAt,
                            boolean applied) {
        this.id = Uuids.timeOrdered();
        this.twinId = twinId;
        this.kind = kind;
        this.values = values;
        this.observedAt = observedAt;
        this.receivedAt = receivedAt;
        this.applied = applied;
    }

    public String twinId() {
        return twinId;
    }

    public Instant observedAt() {
        return observedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String kind() {
        return kind;
    }

    public String values() {
        return values;
    }

    /** Whether it changed the current state (false: it arrived after a newer report). */
    public boolean applied() {
        return applied;
    }
}
