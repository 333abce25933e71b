package org.citiverse.household.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.household.domain.HouseholdException.Reason;
import org.citiverse.shared.domain.PlainText;

/**
 * The people of one home. Its owner invites and removes members; members may leave; the owner
 * stays (a home always has someone who manages it).
 */
@Entity
@Table(name = "household")
public class Household {

    public static final int MAX_NAME = 80;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("joinedAt")
    private List<HouseholdMember> members = new ArrayList<>();

    @Version
    private int version;

    protected Household() {
        // for JPA
    }

    public Household(String name, String ownerSubject, Instant now) {
        this.id = UUID.randomUUID();
        this.name = validName(name);
        this.createdAt = now;
        members.add(new HouseholdMember(this, Objects.requireNonNull(ownerSubject), MemberRole.OWNER, now));
    }

    static String validName(String name) {
        String clean = PlainText.clean(name, MAX_NAME);
        if (clean == null) {
            throw new HouseholdException(Reason.NAME_INVALID);
        }
        return clean;
    }

    public boolean isMember(String subject) {
        return member(subject).isPresent();
    }

    public boolean isOwner(String subject) {
        return member(subject).map(m -> m.role() == MemberRole.OWNER).orElse(false);
    }

    /** Only the owner may manage the household; anyone else is told it does not exist for them. */
    public void requireOwner(String subject) {
        if (!isMember(subject)) {
            throw new HouseholdException(Reason.NOT_FOUND);
        }
        if (!isOwner(subject)) {
            throw new HouseholdException(Reason.NOT_OWNER);
        }
    }

    void join(String subject, Instant now) {
        if (isMember(subject)) {
            throw new HouseholdException(Reason.ALREADY_MEMBER);
        }
        members.add(new HouseholdMember(this, subject, MemberRole.MEMBER, now));
    }

    /** The owner removes someone; the owner cannot remove themselves. */
    public void remove(String ownerSubject, String memberSubject) {
        requireOwner(ownerSubject);
        HouseholdMember member = member(memberSubject).orElseThrow(() -> new HouseholdException(Reason.NOT_FOUND));
        if (member.role() == MemberRole.OWNER) {
            throw new HouseholdException(Reason.OWNER_STAYS);
        }
        members.remove(member);
    }

    /** A member leaves; the owner stays. */
    public void leave(String subject) {
        HouseholdMember member = member(subject).orElseThrow(() -> new HouseholdException(Reason.NOT_FOUND));
        if (member.role() == MemberRole.OWNER) {
            throw new HouseholdException(Reason.OWNER_STAYS);
        }
        members.remove(member);
    }

    private Optional<HouseholdMember> member(String subject) {
        return members.stream().filter(m -> m.subject().equals(subject)).findFirst();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<HouseholdMember> members() {
        return List.copyOf(members);
    }
}
