package org.citiverse.twin.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Twins, their grants and history. Searches only return twins the given principals may view. */
public interface TwinRepository {

    /** Stores a new twin, inside its parent when it has one. */
    void add(Twin twin);

    Optional<Twin> find(String id);

    /** The twins of these ids that exist. */
    List<Twin> findAll(Collection<String> ids);

    /**
     * Stores many new twins at once (a register published as twins): each inside its parent, which
     * exists already or comes earlier in the list.
     */
    void addAll(List<Twin> twins);

    /** Deletes a twin with its grants, history and sync requests (it must contain nothing). */
    void remove(Twin twin);

    /** Whether any twin, visible or not, sits directly inside this one. */
    boolean hasChildren(String twinId);

    /** Up to {@code max} twins whose periodic sync is due. */
    List<String> dueForSync(Instant now, int max);

    /** Moves a twin, and everything inside it, under a new parent (or to the top with null). */
    void moveUnder(String twinId, String newParentId);

    /** Whether {@code twinId} is {@code containerId} or somewhere inside it. */
    boolean isWithin(String twinId, String containerId);

    /** Whether any of the principals holds one of the permissions on the twin or anything containing it. */
    boolean permits(String twinId, Collection<String> principals, Collection<Permission> permissions);

    /** The principals granted any of the permissions on the twin or anything containing it. */
    List<String> principalsWith(String twinId, Collection<Permission> permissions);

    /** Matching twins the principals may view (all when {@code everything}), one page plus one. */
    List<Twin> search(TwinQuery query, Collection<String> principals, boolean everything);

    List<Twin> children(String parentId, Collection<String> principals, boolean everything);

    /** How many administer grants cover the twin (on it or anything containing it). */
    long administrators(String twinId);

    void add(TwinGrant grant);

    List<TwinGrant> grants(String twinId);

    Optional<TwinGrant> grant(java.util.UUID id);

    void remove(TwinGrant grant);

    /**
     * The twin, read under its row lock held until the transaction ends: reports, sync requests
     * and grant changes for one twin happen one by one, each on the state the previous one left.
     */
    Optional<Twin> findLocked(String id);

    /** Takes the containment tree's lock: moves and placements into the tree happen one at a time. */
    void lockTree();

    /** The twin's running and queued sync requests. */
    List<SyncRequest> openSyncRequests(String twinId);

    void add(SyncRequest request);

    Optional<SyncRequest> syncRequest(java.util.UUID id);

    void add(TwinHistoryEntry entry);

    /** Deletes up to {@code limit} history entries observed before the cutoff; returns how many. */
    int deleteHistoryBefore(Instant cutoff, int limit);

    /** Twins whose running sync request is past its deadline. */
    List<String> twinsWithOverdueSync(Instant now);

    List<TwinHistoryEntry> history(String twinId, Instant from, Instant to, int limit);

    /** Every state report observed in [from, to), oldest first, streamed (close the stream). */
    java.util.stream.Stream<StateReport> stateReports(String twinId, Instant from, Instant to);

    /** A state report's time and values (JSON), without the rest of its history entry. */
    record StateReport(Instant observedAt, String values) {
    }
}
