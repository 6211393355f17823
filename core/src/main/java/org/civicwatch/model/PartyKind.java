package org.civicwatch.model;

/** What sort of party. */
public enum PartyKind {
    /** One person, named or described by their post. */
    PERSON,
    /** A body with a legal or official existence: a city office, a company, a police force. */
    ORGANISATION,
    /** People acting together, such as a citizens' group or a team of staff. */
    GROUP
}
