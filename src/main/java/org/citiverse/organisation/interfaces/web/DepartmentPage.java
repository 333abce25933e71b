package org.citiverse.organisation.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.citiverse.organisation.application.DepartmentView;
import org.citiverse.organisation.domain.DepartmentException;

/** Admin: one department's names, group and whether it is open. Its code never changes. */
@Named
@ViewScoped
public class DepartmentPage extends DepartmentForm {

    private static final long serialVersionUID = 1L;

    private String code;
    private DepartmentView department;
    private boolean active;

    /** View action: loads the department or answers 404. */
    public void load() {
        if (department != null) {
            return;
        }
        try {
            department = departments.byCode(code == null ? "" : code);
            setNameEn(department.nameEn());
            setNameNl(department.nameNl());
            setGroup(department.identityGroup());
            active = department.active();
        } catch (DepartmentException notThere) {
            messages.notFound();
        }
    }

    public String save() {
        try {
            DepartmentView saved = departments.change(department.code(), department.version(), getNameEn(),
                    getNameNl(), getGroup(), active);
            return messages.doneThenGo("/admin/departments.xhtml", "department.saved", saved.nameEn());
        } catch (DepartmentException e) {
            refused(e);
            return null;
        }
    }

    public DepartmentView getDepartment() {
        return department;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
