package org.citiverse.twin.domain;

/**
 * A twin search (REQ-DT-03/04): every criterion optional. A circle (near + radius) or a box
 * limits by place; results come by name, or by distance when a circle is given.
 */
public record TwinQuery(String type, String text, String parentId, String owner, Double minLatitude,
                        Double minLongitude, Double maxLatitude, Double maxLongitude, Double nearLatitude,
                        Double nearLongitude, Double radiusMetres, int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final double MAX_RADIUS_METRES = 50_000;

    public TwinQuery {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be 0 or more and limit 1-" + MAX_LIMIT);
        }
        if ((nearLatitude == null) != (nearLongitude == null) || (nearLatitude == null) != (radiusMetres == null)) {
            throw new IllegalArgumentException("near needs a latitude, a longitude and a radius");
        }
        if (radiusMetres != null && !(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
            throw new IllegalArgumentException("radius must be more than 0 and at most " + (int) MAX_RADIUS_METRES + " m");
        }
        if (nearLatitude != null) {
            new Location(nearLatitude, nearLongitude, null, null);
        }
        boolean anyBox = minLatitude != null || minLongitude != null || maxLatitude != null || maxLongitude != null;
        if (anyBox) {
            if (minLatitude == null || minLongitude == null || maxLatitude == null || maxLongitude == null) {
                throw new IllegalArgumentException("a box needs four numbers: minLon,minLat,maxLon,maxLat");
            }
            new Location(minLatitude, minLongitude, null, null);
            new Location(maxLatitude, maxLongitude, null, null);
            if (minLatitude > maxLatitude || minLongitude > maxLongitude) {
                throw new IllegalArgumentException("a box's minimum must not exceed its maximum");
            }
        }
    }

    public boolean isCircle() {
        return radiusMetres != null;
    }
}
