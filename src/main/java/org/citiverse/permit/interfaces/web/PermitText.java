package org.citiverse.permit.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citiverse.permit.application.CheckReport;
import org.citiverse.permit.application.Question;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/** The words of permit checks for pages ({@link PermitWording} in the person's language). */
@Named("permitText")
@RequestScoped
public class PermitText {

    @Inject
    LanguageSelection language;

    private PermitWording wording;

    PermitWording wording() {
        if (wording == null) {
            wording = new PermitWording(language.getLocale());
        }
        return wording;
    }

    public String activity(String code) {
        return wording().activity(code);
    }

    public String activityHelp(String code) {
        return wording().activityHelp(code);
    }

    public String label(String name) {
        return wording().label(name);
    }

    public String help(Question q) {
        return wording().help(q);
    }

    public String unit(String name) {
        return wording().unit(name);
    }

    public String choice(String name, String value) {
        return wording().choice(name, value);
    }

    public String outcome(String outcome) {
        return wording().outcome(outcome);
    }

    public String number(Object value) {
        return wording().number(value);
    }

    public String date(java.time.LocalDate date) {
        return wording().date(date);
    }

    /** The check as the result, printable page and PDF show it. */
    public CheckDocument document(CheckReport report) {
        return report == null ? null : CheckDocument.of(report, wording());
    }
}
