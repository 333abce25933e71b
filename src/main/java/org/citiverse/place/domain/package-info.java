/**
 * The city's address register: addresses with the register's own ids, how people type an address
 * when they look one up, and the rules a row of an import must keep.
 */
package org.citiverse.place.domain;
