package org.citiverse.identity.application;

import java.time.Instant;

/**
 * A profile as the citizen sees it: everything CitiVerse holds about them in this context.
 *
 * @param version what an edit was based on, so a change made elsewhere meanwhile is not overwritten
 */
public record ProfileDetails(String subject, String displayName, String preferredLanguage, String email,
                             Instant createdAt, Instant updatedAt, int version) {
}
