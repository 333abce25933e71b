package org.citiverse.twin.domain;

/**
 * Where a twin is: WGS84 latitude and longitude in degrees, optionally altitude in metres and a
 * floor number (FGMV-28 7.3.2).
 */
public record Location(double latitude, double longitude, Double altitude, Integer floor) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public Location {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)
                || (altitude != null && (altitude.isNaN() || Math.abs(altitude) > 20_000))
                || (floor != null && Math.abs(floor) > 300)) {
            throw new TwinException(TwinException.Reason.LOCATION_INVALID);
        }
    }

    /** Great-circle distance in metres (haversine). */
    public double metresTo(double otherLatitude, double otherLongitude) {
        double dLat = Math.toRadians(otherLatitude - latitude);
        double dLon = Math.toRadians(otherLongitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(otherLatitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The latitude and longitude span of a circle, for a cheap index-backed first cut. */
    public static double[] boundingBox(double latitude, double longitude, double radiusMetres) {
        double dLat = Math.toDegrees(radiusMetres / EARTH_RADIUS_METRES);
        double cos = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        double dLon = Math.min(180, dLat / cos);
        return new double[] {latitude - dLat, longitude - dLon, latitude + dLat, longitude + dLon};
    }
}
