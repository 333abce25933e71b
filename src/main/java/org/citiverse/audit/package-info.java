/**
 * Audit context: who did what to which object, when and from where - for sign-in, role and
 * household changes and every state change other contexts make. Staff search it; it never holds
 * secrets or tokens.
 */
package org.citiverse.audit;
