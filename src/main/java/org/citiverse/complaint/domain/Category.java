package org.citiverse.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.citiverse.complaint.domain.ComplaintException.Reason;

/**
 * A kind of problem people report (an Open311 "service"): its names, the group it is listed under,
 * the department new requests go to, its extra questions, whether it may be reported anonymously
 * and its service level (days until due). Administrators create kinds and change everything but
 * their code, which requests are filed under.
 */
@Entity
@Table(name = "complaint_category")
public class Category {

    public static final int MAX_QUESTIONS = 20;
    /** The size of the column the questions are kept in, as JSON. */
    public static final int MAX_ATTRIBUTES = 8000;
    /** Like the seeded ones and departments' codes: Open311 clients and the portal's addresses use it. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    @Column(name = "name_nl", nullable = false, length = 80)
    private String nameNl;

    @Column(name = "description_en", nullable = false, length = 300)
    private String descriptionEn;

    @Column(name = "description_nl", nullable = false, length = 300)
    private String descriptionNl;

    @Column(name = "group_en", nullable = false, length = 80)
    private String groupEn;

    @Column(name = "group_nl", nullable = false, length = 80)
    private String groupNl;

    @Column(name = "keywords", nullable = false, length = 300)
    private String keywords;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "attributes", nullable = false, length = 8000)
    private String attributes;

    @Column(name = "anonymous_allowed", nullable = false)
    private boolean anonymousAllowed;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    private int version;

    private transient List<CategoryAttribute> parsed;

    protected Category() {
        // for JPA
    }

    /** A new kind of problem: its permanent code (requests are filed under it) and what an administrator set. */
    public static Category create(String code, CategoryDetails details) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ComplaintException(Reason.CATEGORY_CODE_INVALID, "code");
        }
        Category category = new Category();
        category.code = code;
        category.attributes = "[]";
        category.change(details);
        return category;
    }

    /**
     * An administrator's change: names, descriptions, group, keywords, the department new requests
     * go to, the service level, whether anonymous reports are taken, and whether it is offered at
     * all. Requests filed before keep their department and due date.
     */
    public void change(CategoryDetails details) {
        this.nameEn = details.nameEn();
        this.nameNl = details.nameNl();
        this.descriptionEn = details.descriptionEn();
        this.descriptionNl = details.descriptionNl();
        this.groupEn = details.groupEn();
        this.groupNl = details.groupNl();
        this.keywords = details.keywordText();
        this.departmentCode = details.department();
        this.dueDays = details.dueDays();
        this.anonymousAllowed = details.anonymousAllowed();
        this.active = details.offered();
    }

    /** Adds a question after the others; its code is new among them. */
    public void addQuestion(CategoryAttribute question) {
        CategoryAttribute checked = question.checked();
        List<CategoryAttribute> all = new ArrayList<>(attributes());
        if (indexOf(checked.code()) >= 0) {
            throw new ComplaintException(Reason.QUESTION_CODE_TAKEN, "code");
        }
        if (all.size() >= MAX_QUESTIONS) {
            throw new ComplaintException(Reason.QUESTIONS_TOO_MANY);
        }
        all.add(checked);
        keep(all);
    }

    /**
     * Changes a question in its place. Its code stays: the answers requests gave are kept under it
     * and are never rewritten, so an answer given before reads as it was given.
     */
    public void changeQuestion(String questionCode, CategoryAttribute replacement) {
        int index = existing(questionCode);
        CategoryAttribute checked = replacement.checked();
        if (!checked.code().equals(questionCode)) {
            throw new ComplaintException(Reason.QUESTION_CODE_INVALID, "code");
        }
        List<CategoryAttribute> all = new ArrayList<>(attributes());
        all.set(index, checked);
        keep(all);
    }

    /** Removes a question: new reports no longer answer it; reports that did keep their answer. */
    public CategoryAttribute removeQuestion(String questionCode) {
        List<CategoryAttribute> all = new ArrayList<>(attributes());
        CategoryAttribute removed = all.remove(existing(questionCode));
        keep(all);
        return removed;
    }

    /** Moves a question one place up (towards the first) or down; the first cannot go up, the last not down. */
    public int moveQuestion(String questionCode, boolean up) {
        int index = existing(questionCode);
        int to = up ? index - 1 : index + 1;
        List<CategoryAttribute> all = new ArrayList<>(attributes());
        if (to < 0 || to >= all.size()) {
            throw new ComplaintException(Reason.QUESTION_CANNOT_MOVE, "question");
        }
        all.add(to, all.remove(index));
        keep(all);
        return to + 1;
    }

    private int existing(String questionCode) {
        int index = indexOf(questionCode);
        if (index < 0) {
            throw new ComplaintException(Reason.QUESTION_NOT_FOUND, "question");
        }
        return index;
    }

    private int indexOf(String questionCode) {
        List<CategoryAttribute> all = attributes();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).code().equals(questionCode)) {
                return i;
            }
        }
        return -1;
    }

    /** The questions in this order, numbered from 1, as the column keeps them (it holds 8,000 characters). */
    private void keep(List<CategoryAttribute> questions) {
        List<CategoryAttribute> numbered = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            numbered.add(questions.get(i).at(i + 1));
        }
        String json = CategoryAttribute.toJson(numbered);
        if (json.length() > MAX_ATTRIBUTES) {
            throw new ComplaintException(Reason.QUESTIONS_TOO_MANY);
        }
        this.attributes = json;
        this.parsed = List.copyOf(numbered);
    }

    public int version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String name(String language) {
        return "nl".equals(language) ? nameNl : nameEn;
    }

    public String description(String language) {
        return "nl".equals(language) ? descriptionNl : descriptionEn;
    }

    public String group(String language) {
        return "nl".equals(language) ? groupNl : groupEn;
    }


    public List<String> keywords() {
        return keywords.isBlank() ? List.of() : List.of(keywords.split(","));
    }

    public String departmentCode() {
        return departmentCode;
    }

    public List<CategoryAttribute> attributes() {
        if (parsed == null) {
            parsed = CategoryAttribute.parseAll(attributes);
        }
        return parsed;
    }

    public boolean anonymousAllowed() {
        return anonymousAllowed;
    }

    public Duration serviceLevel() {
        return Duration.ofDays(dueDays);
    }

    public boolean active() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Category c && Objects.equals(code, c.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
