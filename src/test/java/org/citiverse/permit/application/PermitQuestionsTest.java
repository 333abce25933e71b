package org.citiverse.permit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.citiverse.permit.domain.RuleInput;
import org.citiverse.permit.domain.RuleInput.Type;
import org.junit.jupiter.api.Test;

/** The questions derived from a rule set's inputs: asked, computed or left to the zone. */
class PermitQuestionsTest {

    private static RuleInput input(String name, Type type, String... values) {
        return new RuleInput(name, type, List.of(values), null);
    }

    @Test
    void theFenceIsAskedWhereAndHowHigh() {
        List<Question> q = PermitQuestions.derive(List.of(input("location", Type.STRING, "front", "side", "rear"),
                input("height", Type.NUMBER)));
        assertEquals(List.of("location", "height"), q.stream().map(Question::name).toList());
        assertEquals(Question.Kind.CHOICE, q.get(0).kind());
        assertEquals(List.of("front", "side", "rear"), q.get(0).choices());
        assertEquals(Question.Kind.NUMBER, q.get(1).kind());
        assertEquals(PermitQuestions.MAX_HEIGHT, q.get(1).max());
        assertFalse(q.get(1).zeroAllowed());
    }

    @Test
    void whatTheCityComputesIsAskedAsAFootprintOnceAndTheZoneLimitsNotAtAll() {
        List<Question> q = PermitQuestions.derive(List.of(input("location", Type.STRING, "rear"),
                input("area", Type.NUMBER), input("zoneMaxHeight", Type.NUMBER), input("height", Type.NUMBER),
                input("distanceToBoundary", Type.NUMBER), input("coverageAfter", Type.NUMBER)));
        assertEquals(List.of("location", "width", "depth", "height"), q.stream().map(Question::name).toList());
        assertEquals(PermitQuestions.MAX_SIDE, q.get(1).max(), "the city model's limit of a side");
        assertEquals(Question.Kind.NUMBER, q.get(2).kind());
    }

    @Test
    void everyFactTheCheckComputesIsLeftOutOrAskedAsFootprint() {
        for (String fact : PermitCheckService.FOOTPRINT_FACTS) {
            assertEquals(List.of("width", "depth"), PermitQuestions.derive(List.of(input(fact, Type.NUMBER))).stream()
                    .map(Question::name).toList(), fact);
        }
        for (String fact : PermitCheckService.ZONE_FACTS) {
            assertTrue(PermitQuestions.derive(List.of(input(fact, Type.NUMBER))).isEmpty(), fact);
        }
    }

    @Test
    void otherKindsOfInputs() {
        List<Question> q = PermitQuestions.derive(List.of(input("distanceToRoofEdge", Type.NUMBER),
                input("listed", Type.BOOLEAN), input("note", Type.STRING), input("when", Type.OTHER)));
        assertEquals(List.of("distanceToRoofEdge", "listed", "note"), q.stream().map(Question::name).toList(),
                "an input the portal cannot ask is left out: the rules then cannot decide, never guess");
        assertTrue(q.get(0).zeroAllowed(), "a distance may be 0");
        assertEquals(new BigDecimal("1000"), q.get(0).max());
        assertEquals(Question.Kind.YES_NO, q.get(1).kind());
        assertEquals(Question.Kind.TEXT, q.get(2).kind(), "text without values to choose from");
    }
}
