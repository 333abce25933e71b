/**
 * The signed-in person's portal session over HTTP: keeping it alive while they work.
 */
package org.citiverse.identity.interfaces.rest;
