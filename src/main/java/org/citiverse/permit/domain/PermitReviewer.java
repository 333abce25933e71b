package org.citiverse.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A staff member as the permit desk last saw them: the colleagues an application can be given to.
 * The identity provider keeps the real list; this is who opened the permit queue, with their name.
 */
@Entity
@Table(name = "permit_reviewer")
public class PermitReviewer {

    @Id
    private String subject;

    @Column(name = "name", nullable = false, length = PermitApplication.MAX_NAME)
    private String name;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected PermitReviewer() {
        // for JPA
    }

    public PermitReviewer(String subject, String name, Instant now) {
        this.subject = subject;
        seen(name, now);
    }

    /** Seen again, perhaps with a new name; without one (an API client) the name known stays, else the subject. */
    public void seen(String newName, Instant now) {
        if (newName != null && !newName.isBlank()) {
            String clean = newName.strip();
            this.name = clean.substring(0, Math.min(clean.length(), PermitApplication.MAX_NAME));
        } else if (name == null) {
            this.name = subject.substring(0, Math.min(subject.length(), PermitApplication.MAX_NAME));
        }
        this.seenAt = now;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public Instant seenAt() {
        return seenAt;
    }
}
