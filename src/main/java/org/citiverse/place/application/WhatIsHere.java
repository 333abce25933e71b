package org.citiverse.place.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.citiverse.shared.application.NearbyPlaces;
import org.citiverse.shared.application.NearbyPlaces.Place;
import org.citiverse.shared.domain.Geo;

/**
 * "What is here?" (FGMV-28 7.3.3): everything the contexts know near a position — twins the caller
 * may see, the city's services, and whatever else a context contributes — nearest first.
 */
@ApplicationScoped
public class WhatIsHere {

    /** Walking distance: a wider circle is a search, not "here". */
    public static final double MAX_RADIUS_METRES = 5_000;
    static final int MAX_PER_KIND = 50;

    @Inject
    @Any
    Instance<NearbyPlaces> contributors;

    /** @throws PlaceException for a point off the globe or a radius outside (0, 5000] metres */
    public List<Place> near(double latitude, double longitude, double radiusMetres, String language) {
        if (!Geo.validPoint(latitude, longitude)) {
            throw new PlaceException(PlaceException.Reason.POINT_INVALID);
        }
        if (!(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
            throw new PlaceException(PlaceException.Reason.RADIUS_INVALID);
        }
        List<Place> all = new ArrayList<>();
        contributors.forEach(c -> all.addAll(c.near(latitude, longitude, radiusMetres, MAX_PER_KIND, language)));
        all.sort(Comparator.comparingDouble(Place::distanceMetres));
        return all;
    }
}
