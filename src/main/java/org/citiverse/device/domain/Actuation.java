package org.citiverse.device.domain;

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
import org.citiverse.shared.domain.Uuids;

/**
 * A command to a device on behalf of a person (FGMV-31 L2: virtual acts on physical), persisted
 * with its lifecycle PENDING → SENT → ACKED / FAILED / TIMED_OUT. Its id is the correlation id
 * the device answers with; only the first answer counts.
 */
@Entity
@Table(name = "device_actuation")
public class Actuation {

    @Id
    private UUID id;

    @Column(name = "twin_id", nullable = false, length = 60)
    private String twinId;

    @Column(name = "device_id", nullable = false, length = 100)
    private String deviceId;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "parameters", nullable = false, length = 2000)
    private String parameters;

    @Column(name = "requested_by", nullable = false, length = 255)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ActuationStatus status;

    @Column(name = "detail", length = 500)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private int version;

    protected Actuation() {
        // for JPA
    }

    public Actuation(String twinId, String deviceId, String action, String parameters, String requestedBy,
                     Instant now, Duration lifetime) {
        // Time-ordered: commands are written at a city's pace, their primary key index grows at its end.
        this.id = Uuids.timeOrdered();
        this.twinId = twinId;
        this.deviceId = deviceId;
        this.action = action;
        this.parameters = parameters;
        this.requestedBy = requestedBy;
        this.status = ActuationStatus.PENDING;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** The message for the device layer. */
    public DeviceCommand command() {
        return new DeviceCommand(id, twinId, action, expiresAt, parameters);
    }

    /** Put on the commands queue. */
    public void sent(Instant now) {
        if (status == ActuationStatus.PENDING) {
            status = ActuationStatus.SENT;
            sentAt = now;
        }
    }

    /**
     * The device's answer. Counts only while the command is open and not expired; a second answer
     * changes nothing.
     *
     * @return whether this answer decided the command
     */
    public boolean answered(boolean succeeded, String answerDetail, Instant now) {
        expireIfDue(now);
        if (!status.open()) {
            return false;
        }
        status = succeeded ? ActuationStatus.ACKED : ActuationStatus.FAILED;
        detail = answerDetail == null ? null : answerDetail.substring(0, Math.min(500, answerDetail.length()));
        finishedAt = now;
        return true;
    }

    /** @return whether it timed out now */
    public boolean expireIfDue(Instant now) {
        if (status.open() && !expiresAt.isAfter(now)) {
            status = ActuationStatus.TIMED_OUT;
            finishedAt = now;
            return true;
        }
        return false;
    }

    public UUID id() {
        return id;
    }

    public String twinId() {
        return twinId;
    }

    public String deviceId() {
        return deviceId;
    }

    public String action() {
        return action;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public ActuationStatus status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
