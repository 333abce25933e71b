/**
 * Notification context (FGMV-28 7.2.1): a guest rings at a home's door and the household is told at
 * once, sees the camera's picture and answers — opens the door through the lock's twin, declines, or
 * says someone is coming. Also the visit log and each member's quiet hours.
 */
package org.citiverse.notification;
