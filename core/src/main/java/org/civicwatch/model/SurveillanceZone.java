package org.civicwatch.model;

/** OpenStreetMap {@code surveillance}: what a device watches. */
public enum SurveillanceZone { INDOOR, OUTDOOR, PUBLIC }
