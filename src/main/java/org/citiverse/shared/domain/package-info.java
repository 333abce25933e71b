/**
 * What every context's domain shares: the shape of a broken business rule, the rule for short
 * plain text people type, and the application's roles.
 */
package org.citiverse.shared.domain;
