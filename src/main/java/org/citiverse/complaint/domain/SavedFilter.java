package org.citiverse.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.citiverse.shared.domain.PlainText;

/**
 * A staff member's named queue filter. It is the queue's own query string, so a saved filter is
 * an ordinary link that the queue reads like any other.
 */
@Entity
@Table(name = "complaint_saved_filter")
public class SavedFilter {

    public static final int MAX_NAME = 60;
    public static final int MAX_QUERY = 1000;
    public static final int MAX_PER_OWNER = 30;
    /** The queue's parameters; anything else in a saved query is refused. */
    public static final Set<String> PARAMETERS = Set.of("status", "category", "department", "overdue", "source",
            "order", "assignee", "priority", "area");

    @Id
    private UUID id;

    @Column(name = "owner", nullable = false)
    private String owner;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "query", nullable = false, length = MAX_QUERY)
    private String query;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedFilter() {
        // for JPA
    }

    public SavedFilter(String owner, String name, String query, Instant now) {
        this.id = UUID.randomUUID();
        this.owner = owner;
        this.name = PlainText.clean(name, MAX_NAME);
        if (this.name == null) {
            throw new ComplaintException(Reason.FILTER_INVALID, "name");
        }
        this.query = checked(query);
        this.createdAt = now;
    }

    /**
     * A query string of the queue's parameters only (name=value pairs joined by &amp;), at most
     * {@link #MAX_QUERY} characters; a leading "?" is dropped.
     */
    static String checked(String query) {
        String q = query == null ? "" : query.strip();
        q = q.startsWith("?") ? q.substring(1) : q;
        if (q.length() > MAX_QUERY || PlainText.clean("x" + q, MAX_QUERY + 1) == null) {
            throw new ComplaintException(Reason.FILTER_INVALID, "query");
        }
        for (String pair : q.isEmpty() ? new String[0] : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || !PARAMETERS.contains(pair.substring(0, eq)) || pair.chars().anyMatch(Character::isWhitespace)) {
                throw new ComplaintException(Reason.FILTER_INVALID, "query");
            }
        }
        return q;
    }

    public UUID id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String query() {
        return query;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SavedFilter f && Objects.equals(id, f.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
