/**
 * Open311 GeoReport v2 at /open311/v2 (XML and JSON, the specification's error format), the
 * API-key administration and the platform's service-request API.
 */
package org.citiverse.complaint.interfaces.rest;
