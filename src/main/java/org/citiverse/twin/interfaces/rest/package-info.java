/**
 * The twin API under /api/v1/twins, in a shape that maps onto NGSI-LD entities.
 */
package org.citiverse.twin.interfaces.rest;
