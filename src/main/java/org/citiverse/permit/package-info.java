/**
 * Permit checks: whether a planned change to a building or a garden (a dormer, a fence, an
 * outbuilding, …) needs a permit. The city model holds the cadastral parcels, the zones of the
 * zoning plan with their attributes and the existing building footprints, and computes the
 * geometry a check needs in metres; staff-maintained rule sets (DMN decision models, versioned
 * with effective dates) decide.
 */
package org.citiverse.permit;
