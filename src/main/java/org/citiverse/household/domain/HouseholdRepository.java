package org.citiverse.household.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Households and their invitations. */
public interface HouseholdRepository {

    void add(Household household);

    Optional<Household> find(UUID id);

    /** The households the person belongs to, oldest first. */
    List<Household> withMember(String subject);

    void add(Invitation invitation);

    Optional<Invitation> invitationByCode(String code);

    Optional<Invitation> invitation(UUID id);

    /** Pending invitations of a household (expired ones included), oldest first. */
    List<Invitation> pendingInvitations(UUID householdId);
}
