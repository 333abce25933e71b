package org.citiverse.organisation.interfaces.web;

import org.citiverse.organisation.domain.DepartmentException.Reason;

/** The department form's field for each broken rule, so the error summary links to it. */
final class DepartmentForm {

    private DepartmentForm() {
    }

    static String fieldOf(Reason reason) {
        return switch (reason) {
            case CODE_INVALID, CODE_TAKEN -> "code";
            case GROUP_INVALID, GROUP_TAKEN -> "group";
            case NAME_INVALID -> "nameEn";
            default -> null;
        };
    }
}
