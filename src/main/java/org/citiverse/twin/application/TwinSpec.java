package org.citiverse.twin.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.twin.domain.LinkType;
import org.citiverse.twin.domain.Location;
import org.citiverse.twin.domain.PropertyType;

/** What a new twin is made of. */
public record TwinSpec(String type, String name, String owner, LinkType linkType, String parentId, Location location,
                       Map<String, PropertyType> properties, List<String> actions, java.time.Duration syncEvery) {

    /**
     * A twin described in plain words, for other contexts: the link type (NL, L1, L2) and property
     * types (BOOLEAN, NUMBER, TEXT, …) by name; a position or none.
     *
     * @throws IllegalArgumentException for a link or property type that does not exist
     */
    public static TwinSpec described(String type, String name, String owner, String linkType, String parentId,
                                     Double latitude, Double longitude, Map<String, String> properties,
                                     List<String> actions) {
        Map<String, PropertyType> typed = new LinkedHashMap<>();
        properties.forEach((property, propertyType) -> typed.put(property, PropertyType.valueOf(propertyType)));
        return new TwinSpec(type, name, owner, LinkType.valueOf(linkType), parentId,
                latitude == null || longitude == null ? null : new Location(latitude, longitude, null, null),
                typed, actions, null);
    }
}
