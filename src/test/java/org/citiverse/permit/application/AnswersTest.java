package org.citiverse.permit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading answers: numbers as Dutch and English write them, within limits; choices; yes/no; text. */
class AnswersTest {

    private static final Question HEIGHT = new Question("height", Question.Kind.NUMBER, List.of(), null,
            new BigDecimal("50"), false);
    private static final Question DISTANCE = new Question("distanceToRoofEdge", Question.Kind.NUMBER, List.of(), null,
            new BigDecimal("1000"), true);
    private static final Question LOCATION = new Question("location", Question.Kind.CHOICE,
            List.of("front", "side", "rear"), null, null, false);

    private static String problem(Question q, String typed) {
        return assertThrows(AnswerException.class, () -> Answers.read(q, typed)).messageKey();
    }

    @Test
    void numbersWithADecimalPointOrCommaAndWithin() {
        assertEquals(new BigDecimal("1.8"), Answers.read(HEIGHT, "1.8"));
        assertEquals(new BigDecimal("1.8"), Answers.read(HEIGHT, " 1,8 "), "the Dutch decimal comma");
        assertEquals(new BigDecimal("0.5"), Answers.read(HEIGHT, ",5"));
        assertEquals(new BigDecimal("2"), Answers.read(HEIGHT, "2"));
        assertEquals(new BigDecimal("50"), Answers.read(HEIGHT, "50"), "the maximum itself");
        assertEquals(BigDecimal.ZERO, Answers.read(DISTANCE, "0"), "a distance may be 0");
    }

    @Test
    void badNumbersSayWhatIsWrong() {
        assertEquals("permit.answer.required", problem(HEIGHT, "  "));
        assertEquals("permit.answer.required", problem(HEIGHT, null));
        assertEquals("permit.answer.number", problem(HEIGHT, "tall"));
        assertEquals("permit.answer.number", problem(HEIGHT, "1.000,5"), "thousands separators are ambiguous");
        assertEquals("permit.answer.number", problem(HEIGHT, "1e3"));
        assertEquals("permit.answer.positive", problem(HEIGHT, "0"));
        assertEquals("permit.answer.positive", problem(HEIGHT, "-1"));
        assertEquals("permit.answer.not-negative", problem(DISTANCE, "-0,2"));
        AnswerException tooHigh = assertThrows(AnswerException.class, () -> Answers.read(HEIGHT, "50.01"));
        assertEquals("permit.answer.too-large", tooHigh.messageKey());
        assertEquals(List.of("50"), tooHigh.params());
        assertEquals("height", tooHigh.question());
        assertEquals("permit.answer.number", problem(HEIGHT, "9".repeat(30)));
    }

    @Test
    void choicesYesNoAndText() {
        assertEquals("rear", Answers.read(LOCATION, "rear"));
        assertEquals("permit.answer.choose", problem(LOCATION, "roof"));
        assertEquals("permit.answer.choose", problem(LOCATION, ""));
        Question listed = new Question("listed", Question.Kind.YES_NO, List.of(), null, null, false);
        assertEquals(Boolean.TRUE, Answers.read(listed, "true"));
        assertEquals(Boolean.FALSE, Answers.read(listed, "false"));
        assertEquals("permit.answer.choose", problem(listed, "maybe"));
        Question note = new Question("note", Question.Kind.TEXT, List.of(), null, null, false);
        assertEquals("brick", Answers.read(note, "brick"));
        assertEquals("permit.answer.too-long", problem(note, "x".repeat(201)));
    }

    @Test
    void anAnswerWrittenIntoALinkReadsBackTheSame() {
        for (String typed : List.of("1,75", "0.5", "3", "12.25")) {
            Object answer = Answers.read(HEIGHT, typed);
            assertEquals(answer, Answers.read(HEIGHT, Answers.written(answer)));
        }
        assertEquals("1.75", Answers.written(new BigDecimal("1.750")));
    }
}
