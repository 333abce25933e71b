/**
 * Schema ownership: Flyway migrations run at startup against the server's data source.
 */
package org.citiverse.shared.infrastructure.persistence;
