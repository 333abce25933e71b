package org.citiverse.permit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citiverse.permit.domain.Building;
import org.citiverse.permit.domain.CityModelRepository;
import org.citiverse.permit.domain.Parcel;
import org.citiverse.permit.domain.Zone;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** Parcels, zones and buildings in the CitiVerse database; the whole model is streamed once at start. */
@ApplicationScoped
public class JpaCityModelRepository extends JpaStore<Parcel> implements CityModelRepository {

    public JpaCityModelRepository() {
        super(Parcel.class);
    }

    // In a transaction even when the caller has none (the warm-up on the scheduler): an entity manager
    // used outside one is closed with its thread's task, and Liberty then logs a connection error.
    @Override
    @Transactional
    public void eachParcel(Consumer<Parcel> each) {
        em.createQuery("select p from Parcel p", Parcel.class).getResultStream().forEach(each);
    }

    @Override
    @Transactional // the start-up warm-up calls it with none (see eachParcel)
    public void eachZone(Consumer<Zone> each) {
        em.createQuery("select z from Zone z", Zone.class).getResultStream().forEach(each);
    }

    @Override
    @Transactional // the start-up warm-up calls it with none (see eachParcel)
    public void eachBuilding(Consumer<Building> each) {
        em.createQuery("select b from Building b", Building.class).getResultStream().forEach(each);
    }

    @Override
    public Map<String, Parcel> parcels(Collection<String> ids) {
        return em.createQuery("select p from Parcel p where p.id in :ids", Parcel.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Parcel::id, Function.identity()));
    }

    @Override
    public Map<String, Zone> zones(Collection<String> ids) {
        return em.createQuery("select z from Zone z where z.id in :ids", Zone.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Zone::id, Function.identity()));
    }

    @Override
    public Map<String, Building> buildings(Collection<String> ids) {
        return em.createQuery("select b from Building b where b.id in :ids", Building.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Building::id, Function.identity()));
    }

    @Override
    public void add(Object parcelZoneOrBuilding) {
        em.persist(parcelZoneOrBuilding);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
