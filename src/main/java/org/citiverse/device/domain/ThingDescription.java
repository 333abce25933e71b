package org.citiverse.device.domain;

import static org.citiverse.shared.domain.JsonText.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.citiverse.shared.domain.PlainText;

/**
 * A device's self-description as a W3C Web of Things Thing Description (TD 1.1; FGMV-31 IR-RecR-2:
 * devices describe themselves): its title, the typed properties it reports, the actions it can be
 * asked to perform (L2) and the events it announces (such as ring or fault), and its version
 * ({@code version.instance}, the firmware it runs). Only what the platform keeps is read; forms,
 * security and links belong to the device layer and are left alone. An instance exists only when
 * valid: {@link #parse} refuses anything else, naming the rule broken.
 */
public final class ThingDescription {

    public static final String CONTENT_TYPE = "application/td+json";
    public static final int MAX_BYTES = 32_768;
    static final int MAX_PROPERTIES = 32;
    /** Twins keep their actions in 500 characters: ten names of the longest kind fit. */
    static final int MAX_ACTIONS = 10;
    static final int MAX_EVENTS = 16;
    static final int MAX_ENUM = 20;
    private static final int MAX_TITLE = 120;
    private static final int MAX_UNIT = 20;
    private static final int MAX_ENUM_TEXT = 40;
    private static final String TD_1_1 = "https://www.w3.org/2022/wot/td/v1.1";
    private static final Set<String> CONTEXTS = Set.of(TD_1_1, "https://www.w3.org/2019/wot/td/v1");
    /** The twin's naming rule for properties and actions: every name lands on the twin unchanged. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");

    /** The data types a twin property can hold. */
    public enum DataType {
        BOOLEAN, INTEGER, NUMBER, STRING;

        /** The twin's property type for it: BOOLEAN, NUMBER or TEXT. */
        public String twinType() {
            return switch (this) {
                case BOOLEAN -> "BOOLEAN";
                case INTEGER, NUMBER -> "NUMBER";
                case STRING -> "TEXT";
            };
        }

        boolean numeric() {
            return this == INTEGER || this == NUMBER;
        }

        boolean accepts(JsonValue value) {
            return switch (this) {
                case BOOLEAN -> value == JsonValue.TRUE || value == JsonValue.FALSE;
                case INTEGER -> value instanceof JsonNumber n && n.isIntegral();
                case NUMBER -> value instanceof JsonNumber;
                case STRING -> value instanceof JsonString s && !s.getString().isEmpty()
                        && s.getString().length() <= MAX_ENUM_TEXT;
            };
        }

        String tdName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A property as described: its type, and when given its unit, whether consumers may only read
     * it, its range (numbers) and its allowed values.
     */
    public record Property(DataType type, String unit, boolean readOnly, BigDecimal minimum, BigDecimal maximum,
                           List<JsonValue> allowed) {
    }

    private final String title;
    private final String instanceVersion;
    private final Map<String, Property> properties;
    private final List<String> actions;
    private final List<String> events;

    private ThingDescription(String title, String instanceVersion, Map<String, Property> properties,
                             List<String> actions, List<String> events) {
        this.title = title;
        this.instanceVersion = instanceVersion;
        this.properties = Collections.unmodifiableMap(properties);
        this.actions = List.copyOf(actions);
        this.events = List.copyOf(events);
    }

    /**
     * Reads a Thing Description.
     *
     * @throws InvalidDescriptionException saying which rule the text breaks
     */
    public static ThingDescription parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDescriptionException("the description is empty");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidDescriptionException("the description is larger than " + MAX_BYTES + " bytes");
        }
        JsonValue json;
        try (var reader = JSON.createReader(new StringReader(text))) {
            json = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidDescriptionException("the description is not well-formed JSON");
        }
        if (!(json instanceof JsonObject td)) {
            throw new InvalidDescriptionException("a Thing Description is a JSON object");
        }
        requireContext(td.get("@context"));
        String title = td.get("title") instanceof JsonString s ? PlainText.clean(s.getString(), MAX_TITLE) : null;
        if (title == null) {
            throw new InvalidDescriptionException("title must be text of 1-" + MAX_TITLE
                    + " characters without control characters");
        }
        Map<String, Property> properties = new LinkedHashMap<>();
        affordances(td, "properties", MAX_PROPERTIES).forEach((name, p) -> properties.put(name, property(name, p)));
        return new ThingDescription(title, instanceVersion(td.get("version")), properties,
                new ArrayList<>(affordances(td, "actions", MAX_ACTIONS).keySet()),
                new ArrayList<>(affordances(td, "events", MAX_EVENTS).keySet()));
    }

    /**
     * {@code version.instance} when it is a version the device can be listed with; anything else is
     * left out rather than refused, since the rest of the description does not depend on it.
     */
    private static String instanceVersion(JsonValue version) {
        return version instanceof JsonObject v && v.get("instance") instanceof JsonString s
                ? PlainText.clean(s.getString(), Device.MAX_FIRMWARE) : null;
    }

    /** The TD 1.1 context (or 1.0's), alone or among others in an array. */
    private static void requireContext(JsonValue context) {
        boolean known = context instanceof JsonString s ? CONTEXTS.contains(s.getString())
                : context instanceof JsonArray list && list.stream()
                        .anyMatch(c -> c instanceof JsonString s && CONTEXTS.contains(s.getString()));
        if (!known) {
            throw new InvalidDescriptionException("@context must be " + TD_1_1 + " (or an array holding it)");
        }
    }

    /** One kind of interaction affordance by name; each must be an object with a name the twin accepts. */
    private static Map<String, JsonObject> affordances(JsonObject td, String kind, int max) {
        JsonValue value = td.get(kind);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof JsonObject all)) {
            throw new InvalidDescriptionException(kind + " must be an object of named affordances");
        }
        if (all.size() > max) {
            throw new InvalidDescriptionException("at most " + max + " " + kind + " are taken, not " + all.size());
        }
        Map<String, JsonObject> named = new LinkedHashMap<>();
        all.forEach((name, affordance) -> {
            if (!NAME.matcher(name).matches()) {
                throw new InvalidDescriptionException(kind + " name '" + printable(name) + "' must be a lower-case "
                        + "letter and up to 39 letters, digits or '_'");
            }
            if (!(affordance instanceof JsonObject object)) {
                throw new InvalidDescriptionException(kind + " '" + name + "' must be an object");
            }
            named.put(name, object);
        });
        return named;
    }

    private static Property property(String name, JsonObject p) {
        DataType type = dataType(name, p.get("type"));
        String unit = null;
        if (p.containsKey("unit")) {
            unit = p.get("unit") instanceof JsonString s ? PlainText.clean(s.getString(), MAX_UNIT) : null;
            require(unit != null, name, "unit must be text of 1-" + MAX_UNIT + " characters");
        }
        boolean readOnly = false;
        if (p.containsKey("readOnly")) {
            require(p.get("readOnly") == JsonValue.TRUE || p.get("readOnly") == JsonValue.FALSE, name,
                    "readOnly must be true or false");
            readOnly = p.get("readOnly") == JsonValue.TRUE;
        }
        BigDecimal minimum = bound(name, type, p, "minimum");
        BigDecimal maximum = bound(name, type, p, "maximum");
        require(minimum == null || maximum == null || minimum.compareTo(maximum) <= 0, name,
                "minimum must not be above maximum");
        return new Property(type, unit, readOnly, minimum, maximum, allowed(name, type, p.get("enum")));
    }

    private static DataType dataType(String name, JsonValue type) {
        if (type instanceof JsonString s) {
            for (DataType t : DataType.values()) {
                if (t.tdName().equals(s.getString())) {
                    return t;
                }
            }
        }
        throw new InvalidDescriptionException("property '" + name + "': type "
                + (type == null ? "is missing" : printable(type.toString()) + " is not supported")
                + "; use boolean, integer, number or string");
    }

    private static BigDecimal bound(String name, DataType type, JsonObject p, String field) {
        if (!p.containsKey(field)) {
            return null;
        }
        require(type.numeric(), name, field + " is only for integer and number properties");
        require(p.get(field) instanceof JsonNumber, name, field + " must be a number");
        return ((JsonNumber) p.get(field)).bigDecimalValue();
    }

    private static List<JsonValue> allowed(String name, DataType type, JsonValue values) {
        if (values == null) {
            return List.of();
        }
        require(values instanceof JsonArray list && !list.isEmpty() && list.size() <= MAX_ENUM, name,
                "enum must be a list of 1-" + MAX_ENUM + " values");
        for (JsonValue v : (JsonArray) values) {
            require(type.accepts(v), name, "every enum value must be of the property's type"
                    + (type == DataType.STRING ? " (text of 1-" + MAX_ENUM_TEXT + " characters)" : ""));
        }
        return List.copyOf((JsonArray) values);
    }

    private static void require(boolean condition, String property, String rule) {
        if (!condition) {
            throw new InvalidDescriptionException("property '" + property + "': " + rule);
        }
    }

    /** What the device sent, made safe to quote back in a problem or dead letter. */
    private static String printable(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    public String title() {
        return title;
    }

    /** The version the description gives ({@code version.instance}), if a usable one. */
    public Optional<String> instanceVersion() {
        return Optional.ofNullable(instanceVersion);
    }

    public Map<String, Property> properties() {
        return properties;
    }

    public List<String> actions() {
        return actions;
    }

    public List<String> events() {
        return events;
    }

    /** The twin's properties for it: name → BOOLEAN, NUMBER or TEXT. */
    public Map<String, String> twinProperties() {
        Map<String, String> out = new LinkedHashMap<>();
        properties.forEach((name, p) -> out.put(name, p.type().twinType()));
        return out;
    }

    /** A device that can be asked to act is linked both ways (FGMV-31 L2); one that only reports, L1. */
    public boolean twoWay() {
        return !actions.isEmpty();
    }

    /** The description as the platform keeps and shows it: a Thing Description of what it read. */
    public JsonObject toJson() {
        JsonObjectBuilder props = JSON.createObjectBuilder();
        properties.forEach((name, p) -> {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("type", p.type().tdName());
            if (p.unit() != null) {
                json.add("unit", p.unit());
            }
            if (p.readOnly()) {
                json.add("readOnly", true);
            }
            if (p.minimum() != null) {
                json.add("minimum", p.minimum());
            }
            if (p.maximum() != null) {
                json.add("maximum", p.maximum());
            }
            if (!p.allowed().isEmpty()) {
                json.add("enum", JSON.createArrayBuilder(p.allowed()));
            }
            props.add(name, json);
        });
        JsonObjectBuilder td = JSON.createObjectBuilder().add("@context", TD_1_1).add("title", title);
        if (instanceVersion != null) {
            td.add("version", JSON.createObjectBuilder().add("instance", instanceVersion));
        }
        return td.add("properties", props).add("actions", named(actions)).add("events", named(events)).build();
    }

    private static JsonObjectBuilder named(List<String> names) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        names.forEach(n -> json.add(n, JsonValue.EMPTY_JSON_OBJECT));
        return json;
    }
}
