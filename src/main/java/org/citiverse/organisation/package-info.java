/**
 * Organisation context: the city's departments (roads, lighting, waste, …), which staff belong to
 * through their identity-provider groups and to which work is routed. Admins manage them.
 */
package org.citiverse.organisation;
