/**
 * The place context: localisation (FGMV-28 7.3.3). It owns no data; it brings together what other
 * contexts say is near a position.
 */
package org.citiverse.place;
