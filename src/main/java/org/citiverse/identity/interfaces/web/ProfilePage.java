package org.citiverse.identity.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.citiverse.identity.application.ConcurrentChangeException;
import org.citiverse.identity.application.ProfileDetails;
import org.citiverse.identity.application.ProfileService;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.PageMessages;

/** "My details": everything CitiVerse holds about the citizen here, and the form to change it. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProfileService profiles;

    @Inject
    SignedInUser user;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    private ProfileDetails details;
    private String displayName;
    private String preferredLanguage;
    private String email;

    @PostConstruct
    void load() {
        show(user.profile());
    }

    /** Saves, then redirects (post-redirect-get), so the next page is wholly in the chosen language. */
    public String save() {
        try {
            show(profiles.update(user.getName(), details.version(), displayName, preferredLanguage, email));
        } catch (ConcurrentChangeException e) {
            // Keep what the citizen typed, show what is saved now, and let them decide.
            details = user.profile();
            messages.error("displayName", "profile.changedElsewhere");
            return null;
        }
        user.renamed(details.displayName());
        language.select(preferredLanguage);
        return messages.doneThenGo("/citizen/profile.xhtml", "profile.saved");
    }

    private void show(ProfileDetails profile) {
        details = profile;
        displayName = profile.displayName();
        preferredLanguage = profile.preferredLanguage();
        email = profile.email();
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
