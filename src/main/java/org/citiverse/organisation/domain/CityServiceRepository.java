package org.citiverse.organisation.domain;

import java.util.List;

/** The city's service points. */
public interface CityServiceRepository {

    /** Open service points within the box {minLat, minLon, maxLat, maxLon}. */
    List<CityService> openWithin(double[] box);
}
