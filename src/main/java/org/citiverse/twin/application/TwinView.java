package org.citiverse.twin.application;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.twin.domain.LinkType;
import org.citiverse.twin.domain.Location;
import org.citiverse.twin.domain.Permission;
import org.citiverse.twin.domain.PropertyType;
import org.citiverse.twin.domain.Twin;
import org.citiverse.twin.domain.TwinGrant;
import org.citiverse.twin.domain.TwinHistoryEntry;

/** A twin as callers see it: identity, containment, place, typed properties with their current values. */
public record TwinView(String id, String type, String name, String owner, LinkType linkType, String parentId,
                       Location location, Map<String, PropertyType> properties, JsonObject state,
                       Instant stateObservedAt, long stateVersion, List<String> actions, Duration syncEvery) {

    /** Its latitude (WGS84), or null when it has no place: for contexts that keep places as numbers. */
    public Double latitude() {
        return location == null ? null : location.latitude();
    }

    public Double longitude() {
        return location == null ? null : location.longitude();
    }

    /** Linked both ways (L2): its physical object can be made to act. */
    public boolean twoWay() {
        return linkType == LinkType.L2;
    }

    static TwinView of(Twin t) {
        return new TwinView(t.id(), t.type(), t.name(), t.owner(), t.linkType(), t.parentId(), t.location(),
                t.properties(), t.state(), t.stateObservedAt(), t.stateVersion(), t.actions(), t.syncInterval());
    }

    /** A grant on a twin. */
    public record Grant(UUID id, String principal, Permission permission, String grantedBy, Instant grantedAt) {

        static Grant of(TwinGrant g) {
            return new Grant(g.id(), g.principal(), g.permission(), g.grantedBy(), g.grantedAt());
        }
    }

    /** One report in a twin's history. */
    public record HistoryItem(Instant observedAt, Instant receivedAt, String kind, String values, boolean applied) {

        static HistoryItem of(TwinHistoryEntry h) {
            return new HistoryItem(h.observedAt(), h.receivedAt(), h.kind(), h.values(), h.applied());
        }
    }
}
