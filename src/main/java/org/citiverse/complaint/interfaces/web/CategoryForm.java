package org.citiverse.complaint.interfaces.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.citiverse.complaint.application.CategoryCatalogue;
import org.citiverse.complaint.application.CategorySettings;
import org.citiverse.complaint.domain.CategoryDetails;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.organisation.application.DepartmentView;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * The settings adding and changing a kind of problem share (WEB-INF/templates/category-fields.xhtml),
 * and how a broken rule shows on its field.
 */
abstract class CategoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rules' field names that are also the ids of this form's inputs. */
    private static final Set<String> FIELDS = Set.of("code", "nameEn", "nameNl", "descriptionEn", "descriptionNl",
            "groupEn", "groupNl", "keywords", "department", "dueDays");

    @Inject
    CategoryCatalogue catalogue;

    @Inject
    DepartmentService departments;

    @Inject
    PageMessages messages;

    private String nameEn;
    private String nameNl;
    private String descriptionEn;
    private String descriptionNl;
    private String groupEn;
    private String groupNl;
    private String keywords;
    private String department;
    private String dueDays;
    private boolean anonymousAllowed;
    private boolean active;

    void fill(CategorySettings c) {
        nameEn = c.nameEn();
        nameNl = c.nameNl();
        descriptionEn = c.descriptionEn();
        descriptionNl = c.descriptionNl();
        groupEn = c.groupEn();
        groupNl = c.groupNl();
        keywords = String.join(", ", c.keywords());
        department = c.department();
        dueDays = String.valueOf(c.dueDays());
        anonymousAllowed = c.anonymousAllowed();
        active = c.active();
    }

    /** What was typed, checked; a service level that is no number breaks the same rule as one out of range. */
    CategoryDetails details() {
        int days;
        try {
            days = Integer.parseInt(dueDays == null ? "" : dueDays.strip());
        } catch (NumberFormatException e) {
            throw new ComplaintException(ComplaintException.Reason.SERVICE_LEVEL_INVALID, "dueDays");
        }
        return new CategoryDetails(nameEn, nameNl, descriptionEn, descriptionNl, groupEn, groupNl,
                CategoryDetails.keywords(keywords), department, days, anonymousAllowed, active);
    }

    /** The broken rule on the field it is about, so the error summary links there; else on the page. */
    void refused(ComplaintException e) {
        messages.error(e.field() != null && FIELDS.contains(e.field()) ? e.field() : null, e.messageKey());
    }

    public List<DepartmentView> getDepartments() {
        return departments.all().stream().filter(d -> d.active() || d.code().equals(department)).toList();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public void setDescriptionNl(String descriptionNl) {
        this.descriptionNl = descriptionNl;
    }

    public String getGroupEn() {
        return groupEn;
    }

    public void setGroupEn(String groupEn) {
        this.groupEn = groupEn;
    }

    public String getGroupNl() {
        return groupNl;
    }

    public void setGroupNl(String groupNl) {
        this.groupNl = groupNl;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getDueDays() {
        return dueDays;
    }

    public void setDueDays(String dueDays) {
        this.dueDays = dueDays;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public void setAnonymousAllowed(boolean anonymousAllowed) {
        this.anonymousAllowed = anonymousAllowed;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
