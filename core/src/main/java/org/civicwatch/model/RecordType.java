package org.civicwatch.model;

import java.util.Locale;
import java.util.Optional;

/** The four kinds of record, with the names formats use for them. */
public enum RecordType {
    INCIDENT(Incident.class, "incident", "incidents"),
    SIGHTING(Sighting.class, "sighting", "sightings"),
    FILING(Filing.class, "filing", "filings"),
    NEWS(NewsReference.class, "news", "news");

    private final Class<? extends CivicRecord> recordClass;
    private final String singular;
    private final String plural;

    RecordType(Class<? extends CivicRecord> recordClass, String singular, String plural) {
        this.recordClass = recordClass;
        this.singular = singular;
        this.plural = plural;
    }

    /** The Java class of its records. */
    public Class<? extends CivicRecord> recordClass() {
        return recordClass;
    }

    /** The name of one record, as a JSON Lines {@code type} ("sighting"). */
    public String singular() {
        return singular;
    }

    /** The name of a collection, as a JSON member or a CSV file name ("sightings"). */
    public String plural() {
        return plural;
    }

    /** The type of a record. */
    public static RecordType of(CivicRecord record) {
        if (record instanceof Incident) {
            return INCIDENT;
        }
        if (record instanceof Sighting) {
            return SIGHTING;
        }
        return record instanceof Filing ? FILING : NEWS;
    }

    /** The type named by its singular or plural name, any case. */
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
