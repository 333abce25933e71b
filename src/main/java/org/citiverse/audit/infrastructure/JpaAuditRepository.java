package org.citiverse.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.citiverse.audit.domain.AuditEntry;
import org.citiverse.audit.domain.AuditQuery;
import org.citiverse.audit.domain.AuditRepository;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** The audit log in the CitiVerse database; indexes on time, actor and object keep searches fast. */
@ApplicationScoped
public class JpaAuditRepository extends JpaStore<AuditEntry> implements AuditRepository {

    public JpaAuditRepository() {
        super(AuditEntry.class);
    }

    @Override
    public void add(AuditEntry entry) {
        persist(entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery q) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = query.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        if (q.actor() != null) {
            where.add(cb.equal(e.get("actor"), q.actor()));
        }
        if (q.action() != null) {
            where.add(q.action().endsWith(".") ? cb.like(e.get("action"), escape(q.action()) + "%", '\\')
                    : cb.equal(e.get("action"), q.action()));
        }
        if (q.object() != null) {
            where.add(cb.equal(e.get("objectId"), q.object()));
        }
        if (q.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), q.from()));
        }
        if (q.to() != null) {
            where.add(cb.lessThan(e.get("occurredAt"), q.to()));
        }
        query.select(e).where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(e.get("occurredAt")), cb.desc(e.get("id")));
        return em.createQuery(query).setFirstResult(q.offset()).setMaxResults(q.limit() + 1).getResultList();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
