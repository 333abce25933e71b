package org.citiverse.twin.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Twins, their grants and history. Searches only return twins the given principals may view. */
public interface TwinRepository {

    void add(Twin twin);

    Optional<Twin> find(String id);

    /** Moves the paths of everything inside a twin along with it, and the scopes of grants there. */
    void repath(String oldPathPrefix, String newPathPrefix);

    /** Whether any of the principals holds one of the permissions on the twin with this path or above it. */
    boolean permits(String twinPath, Collection<String> principals, Collection<Permission> permissions);

    /** Matching twins the principals may view (all when {@code everything}), one page plus one. */
    List<Twin> search(TwinQuery query, Collection<String> principals, boolean everything);

    List<Twin> children(String parentId, Collection<String> principals, boolean everything);

    /** How many administer grants cover the twin with this path (on it or anything containing it). */
    long administrators(String twinPath);

    void add(TwinGrant grant);

    List<TwinGrant> grants(String twinId);

    Optional<TwinGrant> grant(java.util.UUID id);

    void remove(TwinGrant grant);

    void add(TwinHistoryEntry entry);

    List<TwinHistoryEntry> history(String twinId, Instant from, Instant to, int limit);
}
