package org.citiverse.complaint.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.junit.jupiter.api.Test;

class CategoryAttributeTest {

    private static final List<CategoryAttribute> QUESTIONS = CategoryAttribute.parseAll("""
            [{"code":"kind","datatype":"multivaluelist","required":false,"order":3,"description_en":"Kinds",
              "description_nl":"Soorten","values":[{"key":"a","name_en":"A","name_nl":"A"},
              {"key":"b","name_en":"B","name_nl":"B"}]},
             {"code":"size","datatype":"singlevaluelist","required":true,"order":1,"description_en":"Size",
              "description_nl":"Maat","values":[{"key":"small","name_en":"Small","name_nl":"Klein"}]},
             {"code":"depth","datatype":"number","required":false,"order":2,"description_en":"Depth",
              "description_nl":"Diepte"},
             {"code":"seen","datatype":"datetime","required":false,"order":4,"description_en":"Seen",
              "description_nl":"Gezien"},
             {"code":"note","datatype":"text","required":false,"order":5,"description_en":"Note",
              "description_nl":"Notitie"}]""");

    @Test
    void questionsAreReadInTheirOrder() {
        assertEquals(List.of("size", "depth", "kind", "seen", "note"),
                QUESTIONS.stream().map(CategoryAttribute::code).toList());
        assertEquals("Maat", QUESTIONS.get(0).description("nl"));
        assertEquals(CategoryAttribute.Datatype.MULTIVALUELIST, QUESTIONS.get(2).datatype());
    }

    @Test
    void answersAreCheckedAndKeptByType() {
        JsonObject kept = CategoryAttribute.answers(QUESTIONS, Map.of("size", List.of(" small "),
                "depth", List.of("12.5"), "kind", List.of("b", "a", "b"), "seen", List.of("2026-12-03T14:03:00+01:00"),
                "note", List.of("line one\nline two")));
        assertEquals("small", kept.getString("size"));
        assertEquals(12.5, kept.getJsonNumber("depth").doubleValue());
        assertEquals(List.of("b", "a"), CategoryAttribute.shown(kept.get("kind")), "each key once, as given");
        assertEquals("2026-12-03T14:03+01:00", kept.getString("seen"));
        assertEquals("line one\nline two", kept.getString("note"));
    }

    @Test
    void anOptionalQuestionMayBeLeftOpenButARequiredOneMayNot() {
        assertEquals(1, CategoryAttribute.answers(QUESTIONS, Map.of("size", List.of("small"), "depth", List.of(" ")))
                .size());
        assertRefused(Reason.ATTRIBUTE_MISSING, "size", Map.of("depth", List.of("3")));
        assertRefused(Reason.ATTRIBUTE_MISSING, "size", Map.of("size", List.of("")));
    }

    @Test
    void wrongAnswersNameTheirQuestion() {
        assertRefused(Reason.ATTRIBUTE_INVALID, "size", Map.of("size", List.of("huge")));
        assertRefused(Reason.ATTRIBUTE_INVALID, "size", Map.of("size", List.of("small", "small")));
        assertRefused(Reason.ATTRIBUTE_INVALID, "depth", Map.of("size", List.of("small"), "depth", List.of("NaN")));
        assertRefused(Reason.ATTRIBUTE_INVALID, "depth", Map.of("size", List.of("small"), "depth", List.of("1e400")));
        assertRefused(Reason.ATTRIBUTE_INVALID, "kind", Map.of("size", List.of("small"), "kind", List.of("a", "z")));
        assertRefused(Reason.ATTRIBUTE_INVALID, "seen", Map.of("size", List.of("small"), "seen", List.of("yesterday")));
        assertRefused(Reason.ATTRIBUTE_INVALID, "note", Map.of("size", List.of("small"), "note",
                List.of("x".repeat(CategoryAttribute.MAX_TEXT + 1))));
        assertRefused(Reason.ATTRIBUTE_INVALID, "note", Map.of("size", List.of("small"), "note", List.of("bell\u0007")));
        assertRefused(Reason.ATTRIBUTE_UNKNOWN, "colour", Map.of("size", List.of("small"), "colour", List.of("red")));
    }

    @Test
    void anAdministratorsQuestionIsCleanedAndChecked() {
        CategoryAttribute q = CategoryAttribute.draft(" depth ", "NUMBER", true, " How deep? ", "Hoe diep?", null)
                .checked();
        assertEquals("depth", q.code());
        assertEquals(CategoryAttribute.Datatype.NUMBER, q.datatype());
        assertEquals("How deep?", q.description("en"));
        assertEquals(List.of(), q.values());
        CategoryAttribute list = CategoryAttribute.draft("kind", "multivaluelist", false, "Kinds", "Soorten",
                List.of(new CategoryAttribute.Choice(" glass ", " Glass ", "Glas"))).checked();
        assertEquals(new CategoryAttribute.Choice("glass", "Glass", "Glas"), list.values().get(0));
    }

    @Test
    void aQuestionBreakingARuleNamesItsField() {
        assertDefinitionRefused(Reason.QUESTION_CODE_INVALID, "code", draft("Depth", "number"));
        assertDefinitionRefused(Reason.QUESTION_CODE_INVALID, "code", draft("pole-number", "number"));
        assertDefinitionRefused(Reason.QUESTION_CODE_INVALID, "code", draft("x".repeat(41), "number"));
        assertDefinitionRefused(Reason.QUESTION_CODE_INVALID, "code", draft(null, "number"));
        assertDefinitionRefused(Reason.QUESTION_DATATYPE_INVALID, "datatype", draft("depth", "decimal"));
        assertDefinitionRefused(Reason.QUESTION_DATATYPE_INVALID, "datatype", draft("depth", null));
        assertDefinitionRefused(Reason.QUESTION_DESCRIPTION_INVALID, "descriptionEn",
                CategoryAttribute.draft("depth", "number", false, "x".repeat(201), "Diep", List.of()));
        assertDefinitionRefused(Reason.QUESTION_DESCRIPTION_INVALID, "descriptionNl",
                CategoryAttribute.draft("depth", "number", false, "Deep", null, List.of()));
        assertDefinitionRefused(Reason.QUESTION_DESCRIPTION_INVALID, "descriptionEn",
                CategoryAttribute.draft("depth", "number", false, "line\nbreak", "Diep", List.of()));
        assertDefinitionRefused(Reason.QUESTION_VALUES_INVALID, "values", CategoryAttribute.draft("depth", "number",
                false, "Deep", "Diep", List.of(new CategoryAttribute.Choice("a", "A", "A"))));
    }

    @Test
    void aListHasOneToThirtyValuesEachWithItsOwnKeyAndBothNames() {
        assertDefinitionRefused(Reason.QUESTION_VALUES_INVALID, "values", listOf(List.of()));
        List<CategoryAttribute.Choice> many = java.util.stream.IntStream.range(0, 31)
                .mapToObj(i -> new CategoryAttribute.Choice("k" + i, "K", "K")).toList();
        assertDefinitionRefused(Reason.QUESTION_VALUES_INVALID, "values", listOf(many));
        assertEquals(30, listOf(many.subList(0, 30)).checked().values().size());
        assertDefinitionRefused(Reason.QUESTION_VALUE_KEY_TAKEN, "values[1].key", listOf(List.of(
                new CategoryAttribute.Choice("a", "A", "A"), new CategoryAttribute.Choice(" a", "B", "B"))));
        assertDefinitionRefused(Reason.QUESTION_VALUE_KEY_INVALID, "values[0].key", listOf(List.of(
                new CategoryAttribute.Choice("A b", "A", "A"))));
        assertDefinitionRefused(Reason.QUESTION_VALUE_KEY_INVALID, "values[0].key", listOf(List.of(
                new CategoryAttribute.Choice(null, "A", "A"))));
        assertDefinitionRefused(Reason.QUESTION_VALUE_NAME_INVALID, "values[0].nameEn", listOf(List.of(
                new CategoryAttribute.Choice("a", " ", "A"))));
        assertDefinitionRefused(Reason.QUESTION_VALUE_NAME_INVALID, "values[1].nameNl", listOf(List.of(
                new CategoryAttribute.Choice("a", "A", "A"), new CategoryAttribute.Choice("b", "B", "x".repeat(81)))));
    }

    @Test
    void questionsAreWrittenAsTheyAreRead() {
        String json = CategoryAttribute.toJson(QUESTIONS);
        assertEquals(QUESTIONS, CategoryAttribute.parseAll(json));
        assertFalse(json.contains("\"values\":[]"), "no empty values for questions without a list: " + json);
        assertTrue(json.contains("\"datatype\":\"multivaluelist\""), json);
    }

    private static CategoryAttribute draft(String code, String datatype) {
        return CategoryAttribute.draft(code, datatype, false, "Deep", "Diep", List.of());
    }

    private static CategoryAttribute listOf(List<CategoryAttribute.Choice> values) {
        return CategoryAttribute.draft("kind", "singlevaluelist", true, "Kind", "Soort", values);
    }

    private static void assertDefinitionRefused(Reason reason, String field, CategoryAttribute draft) {
        ComplaintException e = assertThrows(ComplaintException.class, draft::checked);
        assertEquals(reason, e.reason());
        assertEquals(field, e.field());
    }

    private static void assertRefused(Reason reason, String field, Map<String, List<String>> answers) {
        ComplaintException e = assertThrows(ComplaintException.class, () -> CategoryAttribute.answers(QUESTIONS, answers));
        assertEquals(reason, e.reason(), answers.toString());
        assertEquals(field, e.field(), answers.toString());
    }
}
