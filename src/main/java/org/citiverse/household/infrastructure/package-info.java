/**
 * Households and invitations in the database.
 */
package org.citiverse.household.infrastructure;
