/**
 * Open311 GeoReport v2 at /open311/v2 (XML and JSON, the specification's error format), the
 * API-key administration, the platform's service-request API and the administrators' API for the
 * service categories and their questions.
 */
package org.citiverse.complaint.interfaces.rest;
