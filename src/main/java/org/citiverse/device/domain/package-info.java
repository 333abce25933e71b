/**
 * Device messages as received from the device layer, their validation rules and the inbound journal;
 * devices, their self-descriptions (Thing Descriptions) and built-in profiles, and household claim codes.
 */
package org.citiverse.device.domain;
