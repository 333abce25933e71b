/**
 * CitiVerse: the city's digital twin, IoT devices and citizen services in one accessible portal. One package per bounded context, with domain, application, infrastructure and interfaces layers inside.
 */
package org.citiverse;
