/**
 * Visits over REST for the portal's script and citizen apps: the visit log, answering, the visitor's
 * picture, preferences, and a server-sent event stream that tells each signed-in member at once.
 */
package org.citiverse.notification.interfaces.rest;
