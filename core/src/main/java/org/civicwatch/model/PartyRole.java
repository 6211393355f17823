package org.civicwatch.model;

/** The part a party plays in an incident. */
public enum PartyRole { ALLEGED_PERPETRATOR, AFFECTED, WITNESS, REPORTER, AUTHORITY, OTHER }
