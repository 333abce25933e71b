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
import org.citiverse.complaint.domain.SavedFilter;
import org.citiverse.complaint.domain.ServiceRequest;
import org.citiverse.complaint.domain.StaffMember;
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
            case PRIORITY -> " order by r.priority, r.dueAt, r.id";
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

    /** A query's conditions and the parameters they name, built together so neither can miss the other. */
    private static final class Filter {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new java.util.HashMap<>();

        Filter add(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
            return this;
        }

        Filter add(String condition) {
            conditions.add(condition);
            return this;
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        Map<String, Object> parameters() {
            return parameters;
        }

        static Filter of(RequestQuery query) {
            Filter f = new Filter();
            if (!query.ids().isEmpty()) {
                f.add("r.id in :ids", "ids", query.ids());
            }
            if (!query.categories().isEmpty()) {
                f.add("r.categoryCode in :categories", "categories", query.categories());
            }
            Boolean open = query.openness();
            if (open != null) {
                f.add("r.open = :open", "open", open);
            } else if (!query.statuses().isEmpty()) {
                f.add("r.status in :statuses", "statuses", query.statuses());
            }
            if (query.department() != null) {
                f.add("r.departmentCode = :department", "department", query.department());
            }
            if (query.reporter() != null) {
                f.add("r.reporter = :reporter", "reporter", query.reporter());
            }
            if (query.source() != null) {
                f.add("r.source = :source", "source", query.source());
            }
            if (query.from() != null) {
                f.add("r.requestedAt >= :from", "from", query.from());
            }
            if (query.to() != null) {
                f.add("r.requestedAt <= :to", "to", query.to());
            }
            if (query.overdueOnly()) {
                f.add("r.dueAt < :now and r.open = true", "now", query.now());
            }
            RequestQuery.Triage triage = query.triage();
            if (RequestQuery.Triage.NOBODY.equals(triage.assignee())) {
                f.add("r.assignee is null");
            } else if (triage.assignee() != null) {
                f.add("r.assignee = :assignee", "assignee", triage.assignee());
            }
            if (triage.priority() != null) {
                f.add("r.priority = :priority", "priority", triage.priority());
            }
            if (triage.area() != null) {
                f.add("r.latitude between :south and :north", "south", triage.area().south())
                        .add("r.longitude between :west and :east", "west", triage.area().west());
                f.parameters.put("north", triage.area().north());
                f.parameters.put("east", triage.area().east());
            }
            return f;
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
    public List<RequestUpdate> updates(List<Long> requestIds, Instant from, Instant to, boolean withInternal, int offset,
                                       int limit) {
        Filter f = new Filter();
        if (!requestIds.isEmpty()) {
            f.add("u.requestId in :ids", "ids", requestIds);
        }
        if (from != null) {
            f.add("u.createdAt >= :from", "from", from);
        }
        if (to != null) {
            f.add("u.createdAt <= :to", "to", to);
        }
        if (!withInternal) {
            f.add("u.internal = false");
        }
        TypedQuery<RequestUpdate> q = em.createQuery("select u from RequestUpdate u" + f.where()
                + " order by u.createdAt, u.id", RequestUpdate.class);
        f.parameters().forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
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

    @Override
    public Optional<StaffMember> staffMember(String subject) {
        return Optional.ofNullable(em.find(StaffMember.class, subject));
    }

    @Override
    public List<StaffMember> staff() {
        return em.createQuery("select s from StaffMember s order by s.name", StaffMember.class).getResultList();
    }

    @Override
    public void add(StaffMember member) {
        em.persist(member);
    }

    @Override
    public List<SavedFilter> savedFilters(String owner) {
        return em.createQuery("select f from SavedFilter f where f.owner = :o order by f.name", SavedFilter.class)
                .setParameter("o", owner).getResultList();
    }

    @Override
    public Optional<SavedFilter> savedFilter(UUID id) {
        return Optional.ofNullable(em.find(SavedFilter.class, id));
    }

    @Override
    public void add(SavedFilter filter) {
        em.persist(filter);
    }

    @Override
    public void remove(SavedFilter filter) {
        em.remove(filter);
    }
}
