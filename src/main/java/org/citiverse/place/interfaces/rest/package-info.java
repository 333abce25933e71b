/** The places API: "what is here?" over HTTP. */
package org.citiverse.place.interfaces.rest;
