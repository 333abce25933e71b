/**
 * Citizen profiles: the minimum personal data, owned by the citizen.
 */
package org.citiverse.identity.domain;
