package org.citiverse.audit.application;

/** Who is acting in the current request and from which address (a port; the server adapts it). */
public interface Caller {

    /** The subject of the signed-in person or client, or {@code "system"} when there is none. */
    String subject();

    /** The client's network address, or null outside a request. */
    String origin();
}
