package org.citiverse.twin.domain;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.shared.domain.PlainText;
import org.citiverse.twin.domain.TwinException.Reason;

/**
 * A digital twin (FGMV-28). Its id is a stable URN (REQ-DT-01); its type is open-ended text, not
 * an enum, so a city adds kinds of twin without code. It may sit inside another twin
 * (containment), has a location, typed properties with their current state, and the actions it
 * supports (L2 twins).
 */
@Entity
@Table(name = "twin")
public class Twin {

    public static final String ID_PREFIX = "urn:citiverse:twin:";
    public static final int MAX_NAME = 120;
    public static final int MAX_STATE_JSON = 8000;
    private static final int MAX_PROPERTIES_JSON = 4000;
    private static final int MAX_ACTIONS = 500;
    public static final Duration MIN_SYNC_INTERVAL = Duration.ofSeconds(10);
    public static final Duration MAX_SYNC_INTERVAL = Duration.ofDays(31);
    private static final Pattern ID = Pattern.compile(Pattern.quote(ID_PREFIX) + "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern NAME_PART = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");
    /** An owner is a principal: user, household, department or role, with its id. */
    private static final Pattern OWNER = Pattern.compile("(user|household|department|role):[A-Za-z0-9._:@-]{1,120}");

    @Id
    @Column(name = "id", length = 60)
    private String id;

    @Column(name = "type", nullable = false, length = 40)
    private String type;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "owner", nullable = false, length = 130)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 2)
    private LinkType linkType;

    @Column(name = "parent_id", length = 60)
    private String parentId;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "altitude")
    private Double altitude;

    @Column(name = "floor")
    private Integer floor;

    /** Property name → type, as JSON. */
    @Column(name = "properties", nullable = false, length = 4000)
    private String properties;

    /** Property name → current value, as JSON. */
    @Column(name = "state", nullable = false, length = 8000)
    private String state;

    @Column(name = "state_observed_at")
    private Instant stateObservedAt;

    @Column(name = "state_version", nullable = false)
    private long stateVersion;

    /** The actions an L2 twin supports, comma-separated (e.g. "open,lock"). */
    @Column(name = "actions", length = 500)
    private String actions;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Periodic sync (REQ-DT-07): how often the physical object is asked to report; null = on request only. */
    @Column(name = "sync_every_seconds")
    private Integer syncEverySeconds;

    @Column(name = "next_sync_at")
    private Instant nextSyncAt;

    @Version
    private int version;

    protected Twin() {
        // for JPA
    }

    public Twin(String type, String name, String owner, LinkType linkType, Map<String, PropertyType> properties,
                List<String> actions, Instant now) {
        this.id = ID_PREFIX + UUID.randomUUID();
        this.type = validType(type);
        this.name = validName(name);
        if (owner == null || owner.length() > 130 || !OWNER.matcher(owner).matches()) {
            throw new TwinException(Reason.OWNER_INVALID);
        }
        this.owner = owner;
        this.linkType = Objects.requireNonNull(linkType);
        Map<String, PropertyType> defined = properties == null ? Map.of() : properties;
        defined.keySet().forEach(Twin::validPropertyName);
        JsonObjectBuilder json = JSON.createObjectBuilder();
        defined.forEach((k, v) -> json.add(k, v.name()));
        this.properties = fitting(json.build().toString(), MAX_PROPERTIES_JSON);
        this.state = "{}";
        (actions == null ? List.<String>of() : actions).forEach(Twin::validPropertyName);
        this.actions = actions == null || actions.isEmpty() ? null : fitting(String.join(",", actions), MAX_ACTIONS);
        this.createdAt = now;
    }

    /**
     * The twin of an object another register keeps (a parcel, a building): not linked to a device,
     * its id follows from the register's key, so publishing the register again finds the same twin.
     */
    public static Twin ofRegister(String type, String key, String name, String owner,
                                  Map<String, PropertyType> properties, Instant now) {
        Twin twin = new Twin(type, name, owner, LinkType.NL, properties, List.of(), now);
        twin.id = registerId(type, key);
        return twin;
    }

    /** The id of the twin of a register's object: a name-based UUID of its type and key. */
    public static String registerId(String type, String key) {
        return ID_PREFIX + UUID.nameUUIDFromBytes((type + ":" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Text that fits its column, or a clear refusal instead of a database error. */
    private static String fitting(String text, int max) {
        if (text.length() > max) {
            throw new TwinException(Reason.TOO_LARGE);
        }
        return text;
    }

    public static boolean isId(String candidate) {
        return candidate != null && ID.matcher(candidate).matches();
    }

    private static String validType(String type) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new TwinException(Reason.TYPE_INVALID);
        }
        return type;
    }

    private static String validName(String name) {
        String clean = PlainText.clean(name, MAX_NAME);
        if (clean == null) {
            throw new TwinException(Reason.NAME_INVALID);
        }
        return clean;
    }

    private static void validPropertyName(String propertyName) {
        if (propertyName == null || !NAME_PART.matcher(propertyName).matches()) {
            throw new TwinException(Reason.PROPERTY_UNKNOWN);
        }
    }

    public void rename(String newName) {
        this.name = validName(newName);
    }

    /**
     * New property definitions and actions. A property that goes, or whose type changes, loses its
     * current value (the history keeps it): a value is never left with a type it does not have.
     */
    public void redefine(Map<String, PropertyType> newProperties, List<String> newActions) {
        newProperties.keySet().forEach(Twin::validPropertyName);
        newActions.forEach(Twin::validPropertyName);
        Map<String, PropertyType> old = properties();
        JsonObjectBuilder json = JSON.createObjectBuilder();
        newProperties.forEach((k, v) -> json.add(k, v.name()));
        String definitions = fitting(json.build().toString(), MAX_PROPERTIES_JSON);
        String actionList = newActions.isEmpty() ? null : fitting(String.join(",", newActions), MAX_ACTIONS);
        JsonObjectBuilder kept = JSON.createObjectBuilder();
        state().forEach((k, v) -> {
            if (newProperties.containsKey(k) && newProperties.get(k) == old.get(k)) {
                kept.add(k, v);
            }
        });
        this.properties = definitions;
        this.actions = actionList;
        this.state = kept.build().toString();
    }

    /**
     * Asks the physical object to report every {@code interval} (REQ-DT-07), or only on request
     * with null. Only a twin linked to a physical object (L1/L2) can sync.
     */
    public void syncEvery(Duration interval, Instant now) {
        if (interval == null) {
            this.syncEverySeconds = null;
            this.nextSyncAt = null;
            return;
        }
        if (linkType == LinkType.NL) {
            throw new TwinException(Reason.NOT_LINKED);
        }
        if (interval.compareTo(MIN_SYNC_INTERVAL) < 0 || interval.compareTo(MAX_SYNC_INTERVAL) > 0) {
            throw new TwinException(Reason.SYNC_INTERVAL_INVALID);
        }
        this.syncEverySeconds = (int) interval.toSeconds();
        this.nextSyncAt = now.plus(interval);
    }

    /** A periodic sync was asked for now: the next one is an interval later. */
    public void periodicSyncRequested(Instant now) {
        if (syncEverySeconds != null) {
            this.nextSyncAt = now.plusSeconds(syncEverySeconds);
        }
    }

    /** Whether this twin has a physical object to sync with. */
    public boolean linked() {
        return linkType != LinkType.NL;
    }

    public Duration syncInterval() {
        return syncEverySeconds == null ? null : Duration.ofSeconds(syncEverySeconds);
    }

    public Instant nextSyncAt() {
        return nextSyncAt;
    }

    /**
     * Puts this twin inside {@code parent} (or at the top with null). Whether the parent is
     * inside this twin is for the repository to say (it knows the whole tree).
     */
    public void placeIn(Twin parent) {
        if (parent != null && parent.id.equals(id)) {
            throw new TwinException(Reason.CYCLE);
        }
        this.parentId = parent == null ? null : parent.id;
    }

    public void moveTo(Location location) {
        this.latitude = location == null ? null : location.latitude();
        this.longitude = location == null ? null : location.longitude();
        this.altitude = location == null ? null : location.altitude();
        this.floor = location == null ? null : location.floor();
    }

    /**
     * Applies reported values observed at {@code observedAt} by the rules of {@link ReportedState}:
     * newer than the current state, the state changes; older (late data), the history keeps them.
     *
     * @return whether the current state changed
     * @throws TwinException for an unknown property or a value of the wrong type; nothing is applied
     */
    public boolean report(JsonObject values, Instant observedAt) {
        ReportedState reported = reportedState();
        if (!reported.report(values, observedAt)) {
            return false;
        }
        this.state = fitting(reported.state().toString(), MAX_STATE_JSON);
        this.stateObservedAt = reported.observedAt();
        this.stateVersion = reported.version();
        return true;
    }

    /** Why these values cannot be reported for this twin (too large, unknown property, wrong type), if they cannot. */
    public java.util.Optional<Reason> problemWith(JsonObject values) {
        return reportedState().problemWith(values);
    }

    private ReportedState reportedState() {
        return new ReportedState(id, type, properties, state, stateObservedAt, stateVersion);
    }

    private static JsonObject parse(String json) {
        return JsonText.object(json);
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String owner() {
        return owner;
    }

    public LinkType linkType() {
        return linkType;
    }

    public String parentId() {
        return parentId;
    }

    public Location location() {
        return latitude == null || longitude == null ? null : new Location(latitude, longitude, altitude, floor);
    }

    public Map<String, PropertyType> properties() {
        Map<String, PropertyType> out = new LinkedHashMap<>();
        parse(properties).forEach((k, v) -> out.put(k, PropertyType.valueOf(((jakarta.json.JsonString) v).getString())));
        return out;
    }

    public JsonObject state() {
        return parse(state);
    }

    public Instant stateObservedAt() {
        return stateObservedAt;
    }

    public long stateVersion() {
        return stateVersion;
    }

    public List<String> actions() {
        return actions == null ? List.of() : List.of(actions.split(","));
    }

    public Instant createdAt() {
        return createdAt;
    }
}
