package org.citiverse.identity.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.citiverse.identity.application.ProfileDetails;
import org.citiverse.identity.application.ProfileService;
import org.citiverse.shared.interfaces.web.LanguageSelection;

/** "My details": everything CitiVerse holds about the citizen here, and the form to change it. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String MESSAGES = "org.citiverse.i18n.messages";

    @Inject
    ProfileService profiles;

    @Inject
    SignedInUser user;

    @Inject
    LanguageSelection language;

    private ProfileDetails details;
    private String displayName;
    private String preferredLanguage;
    private String email;

    @PostConstruct
    void load() {
        show(profiles.profileOf(user.getName(), user.getName(), language.getTag()));
    }

    /** Saves, then redirects (post-redirect-get), so the next page is wholly in the chosen language. */
    public String save() {
        show(profiles.update(user.getName(), displayName, preferredLanguage, email));
        language.select(preferredLanguage);
        FacesContext faces = FacesContext.getCurrentInstance();
        String saved = ResourceBundle.getBundle(MESSAGES, language.getLocale()).getString("profile.saved");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, saved, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/citizen/profile.xhtml?faces-redirect=true";
    }

    private void show(ProfileDetails profile) {
        details = profile;
        displayName = profile.displayName();
        preferredLanguage = profile.preferredLanguage();
        email = profile.email();
    }

    public List<LanguageSelection.Language> getLanguages() {
        return LanguageSelection.AVAILABLE;
    }

    public ProfileDetails getDetails() {
        return details;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
