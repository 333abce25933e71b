package org.citiverse.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What staff asked the applicant, and what the applicant answered: the exchange kept with the application. */
@Entity
@Table(name = "permit_application_message")
public class ApplicationMessage {

    /** Who spoke. */
    public enum Kind {
        /** Staff asked for information (the term pauses). */
        INFORMATION_REQUEST,
        /** The applicant answered. */
        ANSWER
    }

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "body", nullable = false, length = PermitApplication.MAX_MESSAGE)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ApplicationMessage() {
        // for JPA
    }

    /** A message, its text checked ({@link PermitApplication#message}). */
    public ApplicationMessage(long applicationId, Kind kind, String author, String body, Instant now) {
        this.body = PermitApplication.message(body);
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.kind = kind;
        this.author = author;
        this.createdAt = now;
    }

    public Kind kind() {
        return kind;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationMessage m && Objects.equals(id, m.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
