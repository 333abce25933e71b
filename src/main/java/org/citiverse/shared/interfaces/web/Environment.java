package org.citiverse.shared.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which server configuration is active, so development-only hints never show in production. */
@Named("environment")
@ApplicationScoped
public class Environment {

    @Inject
    @ConfigProperty(name = "citiverse.environment", defaultValue = "production")
    String name;

    public boolean isDevelopment() {
        return "development".equals(name);
    }
}
