package org.citiverse.organisation.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.citiverse.identity.application.IdentityProvider;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/** The departments the signed-in staff member works in, from their identity-provider groups. */
@Named
@RequestScoped
public class MyDepartments {

    @Inject
    IdentityProvider identityProvider;

    @Inject
    DepartmentService departments;

    @Inject
    LanguageSelection language;

    private List<String> names;

    /** Their names in the portal's language, or none when the groups match no open department. */
    public List<String> getNames() {
        if (names == null) {
            names = departments.ofGroups(identityProvider.currentClaims().departments()).stream()
                    .map(d -> d.name(language.getTag())).toList();
        }
        return names;
    }

    /** The names as one phrase for a sentence. */
    public String getList() {
        return String.join(", ", getNames());
    }
}
