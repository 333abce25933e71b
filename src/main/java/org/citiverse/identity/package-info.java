/**
 * Identity context: who a signed-in person is and the least data CitiVerse keeps about them.
 */
package org.citiverse.identity;
