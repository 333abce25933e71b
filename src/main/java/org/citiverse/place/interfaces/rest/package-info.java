/** The places API: "what is here?" and the address register (search, nearest, import) over HTTP. */
package org.citiverse.place.interfaces.rest;
