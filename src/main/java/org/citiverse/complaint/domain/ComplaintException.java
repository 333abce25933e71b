package org.citiverse.complaint.domain;

import org.citiverse.shared.domain.RuleViolation;

/**
 * A complaint rule was broken. The reason has a message in the bundles
 * ({@code complaint.error.<reason>}); {@link #field()} names the input it is about, so the API and
 * the portal can point at it.
 */
public class ComplaintException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        CATEGORY_UNKNOWN,
        CATEGORY_NOT_ANONYMOUS,
        LOCATION_MISSING,
        LOCATION_INVALID,
        LOCATION_OUTSIDE_CITY,
        ADDRESS_INVALID,
        DESCRIPTION_INVALID,
        ATTRIBUTE_MISSING,
        ATTRIBUTE_INVALID,
        ATTRIBUTE_UNKNOWN,
        CONTACT_INVALID,
        MEDIA_URL_INVALID,
        NOTE_INVALID,
        STATUS_INVALID,
        NOT_FOUND,
        CHANGED_ELSEWHERE,
        KEY_NAME_INVALID,
        PHOTO_TOO_MANY,
        PHOTO_EMPTY,
        PHOTO_TOO_LARGE,
        PHOTO_NOT_AN_IMAGE,
        PHOTO_TOO_MANY_PIXELS,
        PHOTO_UNREADABLE,
        CATEGORY_NAME_INVALID,
        SERVICE_LEVEL_INVALID,
        TEMPLATE_INVALID,
        ASSIGNEE_INVALID,
        PRIORITY_INVALID,
        FILTER_INVALID,
        ADDRESS_UNKNOWN,
        CATEGORY_NOT_FOUND,
        CATEGORY_CHANGED_ELSEWHERE,
        CATEGORY_CODE_INVALID,
        CATEGORY_CODE_TAKEN,
        CATEGORY_DESCRIPTION_INVALID,
        CATEGORY_GROUP_INVALID,
        KEYWORDS_INVALID,
        DEPARTMENT_UNKNOWN,
        QUESTION_NOT_FOUND,
        QUESTION_CODE_INVALID,
        QUESTION_CODE_TAKEN,
        QUESTION_DATATYPE_INVALID,
        QUESTION_DESCRIPTION_INVALID,
        QUESTION_VALUES_INVALID,
        QUESTION_VALUE_KEY_INVALID,
        QUESTION_VALUE_KEY_TAKEN,
        QUESTION_VALUE_NAME_INVALID,
        QUESTIONS_TOO_MANY,
        QUESTION_CANNOT_MOVE
    }

    private final Reason reason;
    private final String field;

    public ComplaintException(Reason reason, String field) {
        super("complaint", reason);
        this.reason = reason;
        this.field = field;
    }

    public ComplaintException(Reason reason) {
        this(reason, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The input it is about (an Open311 field name or an attribute code), or null. */
    public String field() {
        return field;
    }
}
