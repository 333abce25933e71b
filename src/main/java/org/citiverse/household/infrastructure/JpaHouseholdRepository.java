package org.citiverse.household.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.household.domain.Household;
import org.citiverse.household.domain.HouseholdRepository;
import org.citiverse.household.domain.Invitation;
import org.citiverse.household.domain.InvitationStatus;

/** Households and invitations in the CitiVerse database. */
@ApplicationScoped
public class JpaHouseholdRepository implements HouseholdRepository {

    @PersistenceContext(unitName = "citiverse")
    EntityManager em;

    @Override
    public void add(Household household) {
        em.persist(household);
    }

    @Override
    public Optional<Household> find(UUID id) {
        return Optional.ofNullable(em.find(Household.class, id));
    }

    @Override
    public List<Household> withMember(String subject) {
        return em.createQuery("select distinct h from Household h join h.members m where m.subject = :subject "
                + "order by h.createdAt", Household.class).setParameter("subject", subject).getResultList();
    }

    @Override
    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    public Optional<Invitation> invitationByCode(String code) {
        return em.createQuery("select i from Invitation i where i.codeHash = :hash", Invitation.class)
                .setParameter("hash", Invitation.hash(code)).getResultStream().findFirst();
    }

    @Override
    public Optional<Invitation> invitation(UUID id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    @Override
    public List<Invitation> pendingInvitations(UUID householdId) {
        return em.createQuery("select i from Invitation i where i.householdId = :household and i.status = :pending "
                        + "order by i.createdAt", Invitation.class)
                .setParameter("household", householdId).setParameter("pending", InvitationStatus.PENDING)
                .getResultList();
    }
}
