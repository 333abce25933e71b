/**
 * Complaint context: the city's online civil-service office for problems in public space. Citizens,
 * third-party apps (Open311 GeoReport v2) and the city's own devices file service requests under a
 * category; staff route, answer and close them.
 */
package org.citiverse.complaint;
