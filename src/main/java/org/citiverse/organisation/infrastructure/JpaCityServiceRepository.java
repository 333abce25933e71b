package org.citiverse.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.citiverse.organisation.domain.CityService;
import org.citiverse.organisation.domain.CityServiceRepository;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** Service points in the CitiVerse database; the box is a cut on the location index. */
@ApplicationScoped
public class JpaCityServiceRepository extends JpaStore<CityService> implements CityServiceRepository {

    public JpaCityServiceRepository() {
        super(CityService.class);
    }

    @Override
    public List<CityService> openWithin(double[] box) {
        return em.createQuery("select s from CityService s where s.active = true and s.latitude between :minLat "
                        + "and :maxLat and s.longitude between :minLon and :maxLon", CityService.class)
                .setParameter("minLat", box[0]).setParameter("minLon", box[1]).setParameter("maxLat", box[2])
                .setParameter("maxLon", box[3]).getResultList();
    }
}
