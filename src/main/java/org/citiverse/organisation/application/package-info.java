/**
 * Managing departments, and which departments a staff member's groups stand for.
 */
package org.citiverse.organisation.application;
