package org.citiverse.shared.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** Every REST resource of every context lives under /api; /openapi describes them all. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "CitiVerse API", version = "0.1.0",
        description = "Digital twins, IoT devices and citizen services of the city.",
        license = @License(name = "Apache-2.0")))
public class RestApplication extends Application {
}
