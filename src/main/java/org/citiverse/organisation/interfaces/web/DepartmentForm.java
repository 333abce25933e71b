package org.citiverse.organisation.interfaces.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.organisation.domain.DepartmentException;
import org.citiverse.shared.interfaces.web.PageMessages;

/** The fields adding and changing a department share (department-fields.xhtml), and how their errors show. */
abstract class DepartmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DepartmentService departments;

    @Inject
    PageMessages messages;

    private String nameEn;
    private String nameNl;
    private String group;

    /** The broken rule on the field it is about, so the error summary links there. */
    void refused(DepartmentException e) {
        String field = switch (e.reason()) {
            case CODE_INVALID, CODE_TAKEN -> "code";
            case GROUP_INVALID, GROUP_TAKEN -> "group";
            case NAME_INVALID -> "nameEn";
            default -> null;
        };
        messages.error(field, e.messageKey());
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
