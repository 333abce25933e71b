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
import java.util.Map;
import java.util.Set;
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

    /** The Open311 datatypes. */
    public enum Datatype { STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST }

    /** An allowed value of a list. */
    public record Choice(String key, String nameEn, String nameNl) {

        public String name(String language) {
            return "nl".equals(language) ? nameNl : nameEn;
        }
    }

    public CategoryAttribute {
        values = List.copyOf(values);
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
                        Datatype.valueOf(a.getString("datatype").toUpperCase(java.util.Locale.ROOT)),
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
