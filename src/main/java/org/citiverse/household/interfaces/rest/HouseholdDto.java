package org.citiverse.household.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.citiverse.household.application.HouseholdView;

/** A household for apps: members by the names they chose, never by their account ids. */
public record HouseholdDto(UUID id, String name, boolean youOwnIt, List<MemberDto> members) {

    /** A member of the household. */
    public record MemberDto(String displayName, boolean owner, boolean you, Instant joinedAt) {
    }

    static HouseholdDto of(HouseholdView view) {
        return new HouseholdDto(view.id(), view.name(), view.youOwnIt(), view.members().stream()
                .map(m -> new MemberDto(m.displayName(), m.owner(), m.you(), m.joinedAt())).toList());
    }
}
