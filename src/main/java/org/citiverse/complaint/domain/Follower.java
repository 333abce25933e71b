package org.citiverse.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A resident following a report: they are told of the city's answers to it, as its reporter is. */
@Entity
@Table(name = "complaint_follower")
public class Follower {

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Follower() {
        // for JPA
    }

    public Follower(long requestId, String subject, Instant now) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.subject = subject;
        this.createdAt = now;
    }

    public Long requestId() {
        return requestId;
    }

    public String subject() {
        return subject;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Follower f && Objects.equals(id, f.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
