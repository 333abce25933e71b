package org.citiverse.permit.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a check of an activity in a zone type asks: the questions of the rule set in force, or none
 * when no rule set covers them (the check then answers "we cannot decide this online").
 *
 * @param ruleSetId null when no rule set is in force
 */
public record Questionnaire(UUID ruleSetId, Integer ruleSetVersion, LocalDate effectiveFrom,
                            List<Question> questions) {

    public static final Questionnaire NOT_COVERED = new Questionnaire(null, null, null, List.of());

    public Questionnaire {
        questions = List.copyOf(questions);
    }
}
