package org.citiverse.permit.domain;

import java.util.List;

/** What the stored city model holds, for its administrators. */
public interface CityModelCatalogue {

    long parcels();

    long zones();

    long buildings();

    /** The zones by code, at most {@code max}. */
    List<Zone> zones(int max);
}
