/**
 * Device context (MVIoT enabler): the JMS connector to the device layer.
 */
package org.citiverse.device;
