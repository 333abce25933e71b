package org.citiverse.permit.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a permit check, derived from an input of the rule set in force.
 *
 * @param name        the answer's name, as the rules (or, for {@code width} and {@code depth}, the city
 *                    model's footprint) take it; also the key of its texts (permit.question.&lt;name&gt;.…)
 * @param kind        how it is asked
 * @param choices     the values to choose from (CHOICE only), in the model's order
 * @param description the model's own description, for a fallback help text; may be null
 * @param max         the largest number accepted (NUMBER only)
 * @param zeroAllowed whether 0 is an answer (a distance may be 0; a height or width may not)
 */
public record Question(String name, Kind kind, List<String> choices, String description, BigDecimal max,
                       boolean zeroAllowed) {

    /** How a question is asked. */
    public enum Kind {
        /** A decimal number (metres, m², …). */
        NUMBER,
        /** One of a few values (radios). */
        CHOICE,
        /** Yes or no. */
        YES_NO,
        /** A short text (a text input whose model names no values). */
        TEXT
    }

    public Question {
        choices = List.copyOf(choices);
    }
}
