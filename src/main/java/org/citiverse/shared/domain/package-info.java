/**
 * What every context's domain shares: the shape of a broken business rule.
 */
package org.citiverse.shared.domain;
