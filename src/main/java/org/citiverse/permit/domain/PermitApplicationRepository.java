package org.citiverse.permit.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Permit applications with their documents, messages, and the staff who review them, stored. */
public interface PermitApplicationRepository {

    /** The number of the next application (never given twice). */
    long nextNumber();

    void add(PermitApplication application);

    Optional<PermitApplication> byReference(String reference);

    /** Read under a row lock: one change at a time (a second submit waits, then finds it submitted). */
    Optional<PermitApplication> lockedByReference(String reference);

    /** An applicant's own, newest first. */
    List<PermitApplication> ofApplicant(String applicant, int limit);

    /** A page of the staff queue. */
    List<PermitApplication> search(ApplicationQuery query);

    /** How many the query finds in all. */
    long count(ApplicationQuery query);

    /** The zone types of the applications sent in (for the queue's filter). */
    List<String> zoneTypes();

    /** The documents of an application (without loading their content), in the order added. */
    List<ApplicationDocument> documents(long applicationId);

    Optional<ApplicationDocument> document(long applicationId, UUID documentId);

    void addDocument(ApplicationDocument document);

    void removeDocument(ApplicationDocument document);

    /** The exchange of an application, oldest first. */
    List<ApplicationMessage> messages(long applicationId);

    void addMessage(ApplicationMessage message);

    Optional<PermitReviewer> reviewer(String subject);

    /** Staff seen at the permit desk, by name. */
    List<PermitReviewer> reviewers();

    void addReviewer(PermitReviewer reviewer);
}
