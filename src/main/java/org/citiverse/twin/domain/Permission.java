package org.citiverse.twin.domain;

/** What a grant allows on a twin and everything it contains (REQ-DT-05); each includes the ones before it. */
public enum Permission {
    VIEW,
    OPERATE,
    ADMINISTER;

    /** From its name; anything else is an invalid principal-permission pair. */
    public static Permission parse(String name) {
        for (Permission p : values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new TwinException(TwinException.Reason.PERMISSION_INVALID);
    }

    /** The permissions that include this one: holding any of them is enough. */
    public java.util.List<Permission> satisfiedBy() {
        return java.util.Arrays.stream(values()).filter(p -> p.ordinal() >= ordinal()).toList();
    }
}
