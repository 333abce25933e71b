/**
 * Permit checks: whether a planned activity (a dormer, a fence, an outbuilding, …) needs a permit.
 * Today: the staff-maintained rule sets (DMN decision models, versioned with effective dates) and a
 * stateless evaluation; parcels, zones and geometry come later.
 */
package org.citiverse.permit;
