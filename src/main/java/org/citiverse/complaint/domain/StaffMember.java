package org.citiverse.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A staff member as the back office last saw them: the people a request can be given to. The
 * identity provider keeps the real list; this is what the portal learnt when they opened the queue.
 */
@Entity
@Table(name = "complaint_staff")
public class StaffMember {

    /** Seen again within this time: nothing to write. */
    private static final Duration FRESH = Duration.ofHours(1);

    @Id
    private String subject;

    @Column(name = "name", nullable = false, length = ServiceRequest.MAX_ASSIGNEE_NAME)
    private String name;

    // Department codes, comma-separated; empty for staff in no department (they may take any request).
    @Column(name = "departments", nullable = false, length = 500)
    private String departments;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String subject, String name, List<String> departments, Instant now) {
        this.subject = subject;
        seen(name, departments, now);
    }

    /** Seen again: true when anything changed or it was a while ago (so the row is written). */
    public boolean seen(String newName, List<String> newDepartments, Instant now) {
        String cleanName = newName == null || newName.isBlank() ? subject : newName.strip();
        cleanName = cleanName.length() > ServiceRequest.MAX_ASSIGNEE_NAME
                ? cleanName.substring(0, ServiceRequest.MAX_ASSIGNEE_NAME) : cleanName;
        String codes = String.join(",", newDepartments.stream().sorted().toList());
        codes = codes.length() > 500 ? codes.substring(0, codes.lastIndexOf(',', 500)) : codes;
        boolean changed = !cleanName.equals(name) || !codes.equals(departments)
                || seenAt == null || now.isAfter(seenAt.plus(FRESH));
        if (changed) {
            name = cleanName;
            departments = codes;
            seenAt = now;
        }
        return changed;
    }

    /** May work requests of this department: a member of it, or of no department at all. */
    public boolean worksFor(String department) {
        return departments.isEmpty() || departments().contains(department);
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public List<String> departments() {
        return departments.isEmpty() ? List.of() : Arrays.asList(departments.split(","));
    }

    public Instant seenAt() {
        return seenAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffMember s && Objects.equals(subject, s.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(subject);
    }
}
