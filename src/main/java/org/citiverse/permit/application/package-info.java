/**
 * The permit context's services: {@code CityModel} answers lookups from an in-memory STRtree of
 * parcels and zones and computes footprint geometry; {@code CityModelImport} loads GeoJSON from
 * administrators; {@code RuleSetService} uploads, activates and evaluates rule sets (compiled
 * models cached per rule set).
 */
package org.citiverse.permit.application;
