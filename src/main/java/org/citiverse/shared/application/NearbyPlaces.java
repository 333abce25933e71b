package org.citiverse.shared.application;

import java.util.List;

/**
 * One kind of thing a context can say is near a position ("what is here?", FGMV-28 7.3.3): twins
 * the caller may see, the city's services, later open complaints. Each context contributes its
 * own without the others knowing its entities.
 */
public interface NearbyPlaces {

    /**
     * What of this kind lies within {@code radiusMetres} of the point and the current caller may
     * see, nearest first, at most {@code max}; names in the given language where there are several.
     */
    List<Place> near(double latitude, double longitude, double radiusMetres, int max, String language);

    /** Something at a place: its kind ("twin", "service"), id, name, a short detail, position and distance. */
    record Place(String kind, String id, String name, String detail, double latitude, double longitude,
                 double distanceMetres) {
    }
}
