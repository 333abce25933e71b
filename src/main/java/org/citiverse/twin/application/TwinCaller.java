package org.citiverse.twin.application;

import java.util.Set;

/**
 * Who asks, as the twin system sees them: their principals (user:, role:, household:,
 * department:) and whether they administer the whole city (role admin).
 */
public record TwinCaller(String subject, Set<String> principals, boolean cityAdministrator) {

    public TwinCaller {
        principals = Set.copyOf(principals);
    }

    public boolean hasRole(String role) {
        return principals.contains("role:" + role);
    }
}
