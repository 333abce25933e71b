package org.citiverse.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person in a household, by the identity provider's subject (no other personal data here). */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @Column(name = "subject", nullable = false, length = 255)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 10)
    private MemberRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected HouseholdMember() {
        // for JPA
    }

    HouseholdMember(Household household, String subject, MemberRole role, Instant joinedAt) {
        this.id = UUID.randomUUID();
        this.household = household;
        this.subject = subject;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public String subject() {
        return subject;
    }

    public MemberRole role() {
        return role;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
