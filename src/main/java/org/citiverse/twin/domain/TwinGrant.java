package org.citiverse.twin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A principal's permission on a twin and, through containment, on every twin inside it
 * (REQ-DT-05).
 */
@Entity
@Table(name = "twin_grant")
public class TwinGrant {

    /** user:&lt;subject&gt;, household:&lt;id&gt;, department:&lt;code&gt;, role:&lt;role&gt; or device:&lt;id&gt;. */
    private static final Pattern PRINCIPAL = Pattern.compile("(user|household|department|role|device):[A-Za-z0-9._:@-]{1,120}");

    @Id
    private UUID id;

    @Column(name = "twin_id", nullable = false, length = 60)
    private String twinId;

    @Column(name = "principal", nullable = false, length = 130)
    private String principal;

    @Enumerated(EnumType.STRING)
    @Column(name = "permission", nullable = false, length = 12)
    private Permission permission;

    @Column(name = "granted_by", nullable = false, length = 255)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected TwinGrant() {
        // for JPA
    }

    public TwinGrant(Twin twin, String principal, Permission permission, String grantedBy, Instant now) {
        if (!isPrincipal(principal)) {
            throw new TwinException(TwinException.Reason.PRINCIPAL_INVALID);
        }
        this.id = UUID.randomUUID();
        this.twinId = twin.id();
        this.principal = principal;
        this.permission = permission;
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    public static boolean isPrincipal(String candidate) {
        return candidate != null && candidate.length() <= 130 && PRINCIPAL.matcher(candidate).matches();
    }

    public UUID id() {
        return id;
    }

    public String twinId() {
        return twinId;
    }

    public String principal() {
        return principal;
    }

    public Permission permission() {
        return permission;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
