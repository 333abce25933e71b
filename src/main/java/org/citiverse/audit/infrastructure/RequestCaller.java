package org.citiverse.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.citiverse.audit.application.Caller;

/** The caller from the current HTTP request; "system" for work without one (message listeners, timers). */
@ApplicationScoped
public class RequestCaller implements Caller {

    static final String SYSTEM = "system";

    @Inject
    Instance<HttpServletRequest> request;

    @Override
    public String subject() {
        try {
            Principal principal = request.get().getUserPrincipal();
            return principal == null ? "anonymous" : principal.getName();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return SYSTEM;
        }
    }

    @Override
    public String origin() {
        try {
            return request.get().getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }
}
