/**
 * The permit context: whether a planned change to a building or a garden needs a permit. Its city
 * model holds the cadastral parcels, the zones of the zoning plan with their attributes and the
 * existing building footprints, and computes the geometry a check needs (zone of a parcel,
 * distance of a footprint to the parcel boundary, lot coverage) in metres.
 */
package org.citiverse.permit;
