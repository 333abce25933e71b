package org.citiverse.permit.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.citiverse.permit.application.Question;
import org.junit.jupiter.api.Test;

/** The words of a check: from the bundles in each language, and readable where a rule set brings new names. */
class PermitWordingTest {

    private final PermitWording en = new PermitWording(Locale.ENGLISH);
    private final PermitWording nl = new PermitWording(Locale.forLanguageTag("nl"));

    @Test
    void theShippedInputsHaveTheirTextsInEveryLanguage() {
        for (PermitWording w : List.of(en, nl)) {
            String language = w == en ? "en" : "nl";
            for (String input : List.of("location", "height", "roofSide", "distanceToRoofEdge", "width", "depth")) {
                assertTrue(w.optional("permit.question." + input + ".label") != null, input + " in " + language);
                assertTrue(w.optional("permit.question." + input + ".help") != null, input + " in " + language);
            }
            for (String outcome : List.of("PERMIT_FREE", "PERMIT_REQUIRED", "NOT_ALLOWED", "UNDECIDED")) {
                assertTrue(w.optional("permit.outcome." + outcome) != null, outcome);
                assertTrue(w.optional("permit.next." + outcome) != null, outcome);
            }
        }
        assertEquals("Behind the house", en.choice("location", "rear"));
        assertEquals("Achter het huis", nl.choice("location", "rear"));
    }

    @Test
    void whatTheBundlesDoNotKnowReadsAsItsNameInWords() {
        assertEquals("Ridge height", en.label("ridgeHeight"));
        assertEquals("Swimming pool", nl.activity("swimming-pool"));
        assertEquals("Under ground", en.choice("placement", "under-ground"));
        assertEquals("Reason key new", en.reason("reason-key-new"));
        Question q = new Question("ridgeHeight", Question.Kind.NUMBER, List.of(), "From the ground to the ridge",
                BigDecimal.TEN, false);
        assertEquals("From the ground to the ridge", en.help(q), "the rule set's own description");
    }

    @Test
    void answersInTheLanguagesWay() {
        assertEquals("0,8 m", nl.answer("height", new BigDecimal("0.8")));
        assertEquals("0.8 m", en.answer("height", new BigDecimal("0.8")));
        assertEquals("Ja", nl.answer("listed", Boolean.TRUE));
        assertEquals("33,65 %", nl.factValue("coverageAfter", 33.65));
    }
}
