package org.civicwatch.model;

import java.util.Locale;
import java.util.Optional;

/** The four kinds of record, with the names formats use for them. */
public enum RecordType {
    /** An {@link Incident}: something that happened. */
    INCIDENT(Incident.class, "incident", "incidents"),
    /** A {@link Sighting}: devices observed at a place, or their absence. */
    SIGHTING(Sighting.class, "sighting", "sightings"),
    /** A {@link Filing}: a request, audit request, lawsuit or appeal, with its steps. */
    FILING(Filing.class, "filing", "filings"),
    /** A {@link NewsReference}: a news article cited. */
    NEWS(NewsReference.class, "news", "news");

    private final Class<? extends CivicRecord> recordClass;
    private final String singular;
    private final String plural;

    RecordType(Class<? extends CivicRecord> recordClass, String singular, String plural) {
        this.recordClass = recordClass;
        this.singular = singular;
        this.plural = plural;
    }

    /** {@return the Java class of its records} */
    public Class<? extends CivicRecord> recordClass() {
        return recordClass;
    }

    /** {@return the name of one record, as a JSON Lines {@code type} ("sighting")} */
    public String singular() {
        return singular;
    }

    /** {@return the name of a collection, as a JSON member or a CSV file name ("sightings")} */
    public String plural() {
        return plural;
    }

    /**
     * {@return the type of a record}
     *
     * @param record a record
     */
    public static RecordType of(CivicRecord record) {
        if (record instanceof Incident) {
            return INCIDENT;
        }
        if (record instanceof Sighting) {
            return SIGHTING;
        }
        return record instanceof Filing ? FILING : NEWS;
    }

    /**
     * {@return the type named by its singular or plural name, any case; empty if none is}
     *
     * @param name "sighting", "Sightings"...
     */
    public static Optional<RecordType> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (RecordType t : values()) {
            if (t.singular.equals(n) || t.plural.equals(n)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
