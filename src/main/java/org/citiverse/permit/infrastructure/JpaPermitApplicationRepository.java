package org.citiverse.permit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.citiverse.permit.domain.ApplicationDocument;
import org.citiverse.permit.domain.ApplicationMessage;
import org.citiverse.permit.domain.ApplicationQuery;
import org.citiverse.permit.domain.ApplicationStatus;
import org.citiverse.permit.domain.PermitApplication;
import org.citiverse.permit.domain.PermitApplicationRepository;
import org.citiverse.permit.domain.PermitReviewer;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** Permit applications in the CitiVerse database. */
@ApplicationScoped
public class JpaPermitApplicationRepository extends JpaStore<PermitApplication> implements PermitApplicationRepository {

    public JpaPermitApplicationRepository() {
        super(PermitApplication.class);
    }

    @Override
    public long nextNumber() {
        // One by one (not pooled): the number is the reference citizens see, so no gaps of a block size.
        return ((Number) em.createNativeQuery("select nextval('permit_application_seq')").getSingleResult())
                .longValue();
    }

    @Override
    public void add(PermitApplication application) {
        persist(application);
    }

    @Override
    public Optional<PermitApplication> byReference(String reference) {
        return findOneBy("reference", reference);
    }

    @Override
    public Optional<PermitApplication> lockedByReference(String reference) {
        return em.createQuery("select a from PermitApplication a where a.reference = :r", PermitApplication.class)
                .setParameter("r", reference).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<PermitApplication> ofApplicant(String applicant, int limit) {
        return em.createQuery("select a from PermitApplication a where a.applicant = :s order by a.createdAt desc, "
                        + "a.id desc", PermitApplication.class)
                .setParameter("s", applicant).setMaxResults(limit).getResultList();
    }

    @Override
    public List<PermitApplication> search(ApplicationQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        TypedQuery<PermitApplication> q = em.createQuery("select a from PermitApplication a" + where
                + " order by a.decisionDue asc nulls last, a.id asc", PermitApplication.class);
        params.forEach(q::setParameter);
        return q.setFirstResult((Math.max(1, query.page()) - 1) * query.pageSize()).setMaxResults(query.pageSize())
                .getResultList();
    }

    @Override
    public long count(ApplicationQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(a) from PermitApplication a" + where(query, params),
                Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(ApplicationQuery query, Map<String, Object> params) {
        // Only what was sent in: a draft (or a draft withdrawn) stays the applicant's.
        StringBuilder where = new StringBuilder(" where a.submittedAt is not null");
        if (!query.statuses().isEmpty()) {
            where.append(" and a.status in :statuses");
            params.put("statuses", Set.copyOf(query.statuses()));
        }
        if (query.activity() != null) {
            where.append(" and a.activity = :activity");
            params.put("activity", query.activity());
        }
        if (query.zone() != null) {
            where.append(" and (a.zoneType = :zone or a.zoneCode = :zone)");
            params.put("zone", query.zone());
        }
        if (ApplicationQuery.NOBODY.equals(query.assignee())) {
            where.append(" and a.assignee is null");
        } else if (query.assignee() != null) {
            where.append(" and a.assignee = :assignee");
            params.put("assignee", query.assignee());
        }
        if (query.overdue()) {
            // The same rule as PermitApplication.overdue: with the city, after the deadline day.
            where.append(" and a.status = :submitted and a.decisionDue < :today");
            params.put("submitted", ApplicationStatus.SUBMITTED);
            params.put("today", query.today());
        }
        return where.toString();
    }

    @Override
    public List<String> zoneTypes() {
        return em.createQuery("select distinct a.zoneType from PermitApplication a where a.zoneType is not null "
                + "and a.submittedAt is not null order by a.zoneType", String.class).getResultList();
    }

    @Override
    public List<ApplicationDocument> documents(long applicationId) {
        return em.createQuery("select d from ApplicationDocument d where d.applicationId = :a "
                        + "order by d.uploadedAt, d.id", ApplicationDocument.class)
                .setParameter("a", applicationId).getResultList();
    }

    @Override
    public Optional<ApplicationDocument> document(long applicationId, UUID documentId) {
        return Optional.ofNullable(em.find(ApplicationDocument.class, documentId))
                .filter(d -> d.applicationId() == applicationId);
    }

    @Override
    public void addDocument(ApplicationDocument document) {
        em.persist(document);
    }

    @Override
    public void removeDocument(ApplicationDocument document) {
        em.remove(document);
    }

    @Override
    public List<ApplicationMessage> messages(long applicationId) {
        return em.createQuery("select m from ApplicationMessage m where m.applicationId = :a "
                        + "order by m.createdAt, m.id", ApplicationMessage.class)
                .setParameter("a", applicationId).getResultList();
    }

    @Override
    public void addMessage(ApplicationMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<PermitReviewer> reviewer(String subject) {
        return Optional.ofNullable(em.find(PermitReviewer.class, subject));
    }

    @Override
    public List<PermitReviewer> reviewers() {
        return em.createQuery("select r from PermitReviewer r order by r.name, r.subject", PermitReviewer.class)
                .getResultList();
    }

    @Override
    public void addReviewer(PermitReviewer reviewer) {
        em.persist(reviewer);
    }
}
