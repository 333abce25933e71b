/**
 * Ingestion, registration, description, actuation and household claim use cases, and the ports the
 * device context needs from messaging and the twin system.
 */
package org.citiverse.device.application;
