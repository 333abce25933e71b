package org.citiverse.shared.domain;

/** WGS84 distances and circles, for every context that places things on the map. */
public final class Geo {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Geo() {
    }

    public static boolean validPoint(double latitude, double longitude) {
        return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
    }

    /** Great-circle distance in metres (haversine). */
    public static double metres(double latitude, double longitude, double otherLatitude, double otherLongitude) {
        double dLat = Math.toRadians(otherLatitude - latitude);
        double dLon = Math.toRadians(otherLongitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(otherLatitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** {minLat, minLon, maxLat, maxLon} around a circle, for a cheap index-backed first cut. */
    public static double[] boundingBox(double latitude, double longitude, double radiusMetres) {
        double dLat = Math.toDegrees(radiusMetres / EARTH_RADIUS_METRES);
        double cos = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        double dLon = Math.min(180, dLat / cos);
        return new double[] {latitude - dLat, longitude - dLon, latitude + dLat, longitude + dLon};
    }
}
