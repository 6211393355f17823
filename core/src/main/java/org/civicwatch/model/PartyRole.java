package org.civicwatch.model;

/** The part a party plays in an incident. */
public enum PartyRole {
    /** Said to have done what the incident is about; not established. */
    ALLEGED_PERPETRATOR,
    /** Harmed or concerned by it. */
    AFFECTED,
    /** Saw or heard it. */
    WITNESS,
    /** Made it known, for example the group or outlet that reported it. */
    REPORTER,
    /** A public body responsible for it or for dealing with it. */
    AUTHORITY,
    /** Any other part. */
    OTHER
}
