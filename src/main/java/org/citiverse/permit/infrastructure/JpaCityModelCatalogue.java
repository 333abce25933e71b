package org.citiverse.permit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.citiverse.permit.domain.CityModelCatalogue;
import org.citiverse.permit.domain.Zone;

/** The city model's counts and zones, read from the database (not the index, which skips what it cannot use). */
@ApplicationScoped
public class JpaCityModelCatalogue implements CityModelCatalogue {

    @PersistenceContext(unitName = "citiverse")
    EntityManager em;

    @Override
    public long parcels() {
        return em.createQuery("select count(p) from Parcel p", Long.class).getSingleResult();
    }

    @Override
    public long zones() {
        return em.createQuery("select count(z) from Zone z", Long.class).getSingleResult();
    }

    @Override
    public long buildings() {
        return em.createQuery("select count(b) from Building b", Long.class).getSingleResult();
    }

    @Override
    public List<Zone> zones(int max) {
        return em.createQuery("select z from Zone z order by z.id", Zone.class).setMaxResults(max).getResultList();
    }
}
