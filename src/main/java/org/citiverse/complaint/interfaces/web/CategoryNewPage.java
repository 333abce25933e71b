package org.citiverse.complaint.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.citiverse.complaint.application.CategorySettings;
import org.citiverse.complaint.domain.ComplaintException;

/**
 * City administrators: a new kind of problem. It starts without questions and, unless ticked, not
 * offered, so its questions can be added on its own page before residents see it.
 */
@Named("categoryNewPage")
@ViewScoped
public class CategoryNewPage extends CategoryForm {

    private static final long serialVersionUID = 1L;

    private String code;

    public CategoryNewPage() {
        setAnonymousAllowed(true);
    }

    public String add() {
        try {
            CategorySettings created = catalogue.create(code == null ? null : code.strip(), details());
            return messages.doneThenGo("/admin/category.xhtml?code=" + created.code(), "categories.created",
                    created.nameEn());
        } catch (ComplaintException e) {
            refused(e);
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
