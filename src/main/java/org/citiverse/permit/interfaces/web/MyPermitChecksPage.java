package org.citiverse.permit.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.citiverse.permit.application.CheckReport;
import org.citiverse.permit.application.SavedChecks;
import org.citiverse.shared.interfaces.web.CurrentSubject;

/** "My permit checks": the checks the citizen kept, newest first, each to open, print or delete. */
@Named("myPermitChecksPage")
@RequestScoped
public class MyPermitChecksPage {

    @Inject
    SavedChecks saved;

    @Inject
    CurrentSubject subject;

    private List<CheckReport> checks;

    public List<CheckReport> getChecks() {
        if (checks == null) {
            checks = saved.of(subject.get());
        }
        return checks;
    }

    /** When a check was kept, in the city's time. */
    public java.time.LocalDate day(CheckReport check) {
        return check.checkedAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate();
    }
}
