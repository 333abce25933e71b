package org.citiverse.twin.application;

import java.util.List;
import java.util.Map;
import org.citiverse.twin.domain.LinkType;
import org.citiverse.twin.domain.Location;
import org.citiverse.twin.domain.PropertyType;

/** What a new twin is made of. */
public record TwinSpec(String type, String name, String owner, LinkType linkType, String parentId, Location location,
                       Map<String, PropertyType> properties, List<String> actions, java.time.Duration syncEvery) {
}
