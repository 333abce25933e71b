/**
 * HTTPS interface of the device layer for gateways that cannot speak JMS, and its DTOs.
 */
package org.citiverse.device.interfaces.rest;
