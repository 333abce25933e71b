/**
 * Rule sets (one per activity and zone type, versioned, DRAFT → ACTIVE → RETIRED), their test cases,
 * outcomes, and the port to the decision engine ({@link org.citiverse.permit.domain.RuleEngine}).
 */
package org.citiverse.permit.domain;
