package org.citiverse.organisation.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.organisation.application.DepartmentView;
import org.citiverse.organisation.domain.DepartmentException;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/** Admin: the departments, and adding one. */
@Named
@ViewScoped
public class DepartmentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DepartmentService departments;

    @Inject
    LanguageSelection language;

    private List<DepartmentView> all;
    private String code;
    private String nameEn;
    private String nameNl;
    private String group;

    @PostConstruct
    void load() {
        all = departments.all();
    }

    public String add() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            DepartmentView added = departments.create(code == null ? null : code.strip(), nameEn, nameNl, group);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    java.text.MessageFormat.format(language.text("department.added"), added.nameEn()), null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/departments.xhtml?faces-redirect=true";
        } catch (DepartmentException e) {
            faces.addMessage(DepartmentForm.fieldOf(e.reason()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    language.text("department.error." + e.reason().code()), null));
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

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }
}
