package org.citiverse.twin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.citiverse.shared.application.NearbyPlaces;
import org.citiverse.twin.domain.TwinQuery;

/** Twins near a place that the current caller may see (FGMV-28 7.3.3, REQ-DT-05); none for anonymous visitors. */
@ApplicationScoped
public class TwinPlaces implements NearbyPlaces {

    @Inject
    TwinService twins;

    @Inject
    TwinCallers callers;

    @Override
    public List<Place> near(double latitude, double longitude, double radiusMetres, int max, String language) {
        TwinQuery circle = new TwinQuery(null, null, null, null, null, null, null, null, latitude, longitude,
                radiusMetres, 0, max);
        return twins.search(callers.current(), circle).twins().stream()
                .map(t -> new Place("twin", t.id(), t.name(), t.type(), t.location().latitude(),
                        t.location().longitude(), t.location().metresTo(latitude, longitude)))
                .toList();
    }
}
