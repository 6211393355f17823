package org.civicwatch.model;

/** OpenStreetMap {@code camera:mount}: where a device is fixed. */
public enum Mount {
    /** On a ceiling ({@code camera:mount=ceiling}). */
    CEILING,
    /** On a wall ({@code camera:mount=wall}). */
    WALL,
    /** On a pole ({@code camera:mount=pole}). */
    POLE
}
