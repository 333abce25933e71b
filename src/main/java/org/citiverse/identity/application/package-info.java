/**
 * Use cases on profiles; the transaction boundary of the identity context.
 */
package org.citiverse.identity.application;
