/**
 * Departments and their rules.
 */
package org.citiverse.organisation.domain;
