package org.citiverse.complaint.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.citiverse.complaint.application.CategorySettings;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.organisation.application.DepartmentView;
import org.citiverse.shared.domain.RuleViolation;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * City administrators: the kinds of problem residents report — their names, the department new
 * reports go to, the service level that sets their due date, whether anonymous reports are taken
 * and whether the kind is offered at all. Their questions are still set in the database.
 */
@Named("categoryPage")
@ViewScoped
public class CategoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintService complaints;

    @Inject
    DepartmentService departments;

    @Inject
    PageMessages messages;

    private String code;
    private CategorySettings loaded;
    private String nameEn;
    private String nameNl;
    private String department;
    private String dueDays;
    private boolean anonymousAllowed;
    private boolean active;

    public void load() {
        if (loaded != null) {
            return;
        }
        loaded = code == null ? null : complaints.categorySettings(code).orElse(null);
        if (loaded == null) {
            messages.notFound();
            return;
        }
        nameEn = loaded.nameEn();
        nameNl = loaded.nameNl();
        department = loaded.department();
        dueDays = String.valueOf(loaded.dueDays());
        anonymousAllowed = loaded.anonymousAllowed();
        active = loaded.active();
    }

    public String save() {
        int days;
        try {
            days = Integer.parseInt(dueDays == null ? "" : dueDays.strip());
        } catch (NumberFormatException e) {
            messages.error("dueDays", "complaint.error.service-level-invalid");
            return null;
        }
        try {
            complaints.changeCategory(code, loaded.version(), nameEn, nameNl, department, days, anonymousAllowed, active);
            return messages.doneThenGo("/admin/categories.xhtml", "categories.saved", nameEn);
        } catch (ComplaintException e) {
            messages.error(switch (e.reason()) {
                case CATEGORY_NAME_INVALID -> "nameEn";
                case SERVICE_LEVEL_INVALID -> "dueDays";
                default -> null;
            }, e.messageKey());
        } catch (RuleViolation e) {
            messages.error("department", "casework.route.department");
        }
        return null;
    }

    /** Every category, for the list page. */
    public List<CategorySettings> getAll() {
        return complaints.categorySettings();
    }

    public List<DepartmentView> getDepartments() {
        return departments.all().stream().filter(DepartmentView::active).toList();
    }

    public CategorySettings getLoaded() {
        return loaded;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
