package org.citiverse.household.application;

import java.time.Instant;
import java.util.UUID;

/** An invitation just made: its code is shown to the owner this once. */
public record NewInvitation(UUID id, String code, Instant expiresAt) {
}
