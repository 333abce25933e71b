package org.citiverse.complaint.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.complaint.domain.ApiKey;
import org.citiverse.complaint.domain.Category;
import org.citiverse.complaint.domain.ComplaintRepository;
import org.citiverse.complaint.domain.Follower;
import org.citiverse.complaint.domain.RequestQuery;
import org.citiverse.complaint.domain.RequestStatus;
import org.citiverse.complaint.domain.RequestPhoto;
import org.citiverse.complaint.domain.RequestUpdate;
import org.citiverse.complaint.domain.ResponseTemplate;
import org.citiverse.complaint.domain.ServiceRequest;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** Service requests and what belongs to them, in the CitiVerse database. */
@ApplicationScoped
public class JpaComplaintRepository extends JpaStore<ServiceRequest> implements ComplaintRepository {

    public JpaComplaintRepository() {
        super(ServiceRequest.class);
    }

    @Override
    public List<Category> categories() {
        return em.createQuery("select c from Category c", Category.class).getResultList();
    }

    @Override
    public Optional<Category> category(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Category.class, code));
    }

    @Override
    public Optional<Category> categoryForUpdate(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(em.find(Category.class, code, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(Category category) {
        em.persist(category);
    }

    @Override
    public Optional<ServiceRequest> request(long id) {
        return Optional.ofNullable(em.find(ServiceRequest.class, id));
    }

    @Override
    public Optional<ServiceRequest> requestForUpdate(long id) {
        return Optional.ofNullable(em.find(ServiceRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<ServiceRequest> byToken(UUID token) {
        return findOneBy("token", token);
    }

    @Override
    public Optional<ServiceRequest> sameSubmission(String fingerprint, Instant since) {
        return em.createQuery("select r from ServiceRequest r where r.fingerprint = :f and r.requestedAt >= :since "
                        + "order by r.requestedAt desc", ServiceRequest.class)
                .setParameter("f", fingerprint).setParameter("since", since).setMaxResults(1)
                .getResultStream().filter(r -> r.status().isOpen()).findFirst();
    }

    @Override
    public Optional<ServiceRequest> deviceRequest(String twinId) {
        return em.createQuery("select r from ServiceRequest r where r.twinId = :t order by r.requestedAt desc",
                        ServiceRequest.class)
                .setParameter("t", twinId).setMaxResults(1).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<ServiceRequest> search(RequestQuery query) {
        String order = switch (query.order()) {
            case NEWEST -> " order by r.requestedAt desc, r.id desc";
            case OLDEST -> " order by r.requestedAt, r.id";
            case DUE -> " order by r.dueAt, r.id";
        };
        Filter filter = Filter.of(query);
        TypedQuery<ServiceRequest> q = em.createQuery("select r from ServiceRequest r" + filter.where() + order,
                ServiceRequest.class);
        filter.parameters().forEach(q::setParameter);
        // Lists are read, not changed: no snapshots for dirty checking.
        return q.setHint("org.hibernate.readOnly", true).setFirstResult(query.offset())
                .setMaxResults(query.pageSize()).getResultList();
    }

    @Override
    public List<ServiceRequest> openInBox(String category, double[] box, int limit) {
        TypedQuery<ServiceRequest> q = em.createQuery("select r from ServiceRequest r where r.open = true "
                + (category == null ? "" : "and r.categoryCode = :c ")
                + "and r.latitude between :s and :n and r.longitude between :w and :e "
                + "order by r.requestedAt desc", ServiceRequest.class);
        if (category != null) {
            q.setParameter("c", category);
        }
        return q.setParameter("s", box[0]).setParameter("w", box[1]).setParameter("n", box[2])
                .setParameter("e", box[3]).setHint("org.hibernate.readOnly", true).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Object[]> dailyCounts(Instant from) {
        return em.createQuery("select r.categoryCode, cast(r.requestedAt as LocalDate), count(r) from ServiceRequest r "
                        + "where r.requestedAt >= :from group by r.categoryCode, cast(r.requestedAt as LocalDate)",
                        Object[].class)
                .setParameter("from", from).getResultList();
    }

    @Override
    public Map<Boolean, Long> openAndClosed() {
        Map<Boolean, Long> counts = new java.util.HashMap<>(Map.of(true, 0L, false, 0L));
        em.createQuery("select r.open, count(r) from ServiceRequest r group by r.open", Object[].class).getResultList()
                .forEach(row -> counts.put((Boolean) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public long overdue(Instant now) {
        return em.createQuery("select count(r) from ServiceRequest r where r.open = true and r.dueAt < :now", Long.class)
                .setParameter("now", now).getSingleResult();
    }

    @Override
    public List<java.time.Duration> latestTimesToClose(int limit) {
        return em.createQuery("select r.requestedAt, r.closedAt from ServiceRequest r where r.closedAt is not null "
                        + "order by r.closedAt desc", Object[].class).setMaxResults(limit).getResultList().stream()
                .map(row -> java.time.Duration.between((Instant) row[0], (Instant) row[1])).toList();
    }

    @Override
    public long count(RequestQuery query) {
        Filter filter = Filter.of(query);
        TypedQuery<Long> q = em.createQuery("select count(r) from ServiceRequest r" + filter.where(), Long.class);
        filter.parameters().forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** True or false when the statuses asked for are exactly the open or the closed ones (an indexed column); else null. */
    private static Boolean openness(RequestQuery query) {
        java.util.Set<RequestStatus> open = java.util.EnumSet.noneOf(RequestStatus.class);
        java.util.Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).forEach(open::add);
        if (query.statuses().equals(open)) {
            return true;
        }
        return query.statuses().equals(java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(open))) ? false : null;
    }

    /** A query's conditions and the parameters they name, built together so neither can miss the other. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(RequestQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new java.util.HashMap<>();
            java.util.function.BiConsumer<String, Map.Entry<String, Object>> add = (condition, parameter) -> {
                conditions.add(condition);
                parameters.put(parameter.getKey(), parameter.getValue());
            };
            if (!query.ids().isEmpty()) {
                add.accept("r.id in :ids", Map.entry("ids", query.ids()));
            }
            if (!query.categories().isEmpty()) {
                add.accept("r.categoryCode in :categories", Map.entry("categories", query.categories()));
            }
            Boolean open = openness(query);
            if (open != null) {
                add.accept("r.open = :open", Map.entry("open", open));
            } else if (!query.statuses().isEmpty()) {
                add.accept("r.status in :statuses", Map.entry("statuses", query.statuses()));
            }
            if (query.department() != null) {
                add.accept("r.departmentCode = :department", Map.entry("department", query.department()));
            }
            if (query.reporter() != null) {
                add.accept("r.reporter = :reporter", Map.entry("reporter", query.reporter()));
            }
            if (query.source() != null) {
                add.accept("r.source = :source", Map.entry("source", query.source()));
            }
            if (query.from() != null) {
                add.accept("r.requestedAt >= :from", Map.entry("from", query.from()));
            }
            if (query.to() != null) {
                add.accept("r.requestedAt <= :to", Map.entry("to", query.to()));
            }
            if (query.overdueOnly()) {
                add.accept("r.dueAt < :now and r.open = true", Map.entry("now", query.now()));
            }
            return new Filter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
        }
    }

    @Override
    public void add(ServiceRequest request) {
        persist(request);
    }

    @Override
    public void add(RequestUpdate update) {
        em.persist(update);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<RequestUpdate> updates(List<Long> requestIds, Instant from, Instant to, boolean withInternal, int limit) {
        StringBuilder jpql = new StringBuilder("select u from RequestUpdate u where 1 = 1");
        if (!requestIds.isEmpty()) {
            jpql.append(" and u.requestId in :ids");
        }
        if (from != null) {
            jpql.append(" and u.createdAt >= :from");
        }
        if (to != null) {
            jpql.append(" and u.createdAt <= :to");
        }
        if (!withInternal) {
            jpql.append(" and u.internal = false");
        }
        TypedQuery<RequestUpdate> q = em.createQuery(jpql + " order by u.createdAt, u.id", RequestUpdate.class);
        if (!requestIds.isEmpty()) {
            q.setParameter("ids", requestIds);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public void add(RequestPhoto photo) {
        em.persist(photo);
    }

    @Override
    public Map<Long, List<Integer>> photoPositions(List<Long> requestIds, boolean withHidden) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Integer>> positions = new java.util.HashMap<>();
        em.createQuery("select p.requestId, p.position from RequestPhoto p where p.requestId in :ids"
                        + (withHidden ? "" : " and p.hidden = false") + " order by p.requestId, p.position", Object[].class)
                .setParameter("ids", requestIds).getResultList()
                .forEach(row -> positions.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Integer) row[1]));
        return positions;
    }

    @Override
    public Optional<RequestPhoto> photo(long requestId, int position) {
        return em.createQuery("select p from RequestPhoto p where p.requestId = :r and p.position = :n",
                RequestPhoto.class).setParameter("r", requestId).setParameter("n", position).getResultStream().findFirst();
    }

    @Override
    public Optional<Follower> follower(long requestId, String subject) {
        return em.createQuery("select f from Follower f where f.requestId = :r and f.subject = :s", Follower.class)
                .setParameter("r", requestId).setParameter("s", subject).getResultStream().findFirst();
    }

    @Override
    public void add(Follower follower) {
        em.persist(follower);
    }

    @Override
    public void remove(Follower follower) {
        em.remove(follower);
    }

    @Override
    public List<String> followers(long requestId) {
        return em.createQuery("select f.subject from Follower f where f.requestId = :r", String.class)
                .setParameter("r", requestId).getResultList();
    }

    @Override
    public List<Long> followedBy(String subject, int limit) {
        return em.createQuery("select f.requestId from Follower f where f.subject = :s order by f.createdAt desc",
                Long.class).setParameter("s", subject).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ResponseTemplate> templates() {
        return em.createQuery("select t from ResponseTemplate t order by t.title", ResponseTemplate.class).getResultList();
    }

    @Override
    public Optional<ResponseTemplate> template(UUID id) {
        return Optional.ofNullable(em.find(ResponseTemplate.class, id));
    }

    @Override
    public void add(ResponseTemplate template) {
        em.persist(template);
    }

    @Override
    public void remove(ResponseTemplate template) {
        em.remove(template);
    }

    @Override
    public Optional<ApiKey> keyByHash(String hash) {
        return em.createQuery("select k from ApiKey k where k.keyHash = :h", ApiKey.class).setParameter("h", hash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ApiKey> key(UUID id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    @Override
    public List<ApiKey> keys() {
        return em.createQuery("select k from ApiKey k", ApiKey.class).getResultList();
    }

    @Override
    public void add(ApiKey key) {
        em.persist(key);
    }
}
