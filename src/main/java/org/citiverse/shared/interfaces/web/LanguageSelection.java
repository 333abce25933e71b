package org.citiverse.shared.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The portal language of this visit: first from the browser's preferences, then from the
 * language links or the citizen's saved preference. Drives {@code lang} and {@code dir}.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A language the portal is translated into, named in that language. */
    public record Language(String tag, String nativeName) {
    }

    public static final List<Language> AVAILABLE = List.of(
            new Language("en", "English"),
            new Language("nl", "Nederlands"));

    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "he", "fa", "ur");

    /** The portal's texts; faces-config.xml names the same bundle for pages ("msg"). */
    private static final String MESSAGES = "org.citiverse.i18n.messages";

    private Locale locale;

    /** Picks the first supported language from the browser's list, else English. */
    void initialise(List<Locale> preferred) {
        if (locale == null) {
            locale = preferred.stream().map(Locale::getLanguage).map(LanguageSelection::supported)
                    .flatMap(Optional::stream).findFirst().orElse(Locale.ENGLISH);
        }
    }

    /** Switches to a supported language; anything else is ignored. */
    public void select(String tag) {
        supported(tag).ifPresent(l -> locale = l);
    }

    static Optional<Locale> supported(String tag) {
        return find(tag).map(l -> Locale.forLanguageTag(l.tag()));
    }

    private static Optional<Language> find(String tag) {
        return AVAILABLE.stream().filter(l -> l.tag().equals(tag)).findFirst();
    }

    public Locale getLocale() {
        return locale == null ? Locale.ENGLISH : locale;
    }

    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public String getDirection() {
        return RIGHT_TO_LEFT.contains(getLocale().getLanguage()) ? "rtl" : "ltr";
    }

    public List<Language> getAvailable() {
        return AVAILABLE;
    }

    /** A supported language's own name ("Nederlands"), or the tag itself when unknown. */
    public String nameOf(String tag) {
        return find(tag).map(Language::nativeName).orElse(tag);
    }

    /** A portal text (org/citiverse/i18n/messages) in this visit's language, for beans that add messages. */
    public String text(String key) {
        return ResourceBundle.getBundle(MESSAGES, getLocale()).getString(key);
    }
}
