package org.citiverse.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.citiverse.device.domain.Actuation;
import org.citiverse.device.domain.ActuationStatus;
import org.citiverse.device.domain.Device;
import org.citiverse.device.domain.DeviceRegistry;
import org.citiverse.device.domain.DeviceStatus;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** Registered devices in the CitiVerse database. */
@ApplicationScoped
public class JpaDeviceRegistry extends JpaStore<Device> implements DeviceRegistry {

    public JpaDeviceRegistry() {
        super(Device.class);
    }

    @Override
    public Optional<Device> find(String deviceId) {
        return Optional.ofNullable(em.find(Device.class, deviceId));
    }

    @Override
    public Optional<Device> findLocked(String deviceId) {
        return Optional.ofNullable(em.find(Device.class, deviceId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Device device) {
        persist(device);
        try {
            em.flush(); // two registrations of one id at once: the second learns it here, not at commit
        } catch (jakarta.persistence.PersistenceException taken) {
            throw new org.citiverse.device.domain.DeviceException(
                    org.citiverse.device.domain.DeviceException.Reason.ID_TAKEN);
        }
    }

    @Override
    public Optional<Device> activeFor(String twinId) {
        return em.createQuery("select d from Device d where d.twinId = :twin and d.status = :active order by d.id",
                        Device.class)
                .setParameter("twin", twinId).setParameter("active", DeviceStatus.ACTIVE).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public int unlinkFrom(String twinId) {
        return em.createQuery("update Device d set d.twinId = null where d.twinId = :twin")
                .setParameter("twin", twinId).executeUpdate();
    }

    @Override
    public void add(Actuation actuation) {
        em.persist(actuation);
    }

    @Override
    public Optional<Actuation> actuation(java.util.UUID id) {
        return Optional.ofNullable(em.find(Actuation.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Actuation> pendingFor(String deviceId) {
        return em.createQuery("select a from Actuation a where a.deviceId = :device and a.status = :pending "
                        + "order by a.createdAt", Actuation.class)
                .setParameter("device", deviceId).setParameter("pending", ActuationStatus.PENDING).getResultList();
    }

    @Override
    public List<Actuation> actuationsOf(String deviceId, int limit) {
        return em.createQuery("select a from Actuation a where a.deviceId = :device order by a.createdAt desc",
                Actuation.class).setParameter("device", deviceId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Actuation> pendingForSeenDevices(int limit) {
        return em.createQuery("select a from Actuation a where a.status = :pending and exists (select d.id from Device d"
                        + " where d.id = a.deviceId and d.lastSeenAt > a.createdAt) order by a.createdAt", Actuation.class)
                .setParameter("pending", ActuationStatus.PENDING).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Actuation> openExpiredBy(java.time.Instant now, int limit) {
        return em.createQuery("select a from Actuation a where a.status in :open and a.expiresAt <= :now "
                        + "order by a.expiresAt", Actuation.class)
                .setParameter("open", List.of(ActuationStatus.PENDING, ActuationStatus.SENT))
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(DeviceStatus status) {
        return em.createQuery("select count(d) from Device d where d.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    @Override
    public long activeSeenSince(java.time.Instant cutoff) {
        return em.createQuery("select count(d) from Device d where d.status = :active and d.lastSeenAt >= :cutoff",
                        Long.class)
                .setParameter("active", DeviceStatus.ACTIVE).setParameter("cutoff", cutoff).getSingleResult();
    }

    @Override
    public List<Device> claimedBy(java.util.UUID householdId) {
        return em.createQuery("select d from Device d where d.householdId = :household order by d.name, d.id",
                Device.class).setParameter("household", householdId).getResultList();
    }

    @Override
    public List<Device> list(DeviceStatus status, String profile, java.time.Instant notSeenSince, int offset,
                             int limit) {
        StringBuilder jpql = new StringBuilder("select d from Device d where 1 = 1");
        if (status != null) {
            jpql.append(" and d.status = :status");
        }
        if (profile != null) {
            jpql.append(" and d.profile = :profile");
        }
        if (notSeenSince != null) {
            jpql.append(" and (d.lastSeenAt is null or d.lastSeenAt < :cutoff)");
        }
        var query = em.createQuery(jpql.append(" order by d.id").toString(), Device.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (profile != null) {
            query.setParameter("profile", profile);
        }
        if (notSeenSince != null) {
            query.setParameter("cutoff", notSeenSince);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
