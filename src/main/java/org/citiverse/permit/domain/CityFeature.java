package org.citiverse.permit.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Envelope;

/**
 * One feature of an imported GeoJSON FeatureCollection (RFC 7946) made into a parcel, zone or
 * building, or refused with a reason. The geometry must be a Polygon or MultiPolygon that
 * {@link CityGeometry#checked} accepts; the properties each kind needs are listed with its
 * record.
 *
 * @param id     the feature's id (the feature's "id", else its property "id")
 * @param wgs84  the geometry as given
 * @param metres the geometry in the city's projection
 */
public record CityFeature(String id, Geometry wgs84, Geometry metres) {

    /** An id: 1 to 40 letters, digits and . _ : - (cadastral designations, register ids). */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,40}");
    /** A zone type: residential, conservation, commercial, green, … */
    public static final Pattern ZONE_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,19}");
    public static final int MAX_NAME = 200;
    /** Taller than any building. */
    public static final double MAX_HEIGHT_M = 1_000;

    /** Why a feature was left out. */
    public static class Rejected extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String id;

        public Rejected(String id, String reason) {
            super(reason, null, false, false);
            this.id = id;
        }

        /** The feature's id when it had a readable one, else null. */
        public String id() {
            return id;
        }

        public String reason() {
            return getMessage();
        }
    }

    /** The features of a FeatureCollection. @throws CityModelException FILE_INVALID for anything else */
    public static List<JsonValue> features(JsonValue document) {
        if (!(document instanceof JsonObject collection)
                || !"FeatureCollection".equals(text(collection, "type"))
                || !(collection.get("features") instanceof JsonArray features)) {
            throw new CityModelException(CityModelException.Reason.FILE_INVALID,
                    "The file must be a GeoJSON FeatureCollection: an object with \"type\": \"FeatureCollection\" "
                            + "and an array \"features\".");
        }
        return features;
    }

    /** A feature's id and checked geometry. @throws Rejected when either is missing or broken */
    public static CityFeature of(JsonValue value, CityGeometry city) {
        if (!(value instanceof JsonObject feature) || !"Feature".equals(text(feature, "type"))) {
            throw new Rejected(null, "not a GeoJSON Feature");
        }
        String id = id(feature);
        if (!(feature.get("geometry") instanceof JsonObject geometry)) {
            throw new Rejected(id, "the feature has no geometry");
        }
        Geometry wgs84;
        try {
            wgs84 = geometry(geometry);
        } catch (Rejected e) {
            throw new Rejected(id, e.reason());
        } catch (IllegalArgumentException e) { // JTS: a ring not closed or too short
            throw new Rejected(id, "a ring must have at least four positions and end where it starts");
        }
        try {
            return new CityFeature(id, wgs84, city.checked(wgs84));
        } catch (CityModelException e) {
            throw new Rejected(id, e.detail());
        }
    }

    private static String id(JsonObject feature) {
        JsonValue raw = feature.get("id");
        if (raw == null || raw.getValueType() == JsonValue.ValueType.NULL) {
            raw = properties(feature).get("id");
        }
        String id = raw instanceof JsonString s ? s.getString()
                : raw instanceof JsonNumber n && n.isIntegral() ? n.toString() : null;
        if (id == null || !ID.matcher(id).matches()) {
            throw new Rejected(null, "the feature needs an id of 1 to 40 letters, digits and . _ : -");
        }
        return id;
    }

    /** The feature's properties, or an empty object. */
    public static JsonObject properties(JsonObject feature) {
        return feature.get("properties") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A GeoJSON Polygon or MultiPolygon (x = longitude, y = latitude). */
    static Geometry geometry(JsonObject geometry) {
        GeometryFactory factory = CityGeometry.factory();
        String type = text(geometry, "type");
        JsonValue coordinates = geometry.get("coordinates");
        if (!(coordinates instanceof JsonArray array)) {
            throw new Rejected(null, "the geometry has no coordinates array");
        }
        if ("Polygon".equals(type)) {
            return polygon(array, factory);
        }
        if ("MultiPolygon".equals(type)) {
            List<Polygon> polygons = new ArrayList<>();
            for (JsonValue p : array) {
                polygons.add(polygon(asArray(p), factory));
            }
            return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
        }
        throw new Rejected(null, "the geometry must be a Polygon or MultiPolygon, not " + (type == null ? "unnamed" : type));
    }

    private static Polygon polygon(JsonArray rings, GeometryFactory factory) {
        if (rings.isEmpty()) {
            throw new Rejected(null, "a polygon needs an outer ring");
        }
        LinearRing shell = ring(asArray(rings.get(0)), factory);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(asArray(rings.get(i)), factory);
        }
        return factory.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonArray positions, GeometryFactory factory) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonArray position = asArray(positions.get(i));
            if (position.size() < 2 || !(position.get(0) instanceof JsonNumber x)
                    || !(position.get(1) instanceof JsonNumber y)) {
                throw new Rejected(null, "a position must be [longitude, latitude]");
            }
            coordinates[i] = new Coordinate(x.doubleValue(), y.doubleValue());
        }
        return factory.createLinearRing(coordinates);
    }

    private static JsonArray asArray(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array;
        }
        throw new Rejected(null, "the coordinates must be nested arrays of [longitude, latitude]");
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    /** The WGS84 box {south, west, north, east}. */
    public double[] box() {
        Envelope e = wgs84.getEnvelopeInternal();
        return new double[] {e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX()};
    }

    /** A text property: null when absent; refused when not text, blank or longer than max. */
    public String optionalText(JsonObject properties, String name, int max, Pattern pattern) {
        JsonValue value = properties.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = value instanceof JsonString s ? s.getString().strip() : null;
        if (text == null || text.isEmpty() || text.length() > max || (pattern != null && !pattern.matcher(text).matches())
                || text.chars().anyMatch(Character::isISOControl)) {
            throw new Rejected(id, "property " + name + " must be text of 1 to " + max + " characters"
                    + (pattern == null ? "" : " matching " + pattern.pattern()));
        }
        return text;
    }

    public String requiredText(JsonObject properties, String name, int max, Pattern pattern) {
        String text = optionalText(properties, name, max, pattern);
        if (text == null) {
            throw new Rejected(id, "property " + name + " is required");
        }
        return text;
    }

    /** A number property from min to max: null when absent. */
    public Double optionalNumber(JsonObject properties, String name, double min, double max) {
        JsonValue value = properties.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !(number.doubleValue() >= min && number.doubleValue() <= max)) {
            throw new Rejected(id, "property " + name + " must be a number from " + fmt(min) + " to " + fmt(max));
        }
        return number.doubleValue();
    }

    public double requiredNumber(JsonObject properties, String name, double min, double max) {
        Double number = optionalNumber(properties, name, min, max);
        if (number == null) {
            throw new Rejected(id, "property " + name + " is required");
        }
        return number;
    }

    /** A true/false property, false when absent. */
    public boolean flag(JsonObject properties, String name) {
        JsonValue value = properties.get(name);
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        throw new Rejected(id, "property " + name + " must be true or false");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
