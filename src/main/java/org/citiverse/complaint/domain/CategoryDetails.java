package org.citiverse.complaint.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citiverse.complaint.domain.ComplaintException.Reason;
import org.citiverse.shared.domain.PlainText;

/**
 * What an administrator sets on a kind of problem, apart from its code and its questions: names,
 * descriptions and group in both languages, the words people may search for, the department new
 * reports go to, the service level in days, whether anonymous reports are taken and whether it is
 * offered. Built from what was typed, it is cleaned and checked at once; a broken rule names its field.
 */
public record CategoryDetails(String nameEn, String nameNl, String descriptionEn, String descriptionNl,
                              String groupEn, String groupNl, List<String> keywords, String department,
                              int dueDays, boolean anonymousAllowed, boolean offered) {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 300;
    public static final int MAX_GROUP = 80;
    /** The keywords stored together (with commas between them): the column's size. */
    public static final int MAX_KEYWORDS = 300;
    public static final int MAX_KEYWORD = 40;

    public CategoryDetails {
        nameEn = required(nameEn, MAX_NAME, Reason.CATEGORY_NAME_INVALID, "nameEn");
        nameNl = required(nameNl, MAX_NAME, Reason.CATEGORY_NAME_INVALID, "nameNl");
        descriptionEn = required(descriptionEn, MAX_DESCRIPTION, Reason.CATEGORY_DESCRIPTION_INVALID, "descriptionEn");
        descriptionNl = required(descriptionNl, MAX_DESCRIPTION, Reason.CATEGORY_DESCRIPTION_INVALID, "descriptionNl");
        groupEn = required(groupEn, MAX_GROUP, Reason.CATEGORY_GROUP_INVALID, "groupEn");
        groupNl = required(groupNl, MAX_GROUP, Reason.CATEGORY_GROUP_INVALID, "groupNl");
        keywords = keywords(keywords);
        department = department == null ? "" : department.strip();
        if (department.isEmpty()) {
            throw new ComplaintException(Reason.DEPARTMENT_UNKNOWN, "department");
        }
        if (dueDays < 1 || dueDays > 365) {
            throw new ComplaintException(Reason.SERVICE_LEVEL_INVALID, "dueDays");
        }
    }

    /** The keywords as typed in one field, separated by commas. */
    public static List<String> keywords(String typed) {
        return typed == null ? List.of() : List.of(typed.split(",", -1));
    }

    /** The keywords as stored: one text, commas between them. */
    public String keywordText() {
        return String.join(",", keywords);
    }

    private static String required(String value, int max, Reason reason, String field) {
        String clean = PlainText.clean(value, max);
        if (clean == null) {
            throw new ComplaintException(reason, field);
        }
        return clean;
    }

    /**
     * Trimmed, blank ones left out, each once (whatever its case): a comma would split a keyword
     * in two when read back, so none holds one.
     */
    private static List<String> keywords(List<String> given) {
        List<String> kept = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String keyword : given == null ? List.<String>of() : given) {
            if (keyword == null || keyword.isBlank()) {
                continue;
            }
            String clean = PlainText.clean(keyword, MAX_KEYWORD);
            if (clean == null || clean.contains(",")) {
                throw new ComplaintException(Reason.KEYWORDS_INVALID, "keywords");
            }
            if (!seen.contains(clean.toLowerCase(Locale.ROOT))) {
                seen.add(clean.toLowerCase(Locale.ROOT));
                kept.add(clean);
            }
        }
        if (String.join(",", kept).length() > MAX_KEYWORDS) {
            throw new ComplaintException(Reason.KEYWORDS_INVALID, "keywords");
        }
        return List.copyOf(kept);
    }
}
