package org.citiverse.permit.application;

import java.util.List;

/**
 * A parcel as the API shows it: with its zone (null when none covers it) and the buildings on it.
 *
 * @param geometry WGS84 WKT (longitude latitude)
 */
public record ParcelView(String id, String addressId, double areaM2, double centroidLatitude,
                         double centroidLongitude, String geometry, ZoneView zone, List<BuildingView> buildings) {

    /** A zone with its attributes (a limit the plan does not set is null). */
    public record ZoneView(String code, String type, String name, Double maxHeightM, Double minSetbackM,
                           Double maxLotCoveragePct, boolean monument, boolean conservation,
                           boolean treeProtection) {
    }

    /** An existing building's footprint (WGS84 WKT) and height. */
    public record BuildingView(String id, double heightM, double areaM2, String geometry) {
    }
}
