package org.civicwatch.model;

import java.util.List;
import javax.annotation.CheckForNull;

/**
 * What every record of a dataset has: an id unique in its dataset, the ids of related records,
 * links, tags, and (for extracted records) provenance.
 */
public sealed interface CivicRecord permits Incident, Sighting, Filing, NewsReference {

    /** {@return the id, unique in a dataset: letters, digits, '.', '_', ':' or '-'} */
    String id();

    /** {@return ids of related records in the same dataset} */
    List<String> related();

    /** {@return links to pages about this record} */
    List<Link> links();

    /** {@return free tags} */
    List<String> tags();

    /** {@return where this record was extracted from, or null when curated by hand} */
    @CheckForNull
    Provenance provenance();

    /** {@return this record's type} */
    default RecordType recordType() {
        return RecordType.of(this);
    }
}
