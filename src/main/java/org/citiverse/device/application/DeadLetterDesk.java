package org.citiverse.device.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.citiverse.audit.application.AuditLog;

/**
 * Staff handling of refused device messages: once the cause is fixed (the device registered, the
 * twin's properties corrected), a dead letter goes through the whole pipeline again — checks,
 * signature and all — and is refused again if the cause is still there.
 */
@ApplicationScoped
public class DeadLetterDesk {

    @Inject
    DeadLetters deadLetters;

    @Inject
    AuditLog audit;

    /** @return false when no dead letter has this id */
    @Transactional
    public boolean replay(String jmsMessageId) {
        boolean found = deadLetters.replay(jmsMessageId);
        if (found) {
            audit.record("device.dead-letter-replayed", "device-message", jmsMessageId, "back to the queue it came from");
        }
        return found;
    }
}
