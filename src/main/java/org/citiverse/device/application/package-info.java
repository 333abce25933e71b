/**
 * Ingestion use cases and the ports the device context needs from messaging.
 */
package org.citiverse.device.application;
