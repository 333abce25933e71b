package org.citiverse.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.citiverse.organisation.domain.CityServiceRepository;
import org.citiverse.shared.application.NearbyPlaces;
import org.citiverse.shared.domain.Geo;

/** The city's open service points near a place, for "what is here?" (FGMV-28 7.3.3); public to everyone. */
@ApplicationScoped
public class CityServicePlaces implements NearbyPlaces {

    @Inject
    CityServiceRepository services;

    @Override
    @Transactional
    public List<Place> near(double latitude, double longitude, double radiusMetres, int max, String language) {
        return services.openWithin(Geo.boundingBox(latitude, longitude, radiusMetres)).stream()
                .map(s -> new Place("service", s.id().toString(), s.name(language), s.address(), s.latitude(),
                        s.longitude(), Geo.metres(latitude, longitude, s.latitude(), s.longitude())))
                .filter(p -> p.distanceMetres() <= radiusMetres)
                .sorted(Comparator.comparingDouble(Place::distanceMetres)).limit(max).toList();
    }
}
