package org.citiverse.complaint.application;

import java.util.List;

/**
 * A category in one language, with its questions (an Open311 service and its definition).
 *
 * @param dueDays the service level: days until a new request is due
 */
public record CategoryView(String code, String name, String description, String group, List<String> keywords,
                           String department, boolean anonymousAllowed, int dueDays, List<Question> questions) {

    /** An extra question: Open311 attribute. */
    public record Question(String code, String datatype, boolean required, int order, String description,
                           List<Choice> values) {
    }

    /** An allowed answer of a list question. */
    public record Choice(String key, String name) {
    }

    public boolean hasQuestions() {
        return !questions.isEmpty();
    }
}
