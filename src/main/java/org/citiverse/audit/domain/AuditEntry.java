package org.citiverse.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.citiverse.shared.domain.Uuids;
import java.util.regex.Pattern;

/**
 * One thing that happened: who (the identity provider's subject, or "system"), did what (an
 * action code such as {@code household.member-removed}), to which object, when and from where
 * (the client's address). Entries are never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int MAX_DETAIL = 500;
    static final String REDACTED = "[redacted]";
    /** Anything shaped like a JWT or a long opaque credential is not stored. */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*|(?i)(bearer|password|secret|token)\\s*[=:]?\\s*\\S+");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 255)
    private String actor;

    @Column(name = "origin", length = 64)
    private String origin;

    @Column(name = "action", nullable = false, length = 80)
    private String action;

    @Column(name = "object_type", nullable = false, length = 40)
    private String objectType;

    @Column(name = "object_id", nullable = false, length = 255)
    private String objectId;

    @Column(name = "detail", length = MAX_DETAIL)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, String origin, String action, String objectType,
                      String objectId, String detail) {
        if (action == null || !CODE.matcher(action).matches() || action.length() > 80) {
            throw new IllegalArgumentException("audit action must be a code like context.verb: " + action);
        }
        // Time-ordered: the log only grows, so its primary key index grows at its end.
        this.id = Uuids.timeOrdered();
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = clip(Objects.requireNonNull(actor), 255);
        this.origin = origin == null ? null : clip(origin, 64);
        this.action = action;
        this.objectType = clip(Objects.requireNonNull(objectType), 40);
        this.objectId = clip(Objects.requireNonNull(objectId), 255);
        this.detail = scrub(detail);
    }

    /** Detail text as stored: credentials replaced, control characters removed, bounded in length. */
    public static String scrub(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = CREDENTIAL.matcher(text).replaceAll(REDACTED).replaceAll("\\p{Cntrl}", " ").strip();
        return clip(clean, MAX_DETAIL);
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String origin() {
        return origin;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String detail() {
        return detail;
    }
}
