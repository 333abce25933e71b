/**
 * JPA repositories of the complaint context.
 */
package org.citiverse.complaint.infrastructure;
