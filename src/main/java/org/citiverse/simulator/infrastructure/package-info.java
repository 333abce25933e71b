/** The simulator inside the server: its schedule, and the device layer over the server's JMS queues. */
package org.citiverse.simulator.infrastructure;
