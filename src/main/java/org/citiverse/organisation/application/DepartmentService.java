package org.citiverse.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.organisation.domain.Department;
import org.citiverse.organisation.domain.DepartmentException;
import org.citiverse.organisation.domain.DepartmentException.Reason;
import org.citiverse.organisation.domain.DepartmentRepository;

/**
 * The city's departments: listed for everyone on staff, managed by admins (the pages and the API
 * check the role; every change is audited). Staff belong to the departments whose
 * identity-provider group they are in.
 */
@ApplicationScoped
public class DepartmentService {

    @Inject
    DepartmentRepository departments;

    @Inject
    AuditLog audit;

    @Transactional
    public List<DepartmentView> all() {
        return departments.all().stream().sorted(Comparator.comparing(Department::code))
                .map(DepartmentService::view).toList();
    }

    @Transactional
    public DepartmentView byCode(String code) {
        return departments.byCode(code).map(DepartmentService::view)
                .orElseThrow(() -> new DepartmentException(Reason.NOT_FOUND));
    }

    /** The active departments whose groups are among a staff member's groups. */
    @Transactional
    public List<DepartmentView> ofGroups(Collection<String> groups) {
        return departments.all().stream().filter(d -> d.active() && groups.contains(d.identityGroup()))
                .sorted(Comparator.comparing(Department::code)).map(DepartmentService::view).toList();
    }

    @Transactional
    public DepartmentView create(String code, String nameEn, String nameNl, String identityGroup) {
        Department department = new Department(code, nameEn, nameNl, identityGroup);
        if (departments.byCode(department.code()).isPresent()) {
            throw new DepartmentException(Reason.CODE_TAKEN);
        }
        requireGroupFree(department.identityGroup(), department.code());
        departments.add(department);
        audit.record("organisation.department-created", "department", department.code(),
                "group " + department.identityGroup());
        return view(department);
    }

    @Transactional
    public DepartmentView change(String code, int basedOnVersion, String nameEn, String nameNl, String identityGroup,
                                 boolean active) {
        Department department = departments.byCode(code).orElseThrow(() -> new DepartmentException(Reason.NOT_FOUND));
        if (department.version() != basedOnVersion) {
            throw new DepartmentException(Reason.CHANGED_ELSEWHERE);
        }
        String before = department.identityGroup() + (department.active() ? "" : " (inactive)");
        // Before changing the entity: a query after the change would flush it into the unique index first.
        requireGroupFree(identityGroup == null ? "" : identityGroup.strip(), code);
        department.change(nameEn, nameNl, identityGroup, active);
        audit.record("organisation.department-changed", "department", code, "was group " + before + "; now group "
                + department.identityGroup() + (department.active() ? "" : " (inactive)"));
        return view(department);
    }

    private void requireGroupFree(String group, String code) {
        departments.byGroup(group).filter(other -> !other.code().equals(code)).ifPresent(other -> {
            throw new DepartmentException(Reason.GROUP_TAKEN);
        });
    }

    private static DepartmentView view(Department d) {
        return new DepartmentView(d.code(), d.nameEn(), d.nameNl(), d.identityGroup(), d.active(), d.version());
    }
}
