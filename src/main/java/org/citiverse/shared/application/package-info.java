/**
 * Contracts every context may implement for the others (service provider interfaces), so a
 * feature spanning contexts never reaches into their entities.
 */
package org.citiverse.shared.application;
