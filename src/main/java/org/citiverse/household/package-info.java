/**
 * Household context: a citizen owns a home's household and invites the people who live there;
 * membership decides who may see and operate the home's twins (guest notification).
 */
package org.citiverse.household;
