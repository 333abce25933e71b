/**
 * Device messages as received from the device layer, their validation rules and the inbound journal.
 */
package org.citiverse.device.domain;
