package org.citiverse.device.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.device.application.ActuationService;
import org.citiverse.device.application.PendingCommands;
import org.citiverse.shared.infrastructure.persistence.Housekeeping;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code device.command.sweep.seconds}, commands past their expiry time out, so whoever asked
 * hears of it (CommandFinished) even when neither they nor the device look at the command again; and
 * waiting commands whose device came back without them being sent go out.
 */
@ApplicationScoped
public class CommandExpirySchedule {

    private static final Logger LOG = Logger.getLogger(CommandExpirySchedule.class.getName());

    @Inject
    Housekeeping housekeeping;

    @Inject
    ActuationService actuations;

    @Inject
    PendingCommands pending;

    @Inject
    @ConfigProperty(name = "device.command.sweep.seconds", defaultValue = "5")
    long intervalSeconds;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        housekeeping.every(intervalSeconds, "Command expiry", () -> {
            int expired = actuations.expireDue();
            pending.sendOverlooked(java.time.Instant.now());
            if (expired > 0) {
                LOG.log(Level.FINE, "{0} commands timed out", expired);
            }
        });
    }
}
