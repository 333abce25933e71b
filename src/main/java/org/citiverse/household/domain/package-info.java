/**
 * Households, their members and invitations, with the rules of who may change what.
 */
package org.citiverse.household.domain;
