package org.citiverse.household.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A household as one of its members sees it. Pending invitations are shown to the owner only.
 *
 * @param youOwnIt whether the person asking is the owner
 */
public record HouseholdView(UUID id, String name, boolean youOwnIt, List<Member> members,
                            List<PendingInvitation> invitations) {

    /** A member, by the name they chose; {@code you} marks the person asking. */
    public record Member(String subject, String displayName, boolean owner, boolean you, Instant joinedAt) {
    }

    /** An invitation not yet answered; {@code expired} ones can only be withdrawn. */
    public record PendingInvitation(UUID id, String note, Instant expiresAt, boolean expired) {
    }
}
