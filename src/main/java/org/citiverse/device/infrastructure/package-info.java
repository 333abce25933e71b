/**
 * JMS (workers taking reports and answers in, producers out, dead letters) and JPA adapters of the device context.
 */
package org.citiverse.device.infrastructure;
