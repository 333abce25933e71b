package org.citiverse.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.notification.domain.GuestVisit;
import org.citiverse.notification.domain.NotificationPreference;
import org.citiverse.notification.domain.VisitRepository;
import org.citiverse.notification.domain.VisitSnapshot;
import org.citiverse.notification.domain.VisitStatus;

/** Visits, pictures and preferences in the CitiVerse database. */
@ApplicationScoped
public class JpaVisitRepository implements VisitRepository {

    private static final List<VisitStatus> OPEN = java.util.Arrays.stream(VisitStatus.values())
            .filter(VisitStatus::open).toList();

    @PersistenceContext(unitName = "citiverse")
    EntityManager em;

    @Override
    public void add(GuestVisit visit) {
        em.persist(visit);
    }

    @Override
    public Optional<GuestVisit> find(UUID id) {
        return Optional.ofNullable(em.find(GuestVisit.class, id));
    }

    @Override
    public Optional<GuestVisit> findLocked(UUID id) {
        return Optional.ofNullable(em.find(GuestVisit.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<GuestVisit> ofHouseholds(Collection<UUID> householdIds, int limit) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from GuestVisit v where v.householdId in :households "
                        + "order by v.rangAt desc, v.id", GuestVisit.class)
                .setParameter("households", householdIds).setMaxResults(limit).getResultList();
    }

    @Override
    public List<GuestVisit> openOf(Collection<UUID> householdIds, Instant rangAfter) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from GuestVisit v where v.householdId in :households and v.status in :open "
                        + "and v.rangAt > :after order by v.rangAt", GuestVisit.class)
                .setParameter("households", householdIds).setParameter("open", OPEN).setParameter("after", rangAfter)
                .getResultList();
    }

    @Override
    public Optional<GuestVisit> ringing(UUID householdId, String doorbellTwinId) {
        return em.createQuery("select v from GuestVisit v where v.householdId = :household "
                        + "and v.doorbellTwinId = :doorbell and v.status = :ringing", GuestVisit.class)
                .setParameter("household", householdId).setParameter("doorbell", doorbellTwinId)
                .setParameter("ringing", VisitStatus.RINGING).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<GuestVisit> bySnapshotCommand(UUID commandId) {
        return em.createQuery("select v from GuestVisit v where v.snapshotCommandId = :command order by v.id",
                        GuestVisit.class)
                .setParameter("command", commandId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Optional<GuestVisit> byOpenCommand(UUID commandId) {
        return em.createQuery("select v from GuestVisit v where v.openCommandId = :command", GuestVisit.class)
                .setParameter("command", commandId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<GuestVisit> ringingExpiredBy(Instant now, int max) {
        return em.createQuery("select v from GuestVisit v where v.status = :ringing and v.expiresAt <= :now",
                        GuestVisit.class)
                .setParameter("ringing", VisitStatus.RINGING).setParameter("now", now).setMaxResults(max)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public void add(VisitSnapshot snapshot) {
        em.persist(snapshot);
    }

    @Override
    public Optional<VisitSnapshot> snapshot(UUID visitId) {
        return Optional.ofNullable(em.find(VisitSnapshot.class, visitId));
    }

    @Override
    public void removeSnapshot(UUID visitId) {
        em.createQuery("delete from VisitSnapshot s where s.visitId = :visit").setParameter("visit", visitId)
                .executeUpdate();
    }

    @Override
    public int removeSnapshotsBefore(Instant cutoff) {
        List<UUID> old = em.createQuery("select s.visitId from VisitSnapshot s where s.takenAt < :cutoff", UUID.class)
                .setParameter("cutoff", cutoff).setMaxResults(1000).getResultList();
        if (old.isEmpty()) {
            return 0;
        }
        em.createQuery("update GuestVisit v set v.hasSnapshot = false, v.version = v.version + 1 where v.id in :ids")
                .setParameter("ids", old).executeUpdate();
        return em.createQuery("delete from VisitSnapshot s where s.visitId in :ids").setParameter("ids", old)
                .executeUpdate();
    }

    @Override
    public Optional<NotificationPreference> preference(String subject) {
        return Optional.ofNullable(em.find(NotificationPreference.class, subject));
    }

    @Override
    public void add(NotificationPreference preference) {
        em.persist(preference);
    }
}
