/**
 * Guest notification as the platform runs it: a ring becomes a visit per household (with a picture
 * asked of the home's camera), members answer it once, the lock's answer ends it; who is told what
 * and when (quiet hours). Views and events for the interfaces.
 */
package org.citiverse.notification.application;
