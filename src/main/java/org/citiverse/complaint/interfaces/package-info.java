/**
 * The complaint context's edges: REST (Open311 GeoReport v2 and the platform API).
 */
package org.citiverse.complaint.interfaces;
