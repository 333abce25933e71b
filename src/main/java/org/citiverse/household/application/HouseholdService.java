package org.citiverse.household.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.household.domain.Household;
import org.citiverse.household.domain.HouseholdException;
import org.citiverse.household.domain.HouseholdMember;
import org.citiverse.household.domain.HouseholdException.Reason;
import org.citiverse.household.domain.HouseholdRepository;
import org.citiverse.household.domain.Invitation;
import org.citiverse.household.domain.MemberRole;
import org.citiverse.identity.application.ProfileService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Households as citizens manage them. Every method takes the acting person's subject and checks
 * it against the data: a household someone does not belong to does not exist for them.
 * Every change is audited in the same transaction.
 */
@ApplicationScoped
public class HouseholdService {

    /** Open invitations one household may have at a time: enough for a family, not for spam. */
    static final int MAX_OPEN_INVITATIONS = 20;

    @Inject
    HouseholdRepository households;

    @Inject
    ProfileService profiles;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "household.invitation.days", defaultValue = "7")
    int invitationDays;

    Clock clock = Clock.systemUTC();

    @Transactional
    public List<HouseholdView> householdsOf(String subject) {
        return households.withMember(subject).stream().map(h -> view(h, subject)).toList();
    }

    @Transactional
    public HouseholdView household(String subject, UUID id) {
        return view(memberOf(subject, id), subject);
    }

    /** The households the person belongs to: their twins' grants name them (household:&lt;id&gt;). */
    @Transactional
    public List<UUID> householdIdsOf(String subject) {
        return households.withMember(subject).stream().map(Household::id).toList();
    }

    /**
     * Everyone in the household (their subjects), for the platform's own use: whom to tell that the
     * doorbell rang. An unknown household has no one.
     */
    @Transactional
    public List<String> memberSubjects(UUID id) {
        return households.find(id).map(h -> h.members().stream().map(HouseholdMember::subject).sorted().toList())
                .orElse(List.of());
    }

    @Transactional
    public HouseholdView create(String subject, String name) {
        Household household = new Household(name, subject, clock.instant());
        households.add(household);
        audit.record("household.created", "household", household.id().toString(), null);
        return view(household, subject);
    }

    @Transactional
    public NewInvitation invite(String subject, UUID householdId, String note) {
        Household household = memberOf(subject, householdId);
        Instant now = clock.instant();
        long open = households.pendingInvitations(householdId).stream().filter(i -> i.isOpen(now)).count();
        household.requireOwner(subject);
        if (open >= MAX_OPEN_INVITATIONS) {
            throw new HouseholdException(Reason.TOO_MANY_INVITATIONS);
        }
        Invitation.Issued issued = Invitation.issue(household, subject, note, now, Duration.ofDays(invitationDays));
        households.add(issued.invitation());
        audit.record("household.invitation-created", "household", householdId.toString(),
                "invitation " + issued.invitation().id());
        return new NewInvitation(issued.invitation().id(), issued.code(), issued.invitation().expiresAt());
    }

    @Transactional
    public InvitationPreview preview(String code) {
        Invitation invitation = openInvitation(code);
        invitation.requirePending(clock.instant());
        Household household = households.find(invitation.householdId())
                .orElseThrow(() -> new HouseholdException(Reason.NOT_FOUND));
        String inviter = profiles.displayNames(List.of(invitation.invitedBy())).get(invitation.invitedBy());
        return new InvitationPreview(household.name(), inviter, invitation.expiresAt());
    }

    @Transactional
    public HouseholdView accept(String subject, String code) {
        Invitation invitation = openInvitation(code);
        Household household = households.find(invitation.householdId())
                .orElseThrow(() -> new HouseholdException(Reason.NOT_FOUND));
        invitation.accept(household, subject, clock.instant());
        audit.record("household.invitation-accepted", "household", household.id().toString(),
                "invitation " + invitation.id());
        return view(household, subject);
    }

    @Transactional
    public void decline(String subject, String code) {
        Invitation invitation = openInvitation(code);
        invitation.decline(subject, clock.instant());
        audit.record("household.invitation-declined", "household", invitation.householdId().toString(),
                "invitation " + invitation.id());
    }

    @Transactional
    public void withdraw(String subject, UUID invitationId) {
        Invitation invitation = households.invitation(invitationId)
                .orElseThrow(() -> new HouseholdException(Reason.NOT_FOUND));
        invitation.withdraw(memberOf(subject, invitation.householdId()), subject, clock.instant());
        audit.record("household.invitation-withdrawn", "household", invitation.householdId().toString(),
                "invitation " + invitation.id());
    }

    @Transactional
    public void removeMember(String subject, UUID householdId, String memberSubject) {
        memberOf(subject, householdId).remove(subject, memberSubject);
        audit.record("household.member-removed", "household", householdId.toString(), "member " + memberSubject);
    }

    @Transactional
    public void leave(String subject, UUID householdId) {
        memberOf(subject, householdId).leave(subject);
        audit.record("household.member-left", "household", householdId.toString(), null);
    }

    private Household memberOf(String subject, UUID householdId) {
        return households.find(householdId).filter(h -> h.isMember(subject))
                .orElseThrow(() -> new HouseholdException(Reason.NOT_FOUND));
    }

    /** By code; a malformed or unknown code is simply not found, whatever was typed. */
    private Invitation openInvitation(String code) {
        if (!Invitation.isWellFormed(code)) {
            throw new HouseholdException(Reason.NOT_FOUND);
        }
        return households.invitationByCode(code).orElseThrow(() -> new HouseholdException(Reason.NOT_FOUND));
    }

    private HouseholdView view(Household h, String subject) {
        Map<String, String> names = profiles.displayNames(h.members().stream().map(m -> m.subject()).toList());
        Instant now = clock.instant();
        boolean owner = h.isOwner(subject);
        List<HouseholdView.PendingInvitation> invitations = !owner ? List.of()
                : households.pendingInvitations(h.id()).stream()
                        .map(i -> new HouseholdView.PendingInvitation(i.id(), i.note(), i.expiresAt(), !i.isOpen(now)))
                        .toList();
        return new HouseholdView(h.id(), h.name(), owner, h.members().stream()
                .map(m -> new HouseholdView.Member(m.subject(), names.get(m.subject()),
                        m.role() == MemberRole.OWNER, m.subject().equals(subject),
                        m.joinedAt()))
                .toList(), invitations);
    }
}
