package org.citiverse.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.citiverse.shared.domain.PlainText;

/**
 * A department of the city. Its code is permanent (work is routed by it); its names and the
 * identity-provider group whose members work in it can change; a department that is closed is
 * kept (inactive) so past work still names it.
 */
@Entity
@Table(name = "organisation_department")
public class Department {

    public static final int MAX_NAME = 80;
    public static final int MAX_GROUP = 100;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9 ._-]{1," + MAX_GROUP + "}");

    @Id
    private UUID id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = MAX_NAME)
    private String nameEn;

    @Column(name = "name_nl", nullable = false, length = MAX_NAME)
    private String nameNl;

    @Column(name = "identity_group", nullable = false, unique = true, length = MAX_GROUP)
    private String identityGroup;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    private int version;

    protected Department() {
        // for JPA
    }

    public Department(String code, String nameEn, String nameNl, String identityGroup) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DepartmentException(DepartmentException.Reason.CODE_INVALID);
        }
        this.id = UUID.randomUUID();
        this.code = code;
        this.active = true;
        change(nameEn, nameNl, identityGroup, true);
    }

    public final void change(String newNameEn, String newNameNl, String newGroup, boolean nowActive) {
        this.nameEn = validName(newNameEn);
        this.nameNl = validName(newNameNl);
        String group = newGroup == null ? "" : newGroup.strip();
        if (!GROUP.matcher(group).matches()) {
            throw new DepartmentException(DepartmentException.Reason.GROUP_INVALID);
        }
        this.identityGroup = group;
        this.active = nowActive;
    }

    private static String validName(String value) {
        String clean = PlainText.clean(value, MAX_NAME);
        if (clean == null) {
            throw new DepartmentException(DepartmentException.Reason.NAME_INVALID);
        }
        return clean;
    }

    /** The name in a portal language (Dutch or English). */
    public String name(String language) {
        return "nl".equals(language) ? nameNl : nameEn;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameNl() {
        return nameNl;
    }

    public String identityGroup() {
        return identityGroup;
    }

    public boolean active() {
        return active;
    }

    public int version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Department d && Objects.equals(id, d.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
