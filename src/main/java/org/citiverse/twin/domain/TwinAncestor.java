package org.citiverse.twin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One (twin, ancestor-or-self) pair of the containment tree (a closure table): grants on a twin
 * cover everything inside it, and this makes "which grants cover T?" an index lookup.
 */
@Entity
@Table(name = "twin_ancestor")
@IdClass(TwinAncestor.Key.class)
public class TwinAncestor {

    @Id
    @Column(name = "twin_id", length = 60)
    private String twinId;

    @Id
    @Column(name = "ancestor_id", length = 60)
    private String ancestorId;

    @Column(name = "depth", nullable = false)
    private int depth;

    protected TwinAncestor() {
        // for JPA
    }

    public TwinAncestor(String twinId, String ancestorId, int depth) {
        this.twinId = twinId;
        this.ancestorId = ancestorId;
        this.depth = depth;
    }

    public String twinId() {
        return twinId;
    }

    public String ancestorId() {
        return ancestorId;
    }

    public int depth() {
        return depth;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String twinId;
        private String ancestorId;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(twinId, k.twinId)
                    && java.util.Objects.equals(ancestorId, k.ancestorId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(twinId, ancestorId);
        }
    }
}
