/** The portal's visit page: the visit log with its pictures, and the member's notification settings. */
package org.citiverse.notification.interfaces.web;
