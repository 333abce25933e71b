package org.citiverse.organisation.domain;

import java.util.List;
import java.util.Optional;

/** The city's departments. */
public interface DepartmentRepository {

    List<Department> all();

    Optional<Department> byCode(String code);

    Optional<Department> byGroup(String identityGroup);

    void add(Department department);
}
