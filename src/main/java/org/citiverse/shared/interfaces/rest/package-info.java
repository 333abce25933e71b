/**
 * REST conventions shared by every context: the application path, problem responses and authentication of API calls.
 */
package org.citiverse.shared.interfaces.rest;
