package org.citiverse.permit.domain;

import java.util.List;

/**
 * One input a rule set's decision needs, as its model declares it: the questions of a check are
 * derived from these.
 *
 * @param name          the input's variable name (the key of the answer, e.g. {@code height})
 * @param type          the kind of value the model takes
 * @param allowedValues for text inputs, the values the model knows (its allowed values, or the
 *                      text literals its decision table tests); empty when any text goes
 * @param description   the model's own description of the input (staff's words, one language); may be null
 */
public record RuleInput(String name, Type type, List<String> allowedValues, String description) {

    /** The DMN types a check can answer. */
    public enum Type {
        NUMBER,
        STRING,
        BOOLEAN,
        /** Any other type: the portal cannot ask for it, so such a rule set cannot be decided online. */
        OTHER
    }

    public RuleInput {
        allowedValues = List.copyOf(allowedValues);
    }
}
