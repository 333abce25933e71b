/**
 * Audit entries in the database, and who the caller is in the current request.
 */
package org.citiverse.audit.infrastructure;
