package org.civicwatch.model;

import java.util.List;
import javax.annotation.CheckForNull;

/**
 * What every record of a dataset has: an id unique in its dataset, the ids of related records,
 * links, tags, and (for extracted records) provenance.
 */
public sealed interface CivicRecord permits Incident, Sighting, Filing, NewsReference {

    /** Unique in a dataset: letters, digits, '.', '_', ':' or '-'. */
    String id();

    /** Ids of related records in the same dataset. */
    List<String> related();

    /** Links to pages about this record. */
    List<Link> links();

    /** Free tags. */
    List<String> tags();

    /** Where this record was extracted from, or null when curated by hand. */
    @CheckForNull
    Provenance provenance();

    /** This record's type. */
    default RecordType recordType() {
        return RecordType.of(this);
    }
}
