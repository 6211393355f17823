package org.civicwatch.model;

/** How established an incident is. */
public enum IncidentStatus { ALLEGED, CONFIRMED, DISPUTED, RESOLVED }
