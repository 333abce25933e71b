/**
 * Running a simulation: the fleet's ticks and answers to commands over a device-layer port, and
 * (inside the server) setting up the simulated twins and devices through the twin and device
 * contexts' application services, as a system caller.
 */
package org.citiverse.simulator.application;
