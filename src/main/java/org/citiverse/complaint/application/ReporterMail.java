package org.citiverse.complaint.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.identity.application.ProfileService;
import org.citiverse.shared.application.Mail;

/**
 * Tells residents by e-mail, when their profile has an address, and visitors who left an address
 * with their report: the tracking number of a report they made, and each answer of the city to a
 * report they made or follow. Sent once the change is committed, off the
 * request's thread, so a slow mail server never holds up a report; the mail names no other person.
 */
@ApplicationScoped
public class ReporterMail {

    private static final Logger LOG = Logger.getLogger(ReporterMail.class.getName());

    @Inject
    ProfileService profiles;

    @Inject
    Mail mail;

    @Resource
    ManagedExecutorService senders;

    void filed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestEvents.Filed filed) {
        send(filed.reporter(), "complaint.mail.filed.subject", "complaint.mail.filed.body", filed.id());
        sendToVisitor(filed.visitor(), "complaint.mail.filed.subject", "complaint.mail.filed.visitorBody", filed.id());
    }

    void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) RequestEvents.Answered answered) {
        String body = answered.publicNote() == null ? "complaint.mail.answered.body"
                : "complaint.mail.answered.bodyWithNote";
        for (String recipient : answered.recipients()) {
            send(recipient, "complaint.mail.answered.subject", body, answered.id(), answered.status(),
                    answered.publicNote());
        }
        sendToVisitor(answered.visitor(), "complaint.mail.answered.subject", body + "Visitor", answered.id(),
                answered.status(), answered.publicNote());
    }

    /** To a resident with an address in their profile, in their language. */
    private void send(String reporter, String subjectKey, String bodyKey, long id, String... more) {
        if (reporter == null) {
            return;
        }
        deliver(() -> profiles.find(reporter).filter(p -> p.email() != null && !p.email().isBlank())
                .map(p -> new RequestEvents.Visitor(p.email(), p.preferredLanguage())), subjectKey, bodyKey, id, more);
    }

    /** To a visitor who left an address with their report (they have no profile, no "My reports"). */
    private void sendToVisitor(RequestEvents.Visitor visitor, String subjectKey, String bodyKey, long id,
                               String... more) {
        if (visitor != null) {
            deliver(() -> Optional.of(visitor), subjectKey, bodyKey, id, more);
        }
    }

    private void deliver(java.util.function.Supplier<Optional<RequestEvents.Visitor>> recipient, String subjectKey,
                         String bodyKey, long id, String... more) {
        senders.execute(() -> {
            try {
                Optional<RequestEvents.Visitor> to = recipient.get();
                if (to.isEmpty()) {
                    return;
                }
                Locale language = Locale.forLanguageTag(to.get().language());
                Object[] arguments = new Object[more.length + 1];
                arguments[0] = String.valueOf(id);
                for (int i = 0; i < more.length; i++) {
                    arguments[i + 1] = i == 0 && more[i] != null ? Mail.text(language, "complaint.status." + more[i])
                            : more[i];
                }
                mail.send(to.get().email(), Mail.text(language, subjectKey, arguments),
                        Mail.text(language, bodyKey, arguments));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The e-mail about report {0} could not be sent: {1}",
                        new Object[] {id, e.getClass().getSimpleName()});
            }
        });
    }
}
