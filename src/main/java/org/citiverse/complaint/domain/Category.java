package org.citiverse.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A kind of problem people report (an Open311 "service"): its names, the group it is listed under,
 * the department new requests go to, its extra questions, whether it may be reported anonymously
 * and its service level (days until due).
 */
@Entity
@Table(name = "complaint_category")
public class Category {

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

    /**
     * An administrator's change: names, the department new requests go to, the service level in
     * days (1 to 365), whether anonymous reports are taken, and whether it is offered at all.
     */
    public void change(String newNameEn, String newNameNl, String department, int days, boolean anonymous,
                       boolean offered) {
        String en = org.citiverse.shared.domain.PlainText.clean(newNameEn, 80);
        String nl = org.citiverse.shared.domain.PlainText.clean(newNameNl, 80);
        if (en == null || nl == null) {
            throw new ComplaintException(ComplaintException.Reason.CATEGORY_NAME_INVALID, "nameEn");
        }
        if (days < 1 || days > 365) {
            throw new ComplaintException(ComplaintException.Reason.SERVICE_LEVEL_INVALID, "dueDays");
        }
        this.nameEn = en;
        this.nameNl = nl;
        this.departmentCode = department;
        this.dueDays = days;
        this.anonymousAllowed = anonymous;
        this.active = offered;
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
