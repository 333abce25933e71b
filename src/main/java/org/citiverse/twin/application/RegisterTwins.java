package org.citiverse.twin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.twin.domain.Location;
import org.citiverse.twin.domain.Permission;
import org.citiverse.twin.domain.PropertyType;
import org.citiverse.twin.domain.Twin;
import org.citiverse.twin.domain.TwinGrant;
import org.citiverse.twin.domain.TwinRepository;

/**
 * Registers kept outside the twin system (the city model's parcels and buildings) published as
 * twins, so the rest of the platform finds them like any twin: by type, name, place and values.
 * The register stays the source: publishing again updates a twin's name, place and values;
 * nothing is removed here. Each twin's owner administers it, as with twins made by hand.
 */
@ApplicationScoped
public class RegisterTwins {

    /** Who grants the owners their administration: the platform, on the register's behalf. */
    static final String PUBLISHER = "platform:register";

    /**
     * What a register's twins are.
     *
     * @param type       the twins' type, e.g. parcel
     * @param owner      the principal that administers them, e.g. department:permits
     * @param parentType the type of the twins entries lie in (their parentKey), or null
     * @param properties each property's type by name: NUMBER, TEXT or BOOLEAN
     */
    public record Kind(String type, String owner, String parentType, Map<String, String> properties) {
    }

    /**
     * One object of a register.
     *
     * @param key       its id in the register
     * @param parentKey the register's id of the object it lies in (of the kind's parent type), or null
     * @param values    its values: numbers, texts, booleans; null values are left out
     */
    public record Entry(String key, String name, String parentKey, Double latitude, Double longitude,
                        Map<String, Object> values) {
    }

    /** What one publication did. */
    public record Published(int added, int changed) {
    }

    @Inject
    TwinRepository twins;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** The id of the twin of a register's object. */
    public static String twinId(String type, String key) {
        return Twin.registerId(type, key);
    }

    /** Publishes a batch of entries (say a thousand) in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Published publish(Kind kind, List<Entry> entries) {
        Instant now = clock.instant();
        Map<String, PropertyType> types = new LinkedHashMap<>();
        kind.properties().forEach((name, type) -> types.put(name, PropertyType.valueOf(type)));
        Map<String, Twin> existing = byId(entries.stream().map(e -> twinId(kind.type(), e.key())).toList());
        Map<String, Twin> parents = kind.parentType() == null ? Map.of() : byId(entries.stream()
                .map(Entry::parentKey).filter(Objects::nonNull).map(k -> twinId(kind.parentType(), k)).distinct().toList());
        List<Twin> added = new ArrayList<>();
        int changed = 0;
        for (Entry entry : entries) {
            Twin twin = existing.get(twinId(kind.type(), entry.key()));
            Location place = entry.latitude() == null || entry.longitude() == null ? null
                    : new Location(entry.latitude(), entry.longitude(), null, null);
            JsonObject values = json(entry.values());
            if (twin == null) {
                twin = Twin.ofRegister(kind.type(), entry.key(), entry.name(), kind.owner(), types, now);
                twin.placeIn(entry.parentKey() == null ? null : parents.get(twinId(kind.parentType(), entry.parentKey())));
                twin.moveTo(place);
                twin.report(values, now);
                added.add(twin);
                continue;
            }
            boolean change = !twin.name().equals(entry.name()) || !Objects.equals(twin.location(), place)
                    || !twin.state().equals(values);
            if (change) {
                twin.rename(entry.name());
                twin.moveTo(place);
                twin.report(values, now);
                changed++;
            }
        }
        twins.addAll(added);
        for (Twin twin : added) {
            twins.add(new TwinGrant(twin, kind.owner(), Permission.ADMINISTER, PUBLISHER, now));
        }
        if (!added.isEmpty() || changed > 0) {
            audit.record("twin.register-published", "twin-type", kind.type(), added.size() + " added, " + changed
                    + " changed; owner " + kind.owner());
        }
        return new Published(added.size(), changed);
    }

    private Map<String, Twin> byId(List<String> ids) {
        return twins.findAll(ids).stream().collect(Collectors.toMap(Twin::id, Function.identity()));
    }

    private static JsonObject json(Map<String, Object> values) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach((name, value) -> {
            if (value instanceof Number n) {
                json.add(name, new BigDecimal(n.toString()));
            } else if (value instanceof Boolean b) {
                json.add(name, b);
            } else if (value != null) {
                json.add(name, value.toString());
            }
        });
        return json.build();
    }
}
