package org.citiverse.complaint.application;

import java.util.UUID;

/** A response template: its title, its text in both languages and the status it goes with (or null). */
public record TemplateView(UUID id, String title, String textEn, String textNl, String status) {

    public String text(String language) {
        return "nl".equals(language) ? textNl : textEn;
    }
}
