package org.citiverse.twin.domain;

import org.citiverse.shared.domain.Geo;

/**
 * Where a twin is: WGS84 latitude and longitude in degrees, optionally altitude in metres and a
 * floor number (FGMV-28 7.3.2).
 */
public record Location(double latitude, double longitude, Double altitude, Integer floor) {

    public Location {
        if (!Geo.validPoint(latitude, longitude)
                || (altitude != null && (altitude.isNaN() || Math.abs(altitude) > 20_000))
                || (floor != null && Math.abs(floor) > 300)) {
            throw new TwinException(TwinException.Reason.LOCATION_INVALID);
        }
    }

    /** Great-circle distance in metres. */
    public double metresTo(double otherLatitude, double otherLongitude) {
        return Geo.metres(latitude, longitude, otherLatitude, otherLongitude);
    }
}
