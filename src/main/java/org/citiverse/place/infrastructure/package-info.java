/** The address register in the CitiVerse database. */
package org.citiverse.place.infrastructure;
