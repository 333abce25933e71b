package org.citiverse.identity.application;

import java.time.Instant;

/** A profile as the citizen sees it: everything CitiVerse holds about them in this context. */
public record ProfileDetails(String subject, String displayName, String preferredLanguage, String email,
                             Instant createdAt, Instant updatedAt) {
}
