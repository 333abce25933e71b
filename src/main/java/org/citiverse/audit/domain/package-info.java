/**
 * The audit entry and the rules that keep secrets out of it.
 */
package org.citiverse.audit.domain;
