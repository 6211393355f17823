package org.civicwatch.model;

/** OpenStreetMap {@code surveillance}: what a device watches. */
public enum SurveillanceZone {
    /** The inside of a building ({@code surveillance=indoor}). */
    INDOOR,
    /** Private ground outside a building, such as a car park or entrance ({@code surveillance=outdoor}). */
    OUTDOOR,
    /** A public space such as a street or square ({@code surveillance=public}). */
    PUBLIC
}
