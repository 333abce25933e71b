/** The edges of guest notification: the REST API with its event stream, and the portal's visit page. */
package org.citiverse.notification.interfaces;
