package org.civicwatch.model;

/** What sort of party. */
public enum PartyKind { PERSON, ORGANISATION, GROUP }
