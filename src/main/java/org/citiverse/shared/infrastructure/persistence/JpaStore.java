package org.citiverse.shared.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.Optional;

/**
 * What every context's JPA repository needs: the CitiVerse persistence unit, a lookup by a
 * unique attribute and persisting. Repositories extend it and implement their domain interface.
 *
 * @param <T> the entity
 */
public abstract class JpaStore<T> {

    @PersistenceContext(unitName = "citiverse")
    protected EntityManager em;

    private final Class<T> type;

    protected JpaStore(Class<T> type) {
        this.type = type;
    }

    /** The entity whose (unique) attribute has this value. */
    protected Optional<T> findOneBy(String attribute, Object value) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.select(root).where(cb.equal(root.get(attribute), value));
        return em.createQuery(query).setMaxResults(1).getResultStream().findFirst();
    }

    protected void persist(T entity) {
        em.persist(entity);
    }
}
