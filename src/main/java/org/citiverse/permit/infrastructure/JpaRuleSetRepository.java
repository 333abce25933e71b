package org.citiverse.permit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.permit.domain.ActivatedVersion;
import org.citiverse.permit.domain.RuleSet;
import org.citiverse.permit.domain.RuleSetRepository;
import org.citiverse.permit.domain.RuleSetStatus;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** Rule sets in the CitiVerse database (a few versions per activity and zone type). */
@ApplicationScoped
public class JpaRuleSetRepository extends JpaStore<RuleSet> implements RuleSetRepository {

    public JpaRuleSetRepository() {
        super(RuleSet.class);
    }

    @Override
    public Optional<RuleSet> byId(UUID id) {
        return Optional.ofNullable(em.find(RuleSet.class, id));
    }

    @Override
    public Optional<RuleSet> lockedById(UUID id) {
        return Optional.ofNullable(em.find(RuleSet.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<RuleSet> all(String activity) {
        String order = " order by r.activity, r.zoneType, r.versionNumber desc";
        if (activity == null) {
            return em.createQuery("select r from RuleSet r" + order, RuleSet.class).getResultList();
        }
        return em.createQuery("select r from RuleSet r where r.activity = :a" + order, RuleSet.class)
                .setParameter("a", activity).getResultList();
    }

    @Override
    public Optional<RuleSet> active(String activity, String zoneType) {
        return em.createQuery("select r from RuleSet r where r.activity = :a and r.zoneType = :z and r.status = :s",
                        RuleSet.class)
                .setParameter("a", activity).setParameter("z", zoneType).setParameter("s", RuleSetStatus.ACTIVE)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ActivatedVersion> activated(String activity, String zoneType) {
        return em.createQuery("select new org.citiverse.permit.domain.ActivatedVersion(r.id, r.versionNumber, "
                        + "r.effectiveFrom) from RuleSet r where r.activity = :a and r.zoneType = :z "
                        + "and r.status <> :draft", ActivatedVersion.class)
                .setParameter("a", activity).setParameter("z", zoneType).setParameter("draft", RuleSetStatus.DRAFT)
                .getResultList();
    }

    @Override
    public int lastVersionNumber(String activity, String zoneType) {
        Integer last = em.createQuery("select max(r.versionNumber) from RuleSet r where r.activity = :a "
                        + "and r.zoneType = :z", Integer.class)
                .setParameter("a", activity).setParameter("z", zoneType).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public long count() {
        return em.createQuery("select count(r) from RuleSet r", Long.class).getSingleResult();
    }

    @Override
    public void add(RuleSet ruleSet) {
        persist(ruleSet);
    }
}
