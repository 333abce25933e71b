package org.citiverse.twin.domain;

/**
 * A twin search (REQ-DT-03/04): every criterion optional. A circle (near + radius) or a box
 * limits by place; a state criterion keeps twins whose current value of a property equals one
 * given. Results come in the order asked (by name unless said otherwise), or nearest first when a
 * circle is given.
 */
public record TwinQuery(String type, String text, String parentId, String owner, Double minLatitude,
                        Double minLongitude, Double maxLatitude, Double maxLongitude, Double nearLatitude,
                        Double nearLongitude, Double radiusMetres, int offset, int limit, StateEquals state,
                        Sort sort) {

    public static final int MAX_LIMIT = 500;
    public static final double MAX_RADIUS_METRES = 50_000;

    /** Orders of a search without a circle. */
    public enum Sort {
        NAME, TYPE, LATEST_REPORT;

        /** "name", "type" or "-observed" (newest report first); null for the default. */
        public static Sort parse(String text) {
            if (text == null || text.isBlank()) {
                return NAME;
            }
            return switch (text.strip()) {
                case "name" -> NAME;
                case "type" -> TYPE;
                case "-observed" -> LATEST_REPORT;
                default -> throw new IllegalArgumentException("sort must be name, type or -observed");
            };
        }
    }

    /**
     * A property whose current value equals a JSON literal as reported: {@code open:true},
     * {@code level:12.5}, {@code label:Front} (text needs no quotes).
     */
    public record StateEquals(String property, String literal) {

        private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");
        private static final java.util.regex.Pattern NUMBER =
                java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

        /** From "property:value", or null for blank. */
        public static StateEquals parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            int colon = text.indexOf(':');
            String name = colon < 0 ? "" : text.substring(0, colon).strip();
            String value = colon < 0 ? "" : text.substring(colon + 1).strip();
            if (!NAME.matcher(name).matches() || value.isEmpty() || value.length() > 200) {
                throw new IllegalArgumentException("state must be property:value, such as open:true or level:12.5");
            }
            String literal = value.equals("true") || value.equals("false") || NUMBER.matcher(value).matches() ? value
                    : org.citiverse.shared.domain.JsonText.JSON.createValue(value).toString();
            return new StateEquals(name, literal);
        }
    }

    /** Without a state criterion, ordered by name. */
    public TwinQuery(String type, String text, String parentId, String owner, Double minLatitude, Double minLongitude,
                     Double maxLatitude, Double maxLongitude, Double nearLatitude, Double nearLongitude,
                     Double radiusMetres, int offset, int limit) {
        this(type, text, parentId, owner, minLatitude, minLongitude, maxLatitude, maxLongitude, nearLatitude,
                nearLongitude, radiusMetres, offset, limit, null, Sort.NAME);
    }

    public TwinQuery {
        sort = sort == null ? Sort.NAME : sort;
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
