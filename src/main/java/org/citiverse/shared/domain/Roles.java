package org.citiverse.shared.domain;

import java.util.List;

/** The application's security roles (web.xml, server.xml role mapping, the identity provider's realm roles). */
public final class Roles {

    /** Every role, in the order they are listed to people. */
    public static final List<String> ALL = List.of("citizen", "staff", "admin", "device-gateway");

    private Roles() {
    }
}
