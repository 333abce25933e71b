package org.citiverse.twin.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import org.citiverse.household.application.HouseholdService;
import org.citiverse.identity.application.IdentityProvider;
import org.citiverse.organisation.application.DepartmentService;
import org.citiverse.shared.domain.Roles;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinCallers;

/**
 * The caller of the current HTTP request with every principal a grant can name: the person, their
 * roles, their households and their departments.
 */
@ApplicationScoped
public class RequestTwinCallers implements TwinCallers {

    @Inject
    HttpServletRequest request;

    @Inject
    HouseholdService households;

    @Inject
    DepartmentService departments;

    @Inject
    IdentityProvider identityProvider;

    @Override
    public TwinCaller current() {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return new TwinCaller("anonymous", Set.of(), false);
        }
        String subject = principal.getName();
        Set<String> principals = new HashSet<>();
        principals.add("user:" + subject);
        Roles.ALL.stream().filter(request::isUserInRole).forEach(r -> principals.add("role:" + r));
        if (request.isUserInRole("citizen")) {
            households.householdIdsOf(subject).forEach(id -> principals.add("household:" + id));
        }
        if (request.isUserInRole("staff") || request.isUserInRole("admin")) {
            departments.ofGroups(identityProvider.currentClaims().departments())
                    .forEach(d -> principals.add("department:" + d.code()));
        }
        return new TwinCaller(subject, principals, request.isUserInRole("admin"));
    }
}
