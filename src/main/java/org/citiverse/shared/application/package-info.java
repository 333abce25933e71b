/**
 * Contracts every context may implement for the others (service provider interfaces), so a
 * feature spanning contexts never reaches into their entities: places near a position
 * ({@code NearbyPlaces}), the address register ({@code AddressLookup}), e-mail ({@code Mail}).
 */
package org.citiverse.shared.application;
