/** The "what is here?" page. */
package org.citiverse.place.interfaces.web;
