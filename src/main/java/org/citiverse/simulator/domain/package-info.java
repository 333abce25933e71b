/** What the simulated devices are and how they behave: state, reports, answers to commands. */
package org.citiverse.simulator.domain;
