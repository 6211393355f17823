package org.civicwatch.model;

/** OpenStreetMap {@code camera:mount}: where a device is fixed. */
public enum Mount { CEILING, WALL, POLE }
