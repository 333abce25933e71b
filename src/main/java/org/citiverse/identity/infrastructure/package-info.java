/**
 * JPA persistence of profiles.
 */
package org.citiverse.identity.infrastructure;
