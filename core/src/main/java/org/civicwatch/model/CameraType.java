package org.civicwatch.model;

/** OpenStreetMap {@code camera:type}. */
public enum CameraType { FIXED, DOME, PANNING }
