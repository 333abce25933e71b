package org.citiverse.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.identity.domain.CitizenProfile;
import org.citiverse.identity.domain.CitizenProfileRepository;

/** A citizen's own profile: created on first visit, shown and edited only by its owner. */
@ApplicationScoped
public class ProfileService {

    @Inject
    CitizenProfileRepository profiles;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * The caller's profile, created from what sign-in told us the first time it is asked for.
     * Two first requests at once (two tabs) race on the unique subject: the loser's transaction
     * rolls back and the caller asks again, finding the winner's row.
     */
    @Transactional
    public ProfileDetails profileOf(String subject, String signInName, String language) {
        CitizenProfile profile = profiles.findBySubject(subject).orElseGet(() -> {
            CitizenProfile created = new CitizenProfile(subject, initialName(signInName), language, clock.instant());
            profiles.add(created);
            return created;
        });
        return details(profile);
    }

    /**
     * Someone's profile, if they have one: for the platform to reach them as they asked (an e-mail
     * when the doorbell rings), never shown to others.
     */
    @Transactional
    public java.util.Optional<ProfileDetails> find(String subject) {
        return profiles.findBySubject(subject).map(ProfileService::details);
    }

    /**
     * The names people chose, for showing them to the people they share something with (a
     * household). Someone without a profile yet is missing from the map.
     */
    @Transactional
    public Map<String, String> displayNames(Collection<String> subjects) {
        Map<String, String> names = new HashMap<>();
        for (CitizenProfile p : profiles.findBySubjects(subjects)) {
            names.put(p.subject(), p.displayName());
        }
        return names;
    }

    /** A sign-in name may be longer than a display name may be; the citizen can change it. */
    static String initialName(String signInName) {
        String name = signInName == null || signInName.isBlank() ? "?" : signInName.strip();
        return name.length() <= CitizenProfile.MAX_DISPLAY_NAME ? name
                : name.substring(0, CitizenProfile.MAX_DISPLAY_NAME);
    }

    /**
     * Saves the caller's edit.
     *
     * @throws IllegalArgumentException when a value breaks the profile's rules
     * @throws ConcurrentChangeException when the profile changed since {@code basedOnVersion}
     */
    @Transactional
    public ProfileDetails update(String subject, int basedOnVersion, String displayName, String language,
                                 String email) {
        CitizenProfile profile = profiles.findBySubject(subject)
                .orElseThrow(() -> new IllegalStateException("no profile for the signed-in subject"));
        if (profile.version() != basedOnVersion) {
            throw new ConcurrentChangeException();
        }
        profile.change(displayName, language, email, clock.instant());
        // Never the values: the audit log is not a copy of personal data.
        audit.record("identity.profile-changed", "person", subject, null);
        return details(profile);
    }

    private static ProfileDetails details(CitizenProfile p) {
        return new ProfileDetails(p.subject(), p.displayName(), p.preferredLanguage(), p.email(), p.createdAt(),
                p.updatedAt(), p.version());
    }
}
