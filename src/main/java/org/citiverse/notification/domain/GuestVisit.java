package org.citiverse.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A ring at a home's door as one household sees it. Exactly one answer takes effect (the twin's
 * one-at-a-time rule, FGMV-28 7.2.1): the first to answer a ringing visit handles it and everyone else
 * is told who did. Whoever said they are coming may still open the door; after a failed opening any
 * member may try again. A visit nobody answered in time expires and can no longer open the door.
 */
@Entity
@Table(name = "guest_visit")
public class GuestVisit {

    static final int MAX_NAME = 200;

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "doorbell_twin_id", nullable = false, length = 60)
    private String doorbellTwinId;

    @Column(name = "door_name", nullable = false, length = MAX_NAME)
    private String doorName;

    @Column(name = "rang_at", nullable = false)
    private Instant rangAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private VisitStatus status;

    @Column(name = "lock_twin_id", length = 60)
    private String lockTwinId;

    @Column(name = "camera_twin_id", length = 60)
    private String cameraTwinId;

    @Column(name = "snapshot_command_id")
    private UUID snapshotCommandId;

    @Column(name = "open_command_id")
    private UUID openCommandId;

    @Column(name = "answered_by", length = 255)
    private String answeredBy;

    @Column(name = "answered_by_name", length = MAX_NAME)
    private String answeredByName;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "has_snapshot", nullable = false)
    private boolean hasSnapshot;

    @Version
    private int version;

    protected GuestVisit() {
        // for JPA
    }

    /**
     * A ring for a household. {@code lockTwinId} and {@code cameraTwinId} are the home's door lock and
     * camera, when it has them.
     */
    public GuestVisit(UUID householdId, String doorbellTwinId, String doorName, String lockTwinId,
                      String cameraTwinId, Instant rangAt, Duration answerWithin) {
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.doorbellTwinId = doorbellTwinId;
        this.doorName = doorName.length() > MAX_NAME ? doorName.substring(0, MAX_NAME) : doorName;
        this.lockTwinId = lockTwinId;
        this.cameraTwinId = cameraTwinId;
        this.rangAt = rangAt;
        this.expiresAt = rangAt.plus(answerWithin);
        this.status = VisitStatus.RINGING;
    }

    /** The camera was asked for a picture with this command. */
    public void snapshotRequested(UUID commandId) {
        this.snapshotCommandId = commandId;
    }

    /** The picture arrived (or was deleted). */
    public void snapshotKept(boolean kept) {
        this.hasSnapshot = kept;
    }

    /**
     * A member's answer. It takes effect when the visit is still ringing; when its answerer (who said
     * they are coming) now opens or declines; or when it opens again after a failed opening.
     * An opening answer still needs {@link #opening} once the lock's command is issued.
     */
    public AnswerOutcome answer(VisitAnswer answer, String subject, String name, Instant now) {
        if (expireIfDue(now) || status == VisitStatus.EXPIRED) {
            return AnswerOutcome.EXPIRED;
        }
        boolean own = subject.equals(answeredBy);
        boolean allowed = switch (status) {
            case RINGING -> true;
            case COMING -> own && answer != VisitAnswer.COMING;
            case OPEN_FAILED -> answer == VisitAnswer.OPEN;
            default -> false;
        };
        if (!allowed) {
            return AnswerOutcome.ALREADY_ANSWERED;
        }
        if (answer == VisitAnswer.OPEN && lockTwinId == null) {
            throw new VisitException(VisitException.Reason.NO_LOCK);
        }
        answeredBy = subject;
        answeredByName = name == null ? null : name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        answeredAt = now;
        outcomeAt = null;
        status = switch (answer) {
            case OPEN -> VisitStatus.OPENING;
            case DECLINE -> VisitStatus.DECLINED;
            case COMING -> VisitStatus.COMING;
        };
        return AnswerOutcome.TAKEN;
    }

    /** The lock was asked to open with this command. */
    public void opening(UUID commandId) {
        this.openCommandId = commandId;
    }

    /** The lock's answer to the opening command: opened, or failed (refused, no answer in time). */
    public boolean lockAnswered(UUID commandId, boolean opened, Instant now) {
        if (status != VisitStatus.OPENING || !commandId.equals(openCommandId)) {
            return false;
        }
        status = opened ? VisitStatus.OPENED : VisitStatus.OPEN_FAILED;
        outcomeAt = now;
        return true;
    }

    /**
     * Whether it is still to act on or watch at this time: open, and not a ring past its time (which
     * the sweep is about to expire and announce).
     */
    public boolean openAt(Instant now) {
        return status.open() && !(status == VisitStatus.RINGING && !now.isBefore(expiresAt));
    }

    /** A ringing visit past its time expires; true when it just did. */
    public boolean expireIfDue(Instant now) {
        if (status == VisitStatus.RINGING && !now.isBefore(expiresAt)) {
            status = VisitStatus.EXPIRED;
            outcomeAt = expiresAt;
            return true;
        }
        return false;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public String doorName() {
        return doorName;
    }

    public Instant rangAt() {
        return rangAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public VisitStatus status() {
        return status;
    }

    public String lockTwinId() {
        return lockTwinId;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String answeredByName() {
        return answeredByName;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant outcomeAt() {
        return outcomeAt;
    }

    public boolean hasSnapshot() {
        return hasSnapshot;
    }
}
