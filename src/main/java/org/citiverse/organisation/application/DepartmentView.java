package org.citiverse.organisation.application;

/** A department as screens and the API show it. */
public record DepartmentView(String code, String nameEn, String nameNl, String identityGroup, boolean active,
                             int version) {

    /** The name in a portal language. */
    public String name(String language) {
        return "nl".equals(language) ? nameNl : nameEn;
    }
}
