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

    /**
     * The platform itself, acting for someone after its own checks (a household claiming a device
     * with its code): every twin rule applies, but no grant limits it.
     */
    public static TwinCaller platform(String onBehalfOf) {
        return new TwinCaller(onBehalfOf, Set.of(), true);
    }

    public boolean hasRole(String role) {
        return principals.contains("role:" + role);
    }
}
