/** The permit context's edges. */
package org.citiverse.permit.interfaces;
