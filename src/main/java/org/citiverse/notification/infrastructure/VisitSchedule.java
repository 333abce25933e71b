package org.citiverse.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.notification.application.GuestNotifications;
import org.citiverse.shared.infrastructure.persistence.Housekeeping;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code notification.sweep.seconds}, rings nobody answered in time expire (so open pages drop
 * them) and visitors' pictures past their retention are deleted.
 */
@ApplicationScoped
public class VisitSchedule {

    private static final Logger LOG = Logger.getLogger(VisitSchedule.class.getName());

    @Inject
    Housekeeping housekeeping;

    @Inject
    GuestNotifications notifications;

    @Inject
    @ConfigProperty(name = "notification.sweep.seconds", defaultValue = "5")
    long intervalSeconds;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        housekeeping.every(intervalSeconds, "Guest visit expiry", () -> {
            int expired = notifications.expireDue();
            int deleted = notifications.purgeSnapshots();
            if (expired + deleted > 0) {
                LOG.log(Level.FINE, "{0} rings expired, {1} pictures deleted", new Object[] {expired, deleted});
            }
        });
    }
}
