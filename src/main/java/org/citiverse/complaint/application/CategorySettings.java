package org.citiverse.complaint.application;

import java.util.List;

/**
 * A category as administrators manage it, in both languages: names, descriptions, group, keywords,
 * routing, service level, whether it is offered, its questions, and the version a change is based on.
 */
public record CategorySettings(String code, String nameEn, String nameNl, String descriptionEn, String descriptionNl,
                               String groupEn, String groupNl, List<String> keywords, String department,
                               int dueDays, boolean anonymousAllowed, boolean active, List<Question> questions,
                               int version) {

    /** An extra question (Open311 attribute) in both languages; {@code order} counts from 1. */
    public record Question(String code, String datatype, boolean required, int order, String descriptionEn,
                           String descriptionNl, List<Choice> values) {

        public String description(String language) {
            return "nl".equals(language) ? descriptionNl : descriptionEn;
        }

        /** Whether it is answered from its values (not a bean property: JSON shows the datatype only). */
        public boolean offersChoices() {
            return "singlevaluelist".equals(datatype) || "multivaluelist".equals(datatype);
        }
    }

    /** An allowed answer of a list question. */
    public record Choice(String key, String nameEn, String nameNl) {
    }

    public String name(String language) {
        return "nl".equals(language) ? nameNl : nameEn;
    }

    public java.util.Optional<Question> question(String questionCode) {
        return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }
}
