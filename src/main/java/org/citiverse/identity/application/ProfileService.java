package org.citiverse.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.citiverse.identity.domain.CitizenProfile;
import org.citiverse.identity.domain.CitizenProfileRepository;

/** A citizen's own profile: created on first visit, shown and edited only by its owner. */
@ApplicationScoped
public class ProfileService {

    @Inject
    CitizenProfileRepository profiles;

    private final Clock clock = Clock.systemUTC();

    /** The caller's profile, created from what sign-in told us the first time it is asked for. */
    @Transactional
    public ProfileDetails profileOf(String subject, String signInName, String language) {
        CitizenProfile profile = profiles.findBySubject(subject).orElseGet(() -> {
            CitizenProfile created = new CitizenProfile(subject, signInName, language, clock.instant());
            profiles.add(created);
            return created;
        });
        return details(profile);
    }

    /**
     * Saves the caller's edit.
     *
     * @throws IllegalArgumentException when a value breaks the profile's rules
     */
    @Transactional
    public ProfileDetails update(String subject, String displayName, String language, String email) {
        CitizenProfile profile = profiles.findBySubject(subject)
                .orElseThrow(() -> new IllegalStateException("no profile for the signed-in subject"));
        profile.change(displayName, language, email, clock.instant());
        return details(profile);
    }

    private static ProfileDetails details(CitizenProfile p) {
        return new ProfileDetails(p.subject(), p.displayName(), p.preferredLanguage(), p.email(), p.createdAt(),
                p.updatedAt());
    }
}
