package org.citiverse.twin.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.twin.domain.Location;
import org.citiverse.twin.domain.Permission;
import org.citiverse.twin.domain.SyncRequest;
import org.citiverse.twin.domain.SyncStatus;
import org.citiverse.twin.domain.Twin;
import org.citiverse.twin.domain.TwinAncestor;
import org.citiverse.twin.domain.TwinGrant;
import org.citiverse.twin.domain.TwinHistoryEntry;
import org.citiverse.twin.domain.TwinQuery;
import org.citiverse.twin.domain.TwinRepository;
import org.citiverse.twin.domain.TwinRepository.StateReport;
import org.citiverse.twin.domain.TwinTreeLock;

/**
 * Twins in the CitiVerse database. Containment is kept as a closure table (every twin with each of
 * its ancestors and itself), so access is part of every query as an index lookup: a twin is
 * visible when a grant of one of the caller's principals is on it or on anything containing it.
 * Search results never contain what the caller may not see, and paging stays correct.
 */
@ApplicationScoped
public class JpaTwinRepository implements TwinRepository {

    private static final String VISIBLE = " and (:everything = true or exists (select g.id from TwinAncestor a,"
            + " TwinGrant g where a.twinId = t.id and g.twinId = a.ancestorId and g.principal in :principals"
            + " and g.permission in :viewing))";

    @PersistenceContext(unitName = "citiverse")
    EntityManager em;

    @Override
    public void add(Twin twin) {
        em.persist(twin);
        em.persist(new TwinAncestor(twin.id(), twin.id(), 0));
        if (twin.parentId() != null) {
            em.flush();
            em.createQuery("insert into TwinAncestor (twinId, ancestorId, depth) select :twin, a.ancestorId, "
                            + "a.depth + 1 from TwinAncestor a where a.twinId = :parent")
                    .setParameter("twin", twin.id()).setParameter("parent", twin.parentId()).executeUpdate();
        }
    }

    @Override
    public Optional<Twin> find(String id) {
        return Optional.ofNullable(em.find(Twin.class, id));
    }

    @Override
    public List<Twin> findAll(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select t from Twin t where t.id in :ids", Twin.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public void addAll(List<Twin> twins) {
        // The ancestors of parents outside the list are read once; the rest follow in memory, so a
        // thousand twins are inserts in batches rather than a flush and a query each.
        java.util.Set<String> outside = new java.util.HashSet<>();
        twins.stream().map(Twin::parentId).filter(java.util.Objects::nonNull).forEach(outside::add);
        twins.forEach(t -> outside.remove(t.id()));
        java.util.Map<String, List<TwinAncestor>> above = new java.util.HashMap<>();
        if (!outside.isEmpty()) {
            em.createQuery("select a from TwinAncestor a where a.twinId in :ids", TwinAncestor.class)
                    .setParameter("ids", outside).getResultList()
                    .forEach(a -> above.computeIfAbsent(a.twinId(), k -> new java.util.ArrayList<>()).add(a));
        }
        for (Twin twin : twins) {
            em.persist(twin);
            List<TwinAncestor> chain = new java.util.ArrayList<>();
            chain.add(new TwinAncestor(twin.id(), twin.id(), 0));
            if (twin.parentId() != null) {
                for (TwinAncestor a : above.getOrDefault(twin.parentId(), List.of())) {
                    chain.add(new TwinAncestor(twin.id(), a.ancestorId(), a.depth() + 1));
                }
            }
            chain.forEach(em::persist);
            above.put(twin.id(), chain);
        }
    }

    @Override
    public void remove(Twin twin) {
        em.flush();
        for (String entity : List.of("TwinAncestor", "TwinGrant", "TwinHistoryEntry", "SyncRequest")) {
            em.createQuery("delete from " + entity + " x where x.twinId = :twin").setParameter("twin", twin.id())
                    .executeUpdate();
        }
        em.remove(twin);
    }

    @Override
    public boolean hasChildren(String twinId) {
        return !em.createQuery("select t.id from Twin t where t.parentId = :parent", String.class)
                .setParameter("parent", twinId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<String> dueForSync(Instant now, int max) {
        return em.createQuery("select t.id from Twin t where t.nextSyncAt <= :now order by t.nextSyncAt", String.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public void moveUnder(String twinId, String newParentId) {
        em.flush();
        // Cut the subtree from everything above it, then hang it under the new parent's ancestors.
        em.createQuery("delete from TwinAncestor x where x.twinId in (select d.twinId from TwinAncestor d "
                        + "where d.ancestorId = :node) and x.ancestorId in (select a.ancestorId from TwinAncestor a "
                        + "where a.twinId = :node and a.ancestorId <> :node)")
                .setParameter("node", twinId).executeUpdate();
        if (newParentId != null) {
            em.createQuery("insert into TwinAncestor (twinId, ancestorId, depth) select d.twinId, a.ancestorId, "
                            + "a.depth + d.depth + 1 from TwinAncestor a, TwinAncestor d "
                            + "where a.twinId = :parent and d.ancestorId = :node")
                    .setParameter("parent", newParentId).setParameter("node", twinId).executeUpdate();
        }
    }

    @Override
    public boolean isWithin(String twinId, String containerId) {
        return !em.createQuery("select a.depth from TwinAncestor a where a.twinId = :twin and a.ancestorId = :container",
                        Integer.class)
                .setParameter("twin", twinId).setParameter("container", containerId).getResultList().isEmpty();
    }

    @Override
    public boolean permits(String twinId, Collection<String> principals, Collection<Permission> permissions) {
        if (principals.isEmpty()) {
            return false;
        }
        return !em.createQuery("select g.id from TwinAncestor a, TwinGrant g where a.twinId = :twin "
                        + "and g.twinId = a.ancestorId and g.principal in :principals and g.permission in :permissions",
                        UUID.class)
                .setParameter("principals", principals).setParameter("permissions", permissions)
                .setParameter("twin", twinId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<String> principalsWith(String twinId, Collection<Permission> permissions) {
        return em.createQuery("select distinct g.principal from TwinAncestor a, TwinGrant g where a.twinId = :twin "
                        + "and g.twinId = a.ancestorId and g.permission in :permissions order by g.principal", String.class)
                .setParameter("twin", twinId).setParameter("permissions", permissions).getResultList();
    }

    @Override
    public List<Twin> search(TwinQuery q, Collection<String> principals, boolean everything) {
        StringBuilder jpql = new StringBuilder("select t from Twin t where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (q.type() != null) {
            jpql.append(" and t.type = :type");
            params.add(new Object[] {"type", q.type()});
        }
        if (q.text() != null) {
            jpql.append(" and lower(t.name) like :text escape '\\'");
            params.add(new Object[] {"text", "%" + escape(q.text().toLowerCase(java.util.Locale.ROOT)) + "%"});
        }
        if (q.parentId() != null) {
            jpql.append(" and t.parentId = :parent");
            params.add(new Object[] {"parent", q.parentId()});
        }
        if (q.owner() != null) {
            jpql.append(" and t.owner = :owner");
            params.add(new Object[] {"owner", q.owner()});
        }
        if (q.state() != null) {
            // State is stored as compact JSON: the property with exactly this value ends at a comma or brace.
            String pair = escape("\"" + q.state().property() + "\":" + q.state().literal());
            jpql.append(" and (t.state like :statePair escape '\\' or t.state like :stateLast escape '\\')");
            params.add(new Object[] {"statePair", "%" + pair + ",%"});
            params.add(new Object[] {"stateLast", "%" + pair + "}"});
        }
        double[] box = q.isCircle() ? org.citiverse.shared.domain.Geo.boundingBox(q.nearLatitude(), q.nearLongitude(), q.radiusMetres())
                : q.minLatitude() == null ? null
                : new double[] {q.minLatitude(), q.minLongitude(), q.maxLatitude(), q.maxLongitude()};
        if (box != null) {
            jpql.append(" and t.latitude between :minLat and :maxLat and t.longitude between :minLon and :maxLon");
            params.add(new Object[] {"minLat", box[0]});
            params.add(new Object[] {"minLon", box[1]});
            params.add(new Object[] {"maxLat", box[2]});
            params.add(new Object[] {"maxLon", box[3]});
        }
        jpql.append(VISIBLE);
        if (q.isCircle()) {
            // Nearest first by a flat-earth distance (exact enough across a city), so only one
            // page of candidates leaves the database; the exact distance then filters and orders.
            jpql.append(" order by (t.latitude - :nlat) * (t.latitude - :nlat)"
                    + " + (t.longitude - :nlon) * (t.longitude - :nlon) * :cos2, t.id");
            params.add(new Object[] {"nlat", q.nearLatitude()});
            params.add(new Object[] {"nlon", q.nearLongitude()});
            double cos = Math.cos(Math.toRadians(q.nearLatitude()));
            params.add(new Object[] {"cos2", cos * cos});
        } else {
            jpql.append(switch (q.sort()) {
                case NAME -> " order by t.name, t.id";
                case TYPE -> " order by t.type, t.name, t.id";
                case LATEST_REPORT -> " order by t.stateObservedAt desc nulls last, t.id";
            });
        }
        TypedQuery<Twin> query = em.createQuery(jpql.toString(), Twin.class);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        visibleTo(query, principals, everything);
        if (!q.isCircle()) {
            return query.setFirstResult(q.offset()).setMaxResults(q.limit() + 1).getResultList();
        }
        return query.setMaxResults(q.offset() + q.limit() + 1).getResultStream()
                .filter(t -> t.location().metresTo(q.nearLatitude(), q.nearLongitude()) <= q.radiusMetres())
                .sorted(java.util.Comparator.comparingDouble(t -> t.location().metresTo(q.nearLatitude(),
                        q.nearLongitude())))
                .skip(q.offset()).limit(q.limit() + 1L).toList();
    }

    @Override
    public List<Twin> children(String parentId, Collection<String> principals, boolean everything) {
        TypedQuery<Twin> query = em.createQuery("select t from Twin t where t.parentId = :parent" + VISIBLE
                + " order by t.name, t.id", Twin.class).setParameter("parent", parentId);
        visibleTo(query, principals, everything);
        return query.setMaxResults(TwinQuery.MAX_LIMIT).getResultList();
    }

    private static void visibleTo(TypedQuery<?> query, Collection<String> principals, boolean everything) {
        // An empty IN list is not valid SQL everywhere: a principal nobody has stands in.
        query.setParameter("everything", everything)
                .setParameter("principals", principals.isEmpty() ? List.of("none:none") : principals)
                .setParameter("viewing", Permission.VIEW.satisfiedBy());
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public long administrators(String twinId) {
        return em.createQuery("select count(g) from TwinAncestor a, TwinGrant g where a.twinId = :twin "
                        + "and g.twinId = a.ancestorId and g.permission = :administer", Long.class)
                .setParameter("administer", Permission.ADMINISTER).setParameter("twin", twinId).getSingleResult();
    }

    @Override
    public void add(TwinGrant grant) {
        em.persist(grant);
    }

    @Override
    public List<TwinGrant> grants(String twinId) {
        return em.createQuery("select g from TwinGrant g where g.twinId = :twin order by g.grantedAt", TwinGrant.class)
                .setParameter("twin", twinId).getResultList();
    }

    @Override
    public Optional<TwinGrant> grant(UUID id) {
        return Optional.ofNullable(em.find(TwinGrant.class, id));
    }

    @Override
    public void remove(TwinGrant grant) {
        em.remove(grant);
    }

    @Override
    public Optional<Twin> findLocked(String id) {
        return Optional.ofNullable(em.find(Twin.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void lockTree() {
        em.find(TwinTreeLock.class, TwinTreeLock.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<SyncRequest> openSyncRequests(String twinId) {
        return em.createQuery("select r from SyncRequest r where r.twinId = :twin and r.status in :open",
                        SyncRequest.class)
                .setParameter("twin", twinId).setParameter("open", List.of(SyncStatus.RUNNING, SyncStatus.QUEUED))
                .getResultList();
    }

    @Override
    public void add(SyncRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<SyncRequest> syncRequest(UUID id) {
        return Optional.ofNullable(em.find(SyncRequest.class, id));
    }

    @Override
    public void add(TwinHistoryEntry entry) {
        em.persist(entry);
    }

    @Override
    public int deleteHistoryBefore(Instant cutoff, int limit) {
        // ix_twin_history_observed finds them (observed, not received: a late report's time is its own).
        return em.createNativeQuery("delete from twin_history where id in (select id from twin_history "
                        + "where observed_at < ?1 limit ?2)")
                .setParameter(1, cutoff.atOffset(java.time.ZoneOffset.UTC)).setParameter(2, limit).executeUpdate();
    }

    @Override
    public List<String> twinsWithOverdueSync(Instant now) {
        return em.createQuery("select distinct r.twinId from SyncRequest r where r.status = :running "
                        + "and r.deadline <= :now", String.class)
                .setParameter("running", SyncStatus.RUNNING).setParameter("now", now).getResultList();
    }

    @Override
    public List<TwinHistoryEntry> history(String twinId, Instant from, Instant to, int limit) {
        return em.createQuery("select h from TwinHistoryEntry h where h.twinId = :twin and h.observedAt >= :from "
                        + "and h.observedAt < :to order by h.observedAt desc", TwinHistoryEntry.class)
                .setParameter("twin", twinId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public java.util.stream.Stream<StateReport> stateReports(String twinId, Instant from, Instant to) {
        // Only the two columns a summary needs, not entities: a long range stays cheap.
        return em.createQuery("select h.observedAt, h.values "
                        + "from TwinHistoryEntry h where h.twinId = :twin and h.kind = 'STATE' "
                        + "and h.observedAt >= :from and h.observedAt < :to order by h.observedAt", StateReport.class)
                .setParameter("twin", twinId).setParameter("from", from).setParameter("to", to)
                .setHint("org.hibernate.fetchSize", 1000).getResultStream();
    }
}
