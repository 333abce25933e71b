package org.citiverse.permit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citiverse.permit.domain.CheckCountRepository;
import org.citiverse.permit.domain.CheckKey;
import org.citiverse.permit.domain.CheckPeriod;
import org.citiverse.permit.domain.CheckStatistics;

/**
 * Check counts in permit_check_count (V26). Adding is an UPDATE of the row's count and, for a key
 * not stored yet, an INSERT: plain SQL that PostgreSQL and H2 both run (their upsert syntaxes
 * differ). Two servers inserting the same new key at once make one transaction fail; its counts
 * are kept in memory and added at the next round.
 */
@ApplicationScoped
public class JpaCheckCountRepository implements CheckCountRepository {

    private static final String KEY = "check_day = ?1 and activity = ?2 and zone_type = ?3 and outcome = ?4 and rule_id = ?5 "
            + "and rule_set_version = ?6";

    @PersistenceContext(unitName = "citiverse")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void add(Map<CheckKey, Long> counts) {
        counts.forEach((key, n) -> {
            int updated = key(em.createNativeQuery("update permit_check_count set checks = checks + ?7 where " + KEY),
                    key).setParameter(7, n).executeUpdate();
            if (updated == 0) {
                key(em.createNativeQuery("insert into permit_check_count (check_day, activity, zone_type, outcome, rule_id, "
                        + "rule_set_version, checks) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"), key).setParameter(7, n)
                        .executeUpdate();
            }
        });
    }

    private static jakarta.persistence.Query key(jakarta.persistence.Query q, CheckKey key) {
        return q.setParameter(1, key.day()).setParameter(2, key.activity()).setParameter(3, key.zoneType())
                .setParameter(4, key.outcome()).setParameter(5, key.ruleId()).setParameter(6, key.ruleSetVersion());
    }

    @Override
    public List<CheckStatistics.Count> between(CheckPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select check_day, activity, zone_type, outcome, rule_id, rule_set_version, "
                + "checks from permit_check_count where check_day between ?1 and ?2")
                .setParameter(1, period.from()).setParameter(2, period.to()).getResultList();
        return rows.stream().map(r -> new CheckStatistics.Count(new CheckKey(day(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], ((Number) r[5]).intValue()), ((Number) r[6]).longValue())).toList();
    }

    @Override
    public Set<String> knownActivities() {
        return new HashSet<>(em.createQuery("select distinct r.activity from RuleSet r", String.class).getResultList());
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
