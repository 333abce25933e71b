/**
 * MicroProfile Health checks: readiness covers the database (and its migrations) and the messaging engine.
 */
package org.citiverse.shared.infrastructure.health;
