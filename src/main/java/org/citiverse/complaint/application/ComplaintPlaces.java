package org.citiverse.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.citiverse.complaint.domain.ComplaintRepository;
import org.citiverse.shared.application.Mail;
import org.citiverse.shared.application.NearbyPlaces;
import org.citiverse.shared.domain.Geo;

/**
 * Open reports near a place, for "what is here?" (FGMV-28 7.3.3): public to everyone, like a
 * report's own page (its kind and number; never who reported it).
 */
@ApplicationScoped
public class ComplaintPlaces implements NearbyPlaces {

    @Inject
    ComplaintRepository repository;

    @Override
    @Transactional
    public List<Place> near(double latitude, double longitude, double radiusMetres, int max, String language) {
        var names = repository.categories().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.code(), c -> c.name(language)));
        return repository.openInBox(null, Geo.boundingBox(latitude, longitude, radiusMetres), 500).stream()
                .map(r -> new Place("report", String.valueOf(r.id()), names.getOrDefault(r.categoryCode(),
                        r.categoryCode()) + " " + r.id(), Mail.text(java.util.Locale.forLanguageTag(language),
                        "complaint.status." + r.status().name()), r.latitude(), r.longitude(),
                        Geo.metres(latitude, longitude, r.latitude(), r.longitude())))
                .filter(p -> p.distanceMetres() <= radiusMetres)
                .sorted(Comparator.comparingDouble(Place::distanceMetres)).limit(max).toList();
    }
}
