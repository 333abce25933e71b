/**
 * Shared kernel: what every context needs and none owns (database migrations, health, REST and web conventions).
 */
package org.citiverse.shared;
