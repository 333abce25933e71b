package org.citiverse.complaint.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.citiverse.complaint.application.CaseworkService;
import org.citiverse.identity.application.IdentityProvider;
import org.citiverse.identity.application.SignInClaims;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.organisation.application.DepartmentView;

/**
 * Tells casework that the signed-in staff member opened the back office, with the name and
 * departments the identity provider gave them, so colleagues can give them requests.
 */
@RequestScoped
public class StaffAtWork {

    @Inject
    IdentityProvider identityProvider;

    @Inject
    DepartmentService departments;

    @Inject
    CaseworkService casework;

    private boolean recorded;

    public void record() {
        if (!recorded) {
            SignInClaims claims = identityProvider.currentClaims();
            casework.seen(claims.name(), departments.ofGroups(claims.departments()).stream()
                    .map(DepartmentView::code).toList());
            recorded = true;
        }
    }
}
