/**
 * Departments in the database.
 */
package org.citiverse.organisation.infrastructure;
