package org.citiverse.organisation.domain;

/** A department rule was broken; the reason has a message in the bundles: department.error.&lt;code&gt;. */
public class DepartmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        CODE_INVALID("code-invalid"),
        CODE_TAKEN("code-taken"),
        NAME_INVALID("name-invalid"),
        GROUP_INVALID("group-invalid"),
        GROUP_TAKEN("group-taken"),
        NOT_FOUND("not-found"),
        CHANGED_ELSEWHERE("changed-elsewhere");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public DepartmentException(Reason reason) {
        super(reason.code());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
