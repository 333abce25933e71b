package org.citiverse.notification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.citiverse.notification.domain.GuestVisit;
import org.citiverse.notification.domain.VisitRepository;
import org.citiverse.notification.domain.VisitSnapshot;
import org.citiverse.testsupport.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Visitors' pictures are personal data kept for a number of days (FGMV-28 7.2.1): the retention
 * delete, in the running server on PostgreSQL, removes the pictures taken before the cut-off, marks
 * their visits as having none, and keeps the newer ones and the visits themselves.
 */
@ExtendWith(ArquillianExtension.class)
class VisitRetentionIT {

    private static final String PNG = "data:image/png;base64,"
            + Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "visit-retention-it.war")
                .addPackages(false, "org.citiverse.notification.domain")
                .addClasses(JpaVisitRepository.class, org.citiverse.shared.domain.RuleViolation.class, Transactions.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    VisitRepository visits;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Test
    void picturesPastTheirRetentionAreDeletedAndTheirVisitsSaySo() throws Exception {
        Instant now = Instant.now();
        Instant cutoff = now.minus(Duration.ofDays(30));
        GuestVisit old = visitWithPicture(now.minus(Duration.ofDays(31)));
        GuestVisit recent = visitWithPicture(now.minus(Duration.ofHours(1)));

        // The server's own sweep (notification.snapshot.retention.days, 30) may get there first: either way
        // the outcome is the same.
        inTransaction(() -> visits.removeSnapshotsBefore(cutoff));

        inTransaction(() -> {
            assertTrue(visits.snapshot(old.id()).isEmpty(), "the old picture is gone");
            assertFalse(visits.find(old.id()).orElseThrow().hasSnapshot(), "its visit says it has none");
            assertTrue(visits.snapshot(recent.id()).isPresent(), "a newer picture stays");
            assertTrue(visits.find(recent.id()).orElseThrow().hasSnapshot());
            return null;
        });
        assertEquals(0, (int) inTransaction(() -> visits.removeSnapshotsBefore(cutoff)), "nothing older is left");
    }

    private GuestVisit visitWithPicture(Instant rangAt) throws Exception {
        GuestVisit visit = new GuestVisit(UUID.randomUUID(), "twin-door", "Front door", null, "twin-camera", rangAt,
                Duration.ofSeconds(120));
        inTransaction(() -> {
            visits.add(visit);
            visits.add(VisitSnapshot.fromDataUri(visit.id(), PNG, rangAt).orElseThrow());
            visit.snapshotKept(true);
            return null;
        });
        return visit;
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        return Transactions.inTransaction(transaction, work);
    }
}
