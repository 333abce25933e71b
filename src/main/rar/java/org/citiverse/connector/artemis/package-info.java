/**
 * The Artemis connector CitiVerse deploys into Open Liberty when {@code jms.provider=artemis}. It is
 * built into its own resource adapter archive (target/citiverse-artemis.rar), never into the WAR.
 */
package org.citiverse.connector.artemis;
