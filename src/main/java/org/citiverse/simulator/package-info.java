/**
 * The device simulator: plays the device layer (FGMV-31) over the same JMS contract real gateways
 * use — homes with a doorbell, a door lock and a camera, street lights that fail now and then, and
 * water-level gauges — answering commands after a realistic delay and failing at a configurable
 * rate. It runs inside the server when {@code simulator.enabled} is true (the development
 * configuration's default, so a local run shows live twins) or on its own against a broker.
 */
package org.citiverse.simulator;
