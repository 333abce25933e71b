package org.citiverse.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.device.domain.ClaimCode;
import org.citiverse.device.domain.ClaimCodes;
import org.citiverse.device.domain.ClaimFailure;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** Claim codes and wrong-code attempts in the CitiVerse database. */
@ApplicationScoped
public class JpaClaimCodes extends JpaStore<ClaimCode> implements ClaimCodes {

    public JpaClaimCodes() {
        super(ClaimCode.class);
    }

    @Override
    public void add(ClaimCode code) {
        persist(code);
    }

    @Override
    public Optional<ClaimCode> byHash(String codeHash) {
        return em.createQuery("select c from ClaimCode c where c.codeHash = :hash", ClaimCode.class)
                .setParameter("hash", codeHash).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<ClaimCode> openFor(String deviceId, Instant now) {
        return em.createQuery("select c from ClaimCode c where c.deviceId = :device and c.usedAt is null "
                        + "and c.expiresAt > :now", ClaimCode.class)
                .setParameter("device", deviceId).setParameter("now", now).getResultList();
    }

    @Override
    public void add(ClaimFailure failure) {
        em.persist(failure);
    }

    @Override
    public long failuresSince(UUID householdId, Instant cutoff) {
        return em.createQuery("select count(f) from ClaimFailure f where f.householdId = :household "
                        + "and f.failedAt >= :cutoff", Long.class)
                .setParameter("household", householdId).setParameter("cutoff", cutoff).getSingleResult();
    }

    @Override
    public void forgetFailuresBefore(Instant cutoff) {
        em.createQuery("delete from ClaimFailure f where f.failedAt < :cutoff").setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
