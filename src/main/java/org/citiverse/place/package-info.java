/**
 * The place context: localisation (FGMV-28 7.3.3). It brings together what other contexts say is
 * near a position, and keeps the city's address register, so a place can always be given by its
 * address instead of on a map.
 */
package org.citiverse.place;
