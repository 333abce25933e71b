package org.citiverse.twin.interfaces.rest;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.twin.application.TwinChange;
import org.citiverse.twin.application.TwinSpec;
import org.citiverse.twin.application.TwinView;
import org.citiverse.twin.domain.HistoryBuckets;
import org.citiverse.twin.domain.LinkType;
import org.citiverse.twin.domain.Location;
import org.citiverse.twin.domain.PropertyType;
import org.citiverse.twin.domain.TwinException;

/**
 * Twins as JSON that maps onto NGSI-LD entities: {@code id}, {@code type}, each property as
 * {@code {"type": "Property", "value": …, "observedAt": …}}, the location as a GeoProperty with a
 * GeoJSON point ({@code [longitude, latitude]}), containment as a Relationship.
 */
final class TwinJson {

    /** What a change may name; anything else is a mistake the caller should hear about. */
    private static final java.util.Set<String> CHANGEABLE = java.util.Set.of("name", "properties", "actions", "syncEvery");

    private TwinJson() {
    }

    static JsonObject of(TwinView t) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", t.id()).add("type", t.type())
                .add("name", JSON.createObjectBuilder().add("type", "Property").add("value", t.name()))
                .add("owner", t.owner()).add("linkType", t.linkType().name())
                .add("stateVersion", t.stateVersion());
        if (t.parentId() != null) {
            json.add("containedIn", JSON.createObjectBuilder().add("type", "Relationship").add("object", t.parentId()));
        }
        if (t.location() != null) {
            Location l = t.location();
            JsonObjectBuilder geo = JSON.createObjectBuilder().add("type", "GeoProperty").add("value",
                    JSON.createObjectBuilder().add("type", "Point").add("coordinates",
                            JSON.createArrayBuilder().add(l.longitude()).add(l.latitude())));
            if (l.altitude() != null) {
                geo.add("altitude", l.altitude());
            }
            if (l.floor() != null) {
                geo.add("floor", l.floor());
            }
            json.add("location", geo);
        }
        JsonObjectBuilder properties = JSON.createObjectBuilder();
        t.properties().forEach((name, type) -> {
            JsonObjectBuilder p = JSON.createObjectBuilder().add("type", "Property").add("valueType", type.name())
                    .add("value", t.state().getOrDefault(name, JsonValue.NULL));
            if (t.stateObservedAt() != null && t.state().containsKey(name)) {
                p.add("observedAt", t.stateObservedAt().toString());
            }
            properties.add(name, p);
        });
        json.add("properties", properties);
        JsonArrayBuilder actions = JSON.createArrayBuilder();
        t.actions().forEach(actions::add);
        json.add("syncEvery", t.syncEvery() == null ? JsonValue.NULL : JSON.createValue(t.syncEvery().toString()));
        return json.add("actions", actions).build();
    }

    /** Downsampled history: {"every": "PT1H", "buckets": [{"start", "count", "values": {name: {last, min?, max?, mean?}}}]}. */
    static JsonObject buckets(Duration every, List<HistoryBuckets.Bucket> buckets) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (HistoryBuckets.Bucket b : buckets) {
            JsonObjectBuilder values = JSON.createObjectBuilder();
            b.values().forEach((name, summary) -> {
                JsonObjectBuilder v = JSON.createObjectBuilder().add("last", summary.last());
                if (summary.numeric()) {
                    v.add("min", summary.min()).add("max", summary.max()).add("mean", summary.mean());
                }
                values.add(name, v);
            });
            list.add(JSON.createObjectBuilder().add("start", b.start().toString()).add("count", b.count())
                    .add("values", values));
        }
        return JSON.createObjectBuilder().add("every", every.toString()).add("buckets", list).build();
    }

    /** A change to a twin: only the fields present change; "syncEvery": null means on request only. */
    static TwinChange change(JsonObject body) {
        if (!CHANGEABLE.containsAll(body.keySet())) {
            throw new TwinException(TwinException.Reason.PROPERTY_UNKNOWN);
        }
        try {
            return new TwinChange(body.containsKey("name") ? body.getString("name") : null,
                    body.containsKey("properties") ? properties(body) : null,
                    body.containsKey("actions") ? actions(body) : null,
                    body.containsKey("syncEvery"), syncEvery(body));
        } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
            throw new TwinException(TwinException.Reason.PROPERTY_TYPE);
        }
    }

    private static Map<String, PropertyType> properties(JsonObject body) {
        Map<String, PropertyType> properties = new LinkedHashMap<>();
        body.getJsonObject("properties")
                .forEach((k, v) -> properties.put(k, PropertyType.valueOf(((jakarta.json.JsonString) v).getString())));
        return properties;
    }

    private static List<String> actions(JsonObject body) {
        List<String> actions = new ArrayList<>();
        body.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class).forEach(a -> actions.add(a.getString()));
        return actions;
    }

    /** An ISO-8601 duration such as "PT15M", or null. */
    private static Duration syncEvery(JsonObject body) {
        if (!body.containsKey("syncEvery") || body.isNull("syncEvery")) {
            return null;
        }
        try {
            return Duration.parse(body.getString("syncEvery"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new TwinException(TwinException.Reason.SYNC_INTERVAL_INVALID);
        }
    }

    /** A new twin from its JSON; anything malformed is a 400 with the rule that was broken. */
    static TwinSpec spec(JsonObject body) {
        try {
            return new TwinSpec(body.getString("type", null), body.getString("name", null),
                    body.getString("owner", null), LinkType.valueOf(body.getString("linkType", "NL")),
                    body.getString("parent", null), location(body.getJsonObject("location")),
                    body.containsKey("properties") ? properties(body) : Map.of(),
                    body.containsKey("actions") ? actions(body) : List.of(), syncEvery(body));
        } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
            throw new TwinException(TwinException.Reason.PROPERTY_TYPE);
        }
    }

    /** {"latitude": …, "longitude": …, "altitude"?: …, "floor"?: …}, or null. */
    static Location location(JsonObject json) {
        if (json == null) {
            return null;
        }
        try {
            return new Location(number(json, "latitude"), number(json, "longitude"),
                    json.containsKey("altitude") ? number(json, "altitude") : null,
                    json.containsKey("floor") ? json.getInt("floor") : null);
        } catch (ClassCastException | NullPointerException e) {
            throw new TwinException(TwinException.Reason.LOCATION_INVALID);
        }
    }

    private static double number(JsonObject json, String name) {
        return ((JsonNumber) json.get(name)).doubleValue();
    }
}
