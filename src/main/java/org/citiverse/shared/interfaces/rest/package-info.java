/**
 * REST conventions shared by every context: the application path, problem responses, authentication of API calls,
 * CSV written and read, and large uploads kept in a file while they are worked on.
 */
package org.citiverse.shared.interfaces.rest;
