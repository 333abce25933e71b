package org.citiverse.organisation.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.citiverse.organisation.application.DepartmentView;
import org.citiverse.organisation.domain.DepartmentException;

/** Admin: the departments, and adding one. */
@Named
@ViewScoped
public class DepartmentsPage extends DepartmentForm {

    private static final long serialVersionUID = 1L;

    private List<DepartmentView> all;
    private String code;

    @PostConstruct
    void load() {
        all = departments.all();
    }

    public String add() {
        try {
            DepartmentView added = departments.create(code == null ? null : code.strip(), getNameEn(), getNameNl(),
                    getGroup());
            return messages.doneThenGo("/admin/departments.xhtml", "department.added", added.nameEn());
        } catch (DepartmentException e) {
            refused(e);
            return null;
        }
    }

    public List<DepartmentView> getAll() {
        return all;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
