package org.citiverse.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where visits, their pictures and members' preferences are kept (a port; JPA implements it). */
public interface VisitRepository {

    void add(GuestVisit visit);

    Optional<GuestVisit> find(UUID id);

    /** The visit, locked until the transaction ends, so two answers are taken one after the other. */
    Optional<GuestVisit> findLocked(UUID id);

    /** Visits of these households, newest first. */
    List<GuestVisit> ofHouseholds(Collection<UUID> householdIds, int limit);

    /** Visits of these households that are still open (ringing, someone coming, door opening or failed to). */
    List<GuestVisit> openOf(Collection<UUID> householdIds, Instant rangAfter);

    /** A ringing visit of the household at this doorbell, if there is one. */
    Optional<GuestVisit> ringing(UUID householdId, String doorbellTwinId);

    // The next three lock what they find, like findLocked: a member may be answering the same visit.

    List<GuestVisit> bySnapshotCommand(UUID commandId);

    Optional<GuestVisit> byOpenCommand(UUID commandId);

    /** Ringing visits whose time to answer has passed. */
    List<GuestVisit> ringingExpiredBy(Instant now, int max);

    void add(VisitSnapshot snapshot);

    Optional<VisitSnapshot> snapshot(UUID visitId);

    void removeSnapshot(UUID visitId);

    /** Deletes pictures taken before the cutoff (and says so on their visits); returns how many. */
    int removeSnapshotsBefore(Instant cutoff);

    Optional<NotificationPreference> preference(String subject);

    void add(NotificationPreference preference);
}
