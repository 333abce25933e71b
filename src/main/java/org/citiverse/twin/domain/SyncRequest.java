package org.citiverse.twin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to sync a twin with its physical object (REQ-DT-07), scheduled by priority
 * (REQ-DT-08, FGMV-28 7.1.3): one runs at a time per twin; a request of lower priority than the
 * running one is refused; the others wait, highest priority first, and only the running one gets
 * the device's answer.
 */
@Entity
@Table(name = "twin_sync_request")
public class SyncRequest {

    /** Who goes next: highest priority, then first asked. */
    public static final Comparator<SyncRequest> NEXT = Comparator.comparingInt(SyncRequest::priority).reversed()
            .thenComparing(SyncRequest::requestedAt);

    @Id
    private UUID id;

    @Column(name = "twin_id", nullable = false, length = 60)
    private String twinId;

    @Column(name = "requester", nullable = false, length = 255)
    private String requester;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private SyncStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "deadline")
    private Instant deadline;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected SyncRequest() {
        // for JPA
    }

    public SyncRequest(String twinId, String requester, int priority, Instant now) {
        this.id = UUID.randomUUID();
        this.twinId = twinId;
        this.requester = requester;
        this.priority = priority;
        this.requestedAt = now;
        this.status = SyncStatus.QUEUED;
    }

    /**
     * Decides a new request against the twin's open ones (running and queued): a running one past
     * its deadline times out first; with nothing running the highest of the waiting and the new one
     * starts; a new request below the running one's priority is refused, otherwise it waits.
     * Returns the request that starts running now, if any.
     */
    public static Optional<SyncRequest> schedule(SyncRequest incoming, List<SyncRequest> open, Instant now,
                                                 Duration timeout) {
        timeOutLate(open, now);
        List<SyncRequest> all = new java.util.ArrayList<>(open);
        all.add(incoming);
        Optional<SyncRequest> started = running(all).isEmpty() ? startNext(all, now, timeout) : Optional.empty();
        SyncRequest running = running(all).orElseThrow();
        if (incoming.status == SyncStatus.QUEUED && running.priority > incoming.priority) {
            incoming.finish(SyncStatus.REFUSED, now);
        }
        return started;
    }

    /** The device answered: the running request succeeds (unless it was too late) and the next one starts. */
    public static Optional<SyncRequest> answered(List<SyncRequest> open, Instant now, Duration timeout) {
        running(open).ifPresent(r -> r.finish(r.deadline.isBefore(now) ? SyncStatus.TIMED_OUT : SyncStatus.SUCCEEDED,
                now));
        return startNext(open, now, timeout);
    }

    /** A running request past its deadline times out, and the next one starts. */
    public static Optional<SyncRequest> expire(List<SyncRequest> open, Instant now, Duration timeout) {
        return timeOutLate(open, now) ? startNext(open, now, timeout) : Optional.empty();
    }

    private static boolean timeOutLate(List<SyncRequest> open, Instant now) {
        Optional<SyncRequest> late = running(open).filter(r -> !r.deadline.isAfter(now));
        late.ifPresent(r -> r.finish(SyncStatus.TIMED_OUT, now));
        return late.isPresent();
    }

    private static Optional<SyncRequest> running(List<SyncRequest> requests) {
        return requests.stream().filter(r -> r.status == SyncStatus.RUNNING).findFirst();
    }

    private static Optional<SyncRequest> startNext(List<SyncRequest> open, Instant now, Duration timeout) {
        Optional<SyncRequest> next = open.stream().filter(r -> r.status == SyncStatus.QUEUED).min(NEXT);
        next.ifPresent(r -> r.start(now, timeout));
        return next;
    }

    private void start(Instant now, Duration timeout) {
        this.status = SyncStatus.RUNNING;
        this.deadline = now.plus(timeout);
    }

    private void finish(SyncStatus outcome, Instant now) {
        this.status = outcome;
        this.finishedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String twinId() {
        return twinId;
    }

    public String requester() {
        return requester;
    }

    public int priority() {
        return priority;
    }

    public SyncStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
