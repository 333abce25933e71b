/**
 * Twins, their typed properties and state, containment, location, grants and history, with the
 * rules that keep them consistent.
 */
package org.citiverse.twin.domain;
