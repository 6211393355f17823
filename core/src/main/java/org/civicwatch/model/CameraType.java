package org.civicwatch.model;

/** OpenStreetMap {@code camera:type}. */
public enum CameraType {
    /** Points in one direction ({@code camera:type=fixed}). */
    FIXED,
    /** In a dome housing that hides where it points ({@code camera:type=dome}). */
    DOME,
    /** Can turn to look in other directions ({@code camera:type=panning}). */
    PANNING
}
