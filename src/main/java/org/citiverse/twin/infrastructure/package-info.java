/**
 * Twins, grants and history in the database, and who the caller is.
 */
package org.citiverse.twin.infrastructure;
