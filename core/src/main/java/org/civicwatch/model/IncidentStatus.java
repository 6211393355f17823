package org.civicwatch.model;

/** How established an incident is. */
public enum IncidentStatus {
    /** Reported, not (yet) confirmed. */
    ALLEGED,
    /** Confirmed, for example by the authority concerned, a court or a document. */
    CONFIRMED,
    /** Denied or contested by a party. */
    DISPUTED,
    /** Dealt with and closed. */
    RESOLVED
}
