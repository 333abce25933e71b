package org.citiverse.shared.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Port: sends a person a short plain-text e-mail (the server's SMTP settings adapt it): a ring while
 * they were away, the number of a report they made, an answer to it.
 */
public interface Mail {

    /** Sends it; false when e-mail is not configured or the mail server refused it (logged, not thrown). */
    boolean send(String address, String subject, String text);

    /** A text of the portal's bundles in this language, its {0}… filled in. */
    static String text(Locale language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.citiverse.i18n.messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language).format(arguments);
    }
}
