/**
 * Twin pages: the citizen's home twins and the staff twin explorer.
 */
package org.citiverse.twin.interfaces.web;
