package org.citiverse.permit.application;

import java.util.List;

/**
 * A parcel as the API shows it: with its zone (null when none covers it) and the buildings on it.
 *
 * @param geometry WGS84 WKT (longitude latitude)
 * @param twinId   the parcel's twin in the twin system (published by {@link CityModelTwins})
 */
public record ParcelView(String id, String addressId, double areaM2, double centroidLatitude,
                         double centroidLongitude, String geometry, ZoneView zone, List<BuildingView> buildings,
                         String twinId) {

    /** A zone with its attributes (a limit the plan does not set is null). */
    public record ZoneView(String code, String type, String name, Double maxHeightM, Double minSetbackM,
                           Double maxLotCoveragePct, boolean monument, boolean conservation,
                           boolean treeProtection) {
    }

    /** An existing building's footprint (WGS84 WKT), height and twin. */
    public record BuildingView(String id, double heightM, double areaM2, String geometry, String twinId) {
    }
}
