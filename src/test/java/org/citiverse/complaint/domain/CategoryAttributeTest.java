package org.citiverse.complaint.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    private static void assertRefused(Reason reason, String field, Map<String, List<String>> answers) {
        ComplaintException e = assertThrows(ComplaintException.class, () -> CategoryAttribute.answers(QUESTIONS, answers));
        assertEquals(reason, e.reason(), answers.toString());
        assertEquals(field, e.field(), answers.toString());
    }
}
