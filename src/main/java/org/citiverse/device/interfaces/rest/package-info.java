/**
 * The device layer's HTTPS interfaces and their DTOs: reports and answers from gateways, the device
 * registry and descriptions for staff, and a household's devices for its members.
 */
package org.citiverse.device.interfaces.rest;
