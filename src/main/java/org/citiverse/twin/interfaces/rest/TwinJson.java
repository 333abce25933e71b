package org.citiverse.twin.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.twin.application.TwinSpec;
import org.citiverse.twin.application.TwinView;
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

    private TwinJson() {
    }

    static JsonObject of(TwinView t) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", t.id()).add("type", t.type())
                .add("name", Json.createObjectBuilder().add("type", "Property").add("value", t.name()))
                .add("owner", t.owner()).add("linkType", t.linkType().name())
                .add("stateVersion", t.stateVersion());
        if (t.parentId() != null) {
            json.add("containedIn", Json.createObjectBuilder().add("type", "Relationship").add("object", t.parentId()));
        }
        if (t.location() != null) {
            Location l = t.location();
            JsonObjectBuilder geo = Json.createObjectBuilder().add("type", "GeoProperty").add("value",
                    Json.createObjectBuilder().add("type", "Point").add("coordinates",
                            Json.createArrayBuilder().add(l.longitude()).add(l.latitude())));
            if (l.altitude() != null) {
                geo.add("altitude", l.altitude());
            }
            if (l.floor() != null) {
                geo.add("floor", l.floor());
            }
            json.add("location", geo);
        }
        JsonObjectBuilder properties = Json.createObjectBuilder();
        t.properties().forEach((name, type) -> {
            JsonObjectBuilder p = Json.createObjectBuilder().add("type", "Property").add("valueType", type.name())
                    .add("value", t.state().getOrDefault(name, JsonValue.NULL));
            if (t.stateObservedAt() != null && t.state().containsKey(name)) {
                p.add("observedAt", t.stateObservedAt().toString());
            }
            properties.add(name, p);
        });
        json.add("properties", properties);
        JsonArrayBuilder actions = Json.createArrayBuilder();
        t.actions().forEach(actions::add);
        return json.add("actions", actions).build();
    }

    /** A new twin from its JSON; anything malformed is a 400 with the rule that was broken. */
    static TwinSpec spec(JsonObject body) {
        try {
            Map<String, PropertyType> properties = new LinkedHashMap<>();
            JsonObject defined = body.containsKey("properties") ? body.getJsonObject("properties")
                    : JsonValue.EMPTY_JSON_OBJECT;
            defined.forEach((k, v) -> properties.put(k, PropertyType.valueOf(((jakarta.json.JsonString) v).getString())));
            List<String> actions = new ArrayList<>();
            if (body.containsKey("actions")) {
                body.getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class)
                        .forEach(a -> actions.add(a.getString()));
            }
            return new TwinSpec(body.getString("type", null), body.getString("name", null),
                    body.getString("owner", null), LinkType.valueOf(body.getString("linkType", "NL")),
                    body.getString("parent", null), location(body.getJsonObject("location")), properties, actions);
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
