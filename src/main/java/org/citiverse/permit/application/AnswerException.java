package org.citiverse.permit.application;

import java.util.List;

/**
 * An answer to a permit question that cannot be taken; {@link #messageKey()} explains it in the
 * bundles (permit.answer.&lt;problem&gt;), its parameters after the question's label.
 */
public class AnswerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String question;
    private final String messageKey;
    private final transient List<Object> params;

    public AnswerException(String question, String problem, Object... params) {
        super(question + ": " + problem);
        this.question = question;
        this.messageKey = "permit.answer." + problem;
        this.params = List.of(params);
    }

    /** The question's name. */
    public String question() {
        return question;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's parameters after {0}, the question's label. */
    public List<Object> params() {
        return params;
    }
}
