package org.citiverse.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.citiverse.organisation.domain.Department;
import org.citiverse.organisation.domain.DepartmentRepository;
import org.citiverse.shared.infrastructure.persistence.JpaStore;

/** Departments in the CitiVerse database (a handful of rows). */
@ApplicationScoped
public class JpaDepartmentRepository extends JpaStore<Department> implements DepartmentRepository {

    public JpaDepartmentRepository() {
        super(Department.class);
    }

    @Override
    public List<Department> all() {
        return em.createQuery("select d from Department d", Department.class).getResultList();
    }

    @Override
    public Optional<Department> byCode(String code) {
        return findOneBy("code", code);
    }

    @Override
    public Optional<Department> byGroup(String identityGroup) {
        return findOneBy("identityGroup", identityGroup);
    }

    @Override
    public void add(Department department) {
        persist(department);
    }
}
