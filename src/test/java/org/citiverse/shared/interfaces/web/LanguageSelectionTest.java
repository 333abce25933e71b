package org.citiverse.shared.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageSelectionTest {

    @Test
    void takesTheFirstSupportedBrowserLanguage() {
        LanguageSelection selection = new LanguageSelection();
        selection.initialise(List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("nl-BE"), Locale.ENGLISH));
        assertEquals("nl", selection.getTag());
        assertEquals("ltr", selection.getDirection());
    }

    @Test
    void fallsBackToEnglish() {
        LanguageSelection selection = new LanguageSelection();
        selection.initialise(List.of(Locale.forLanguageTag("fr")));
        assertEquals("en", selection.getTag());
    }

    @Test
    void aLaterVisitKeepsTheChosenLanguage() {
        LanguageSelection selection = new LanguageSelection();
        selection.initialise(List.of(Locale.ENGLISH));
        selection.select("nl");
        selection.initialise(List.of(Locale.ENGLISH));
        assertEquals("nl", selection.getTag());
    }

    @Test
    void ignoresUnsupportedOrHostileLanguageTags() {
        LanguageSelection selection = new LanguageSelection();
        selection.initialise(List.of(Locale.ENGLISH));
        selection.select("xx");
        selection.select("\"><script>");
        selection.select(null);
        assertEquals("en", selection.getTag());
    }

    @Test
    void namesLanguagesInTheirOwnLanguage() {
        LanguageSelection selection = new LanguageSelection();
        assertEquals("Nederlands", selection.nameOf("nl"));
        assertEquals("English", selection.nameOf("en"));
        assertEquals("xx", selection.nameOf("xx"));
    }

    @Test
    void textsFollowTheSelectedLanguage() {
        LanguageSelection selection = new LanguageSelection();
        selection.initialise(List.of(Locale.ENGLISH));
        assertEquals("Your details have been saved.", selection.text("profile.saved"));
        selection.select("nl");
        assertEquals("Uw gegevens zijn opgeslagen.", selection.text("profile.saved"));
    }
}
