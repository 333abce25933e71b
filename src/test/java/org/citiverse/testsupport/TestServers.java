package org.citiverse.testsupport;

import java.nio.file.Path;

/** Where the servers started by src/test/it/environment.sh listen (set by the failsafe configuration). */
public final class TestServers {

    private TestServers() {
    }

    /** The PostgreSQL-backed server every integration test uses. */
    public static String postgres() {
        return System.getProperty("citiverse.it.url", "http://localhost:9180");
    }

    /** The server with nothing configured: embedded H2 database. */
    /** The test environment's Artemis broker (core protocol URL). */
    public static String broker() {
        return System.getProperty("citiverse.broker.url", "tcp://localhost:9480");
    }

    /** The test mail server's HTTP API: what each address received. */
    public static String mailApi() {
        return System.getProperty("citiverse.mail.api.url", "http://localhost:9526");
    }

    public static String embedded() {
        return System.getProperty("citiverse.embedded.url", "http://localhost:9280");
    }

    public static Path libertyHome() {
        return Path.of(System.getProperty("citiverse.wlp.dir", "target/liberty/wlp"));
    }

    /** The password of every demo account in the development configuration. */
    public static final String DEMO_PASSWORD = "demo";
}
