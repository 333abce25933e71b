package org.citiverse.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of a request, kept for ever: its status after the change and a note, public (on its
 * public page, in Open311 servicerequestupdates) or internal (staff only).
 */
@Entity
@Table(name = "complaint_update")
public class RequestUpdate {

    public static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_update_seq")
    @SequenceGenerator(name = "complaint_update_seq", sequenceName = "complaint_update_seq", allocationSize = 20)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @Column(name = "internal", nullable = false)
    private boolean internal;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RequestUpdate() {
        // for JPA
    }

    RequestUpdate(Long requestId, RequestStatus status, String note, boolean internal, String author, Instant at) {
        this.requestId = requestId;
        this.status = status;
        this.note = note;
        this.internal = internal;
        this.author = author;
        this.createdAt = at;
    }

    /** A note as kept: trimmed, at most {@link #MAX_NOTE} characters, line breaks allowed; null when empty. */
    static String note(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = CategoryAttribute.text(value);
        if (clean == null || clean.length() > MAX_NOTE) {
            throw new ComplaintException(ComplaintException.Reason.NOTE_INVALID, "note");
        }
        return clean;
    }

    public Long id() {
        return id;
    }

    public Long requestId() {
        return requestId;
    }

    public RequestStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public boolean internal() {
        return internal;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestUpdate u && id != null && Objects.equals(id, u.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, createdAt);
    }
}
