package org.citiverse.organisation.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.organisation.application.DepartmentView;
import org.citiverse.organisation.domain.DepartmentException;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/** Admin: one department's names, group and whether it is open. Its code never changes. */
@Named
@ViewScoped
public class DepartmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DepartmentService departments;

    @Inject
    LanguageSelection language;

    private String code;
    private DepartmentView department;
    private String nameEn;
    private String nameNl;
    private String group;
    private boolean active;

    /** View action: loads the department or answers 404. */
    public void load() {
        if (department != null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            department = departments.byCode(code == null ? "" : code);
            nameEn = department.nameEn();
            nameNl = department.nameNl();
            group = department.identityGroup();
            active = department.active();
        } catch (DepartmentException notThere) {
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            DepartmentView saved = departments.change(department.code(), department.version(), nameEn, nameNl, group,
                    active);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    java.text.MessageFormat.format(language.text("department.saved"), saved.nameEn()), null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/departments.xhtml?faces-redirect=true";
        } catch (DepartmentException e) {
            faces.addMessage(DepartmentForm.fieldOf(e.reason()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    language.text("department.error." + e.reason().code()), null));
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
