package org.citiverse.household.application;

import java.time.Instant;

/** What the person holding a code sees before answering: whose home, until when. */
public record InvitationPreview(String householdName, String invitedBy, Instant expiresAt) {
}
