package org.citiverse.complaint.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.shared.domain.PlainText;

/**
 * One extra question of a category (an Open311 service definition attribute): its code, datatype,
 * whether it must be answered, and for lists the allowed values.
 */
public record CategoryAttribute(String code, Datatype datatype, boolean required, int order, String descriptionEn,
                                String descriptionNl, List<Choice> values) {

    public static final int MAX_STRING = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_DESCRIPTION = 200;
    public static final int MAX_VALUES = 30;
    public static final int MAX_VALUE_NAME = 80;
    /** Like the seeded ones: answers are kept under it and apps send it as attribute[code]. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    /** The Open311 datatypes. */
    public enum Datatype {
        STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

        /** A datatype by its Open311 name (any case), or null for none. */
        public static Datatype parse(String name) {
            if (name == null) {
                return null;
            }
            for (Datatype d : values()) {
                if (d.name().equalsIgnoreCase(name.strip())) {
                    return d;
                }
            }
            return null;
        }

        /** The name Open311 uses. */
        public String open311() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An allowed value of a list. */
    public record Choice(String key, String nameEn, String nameNl) {

        public String name(String language) {
            return "nl".equals(language) ? nameNl : nameEn;
        }
    }

    public CategoryAttribute {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * A question as an administrator gave it, not checked yet ({@link #checked}): the datatype by
     * its Open311 name (null when it is none), absent values as none.
     */
    public static CategoryAttribute draft(String code, String datatype, boolean required, String descriptionEn,
                                          String descriptionNl, List<Choice> values) {
        List<Choice> choices = values == null ? List.of() : values.stream()
                .map(c -> c == null ? new Choice(null, null, null) : c).toList();
        return new CategoryAttribute(code == null ? null : code.strip(), Datatype.parse(datatype), required, 0,
                descriptionEn, descriptionNl, choices);
    }

    /**
     * This question cleaned, or the first rule it breaks, naming its field: a code like the others,
     * a datatype, its text in both languages; a list has 1 to 30 values, each with its own key and a
     * name in both languages; other datatypes have none.
     */
    public CategoryAttribute checked() {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ComplaintException(Reason.QUESTION_CODE_INVALID, "code");
        }
        if (datatype == null) {
            throw new ComplaintException(Reason.QUESTION_DATATYPE_INVALID, "datatype");
        }
        String en = PlainText.clean(descriptionEn, MAX_DESCRIPTION);
        if (en == null) {
            throw new ComplaintException(Reason.QUESTION_DESCRIPTION_INVALID, "descriptionEn");
        }
        String nl = PlainText.clean(descriptionNl, MAX_DESCRIPTION);
        if (nl == null) {
            throw new ComplaintException(Reason.QUESTION_DESCRIPTION_INVALID, "descriptionNl");
        }
        if (isList() ? values.isEmpty() || values.size() > MAX_VALUES : !values.isEmpty()) {
            throw new ComplaintException(Reason.QUESTION_VALUES_INVALID, "values");
        }
        List<Choice> choices = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            Choice c = values.get(i);
            String at = "values[" + i + "].";
            String key = c.key() == null ? "" : c.key().strip();
            if (!KEY.matcher(key).matches()) {
                throw new ComplaintException(Reason.QUESTION_VALUE_KEY_INVALID, at + "key");
            }
            if (!keys.add(key)) {
                throw new ComplaintException(Reason.QUESTION_VALUE_KEY_TAKEN, at + "key");
            }
            String nameEn = PlainText.clean(c.nameEn(), MAX_VALUE_NAME);
            if (nameEn == null) {
                throw new ComplaintException(Reason.QUESTION_VALUE_NAME_INVALID, at + "nameEn");
            }
            String nameNl = PlainText.clean(c.nameNl(), MAX_VALUE_NAME);
            if (nameNl == null) {
                throw new ComplaintException(Reason.QUESTION_VALUE_NAME_INVALID, at + "nameNl");
            }
            choices.add(new Choice(key, nameEn, nameNl));
        }
        return new CategoryAttribute(code, datatype, required, order, en, nl, choices);
    }

    /** The same question in another place (counted from 1). */
    public CategoryAttribute at(int position) {
        return new CategoryAttribute(code, datatype, required, position, descriptionEn, descriptionNl, values);
    }

    /** The questions as their category keeps them (read back by {@link #parseAll}). */
    public static String toJson(List<CategoryAttribute> questions) {
        JsonArrayBuilder all = JsonText.JSON.createArrayBuilder();
        for (CategoryAttribute q : questions) {
            JsonObjectBuilder o = JsonText.JSON.createObjectBuilder().add("code", q.code())
                    .add("datatype", q.datatype().open311()).add("required", q.required()).add("order", q.order())
                    .add("description_en", q.descriptionEn()).add("description_nl", q.descriptionNl());
            if (!q.values().isEmpty()) {
                JsonArrayBuilder values = JsonText.JSON.createArrayBuilder();
                q.values().forEach(v -> values.add(JsonText.JSON.createObjectBuilder().add("key", v.key())
                        .add("name_en", v.nameEn()).add("name_nl", v.nameNl())));
                o.add("values", values);
            }
            all.add(o);
        }
        return all.build().toString();
    }

    public String description(String language) {
        return "nl".equals(language) ? descriptionNl : descriptionEn;
    }

    public boolean isList() {
        return datatype == Datatype.SINGLEVALUELIST || datatype == Datatype.MULTIVALUELIST;
    }

    /** The attributes as stored with their category, in their order. */
    public static List<CategoryAttribute> parseAll(String json) {
        try (JsonReader reader = JsonText.JSON.createReader(new StringReader(json))) {
            List<CategoryAttribute> all = new ArrayList<>();
            for (JsonValue value : reader.readArray()) {
                JsonObject a = value.asJsonObject();
                List<Choice> choices = new ArrayList<>();
                for (JsonValue c : a.getJsonArray("values") == null ? JsonValue.EMPTY_JSON_ARRAY : a.getJsonArray("values")) {
                    JsonObject o = c.asJsonObject();
                    choices.add(new Choice(o.getString("key"), o.getString("name_en"), o.getString("name_nl")));
                }
                all.add(new CategoryAttribute(a.getString("code"),
                        Datatype.valueOf(a.getString("datatype").toUpperCase(Locale.ROOT)),
                        a.getBoolean("required", false), a.getInt("order", all.size() + 1),
                        a.getString("description_en"), a.getString("description_nl"), choices));
            }
            all.sort(Comparator.comparingInt(CategoryAttribute::order));
            return List.copyOf(all);
        }
    }

    /**
     * A submission's answers, checked against the questions: every required one answered, each
     * answer of its type, nothing unknown. Answers arrive as text (form fields), several for a
     * multi-value list. Returns the answers to keep, as JSON.
     */
    public static JsonObject answers(List<CategoryAttribute> questions, Map<String, List<String>> given) {
        Map<String, CategoryAttribute> byCode = new java.util.HashMap<>();
        questions.forEach(q -> byCode.put(q.code(), q));
        for (String code : given.keySet()) {
            if (!byCode.containsKey(code)) {
                throw new ComplaintException(Reason.ATTRIBUTE_UNKNOWN, code);
            }
        }
        JsonObjectBuilder kept = JsonText.JSON.createObjectBuilder();
        for (CategoryAttribute q : questions) {
            List<String> answer = given.getOrDefault(q.code(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (answer.isEmpty()) {
                if (q.required()) {
                    throw new ComplaintException(Reason.ATTRIBUTE_MISSING, q.code());
                }
                continue;
            }
            q.keep(answer, kept);
        }
        return kept.build();
    }

    private void keep(List<String> answer, JsonObjectBuilder kept) {
        if (datatype != Datatype.MULTIVALUELIST && answer.size() > 1) {
            throw new ComplaintException(Reason.ATTRIBUTE_INVALID, code);
        }
        String first = answer.get(0);
        switch (datatype) {
            case STRING, TEXT -> {
                String clean = datatype == Datatype.TEXT ? text(first) : PlainText.clean(first, MAX_STRING);
                if (clean == null) {
                    throw new ComplaintException(Reason.ATTRIBUTE_INVALID, code);
                }
                kept.add(code, clean);
            }
            case NUMBER -> kept.add(code, number(first));
            case DATETIME -> {
                try {
                    kept.add(code, OffsetDateTime.parse(first).toString());
                } catch (DateTimeParseException e) {
                    throw new ComplaintException(Reason.ATTRIBUTE_INVALID, code);
                }
            }
            case SINGLEVALUELIST -> kept.add(code, choice(first));
            case MULTIVALUELIST -> {
                Set<String> keys = new LinkedHashSet<>();
                answer.forEach(v -> keys.add(choice(v)));
                JsonArrayBuilder array = JsonText.JSON.createArrayBuilder();
                keys.forEach(array::add);
                kept.add(code, array);
            }
        }
    }

    private BigDecimal number(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0 || number.scale() > 6) {
                throw new ComplaintException(Reason.ATTRIBUTE_INVALID, code);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ComplaintException(Reason.ATTRIBUTE_INVALID, code);
        }
    }

    private String choice(String value) {
        return values.stream().map(Choice::key).filter(value::equals).findFirst()
                .orElseThrow(() -> new ComplaintException(Reason.ATTRIBUTE_INVALID, code));
    }

    /** Longer free text of at most {@link #MAX_TEXT} characters: line breaks allowed, other control characters not. */
    static String text(String value) {
        return text(value, MAX_TEXT);
    }

    /** Free text of at most {@code max} characters, with nothing XML or a terminal cannot carry. */
    static String text(String value, int max) {
        String clean = value == null ? "" : value.strip();
        boolean valid = !clean.isEmpty() && clean.length() <= max && clean.chars().noneMatch(c ->
                Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' || PlainText.notCharacter(c));
        return valid ? clean : null;
    }

    /** The allowed values of a stored answer, for showing it: the values as they were kept. */
    public static List<String> shown(JsonValue answer) {
        if (answer instanceof JsonArray array) {
            return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .toList();
        }
        return List.of(answer instanceof jakarta.json.JsonString s ? s.getString() : answer.toString());
    }
}
