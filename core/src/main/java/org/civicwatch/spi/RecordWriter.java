package org.civicwatch.spi;

import java.io.Closeable;
import java.io.IOException;
import org.civicwatch.model.CivicRecord;

/**
 * Pushes records to one output, one at a time. {@link #close()} finishes the output (closing brackets,
 * an index file) and flushes it, but never closes a stream the caller passed in.
 *
 * <p>Formats that group records by type (a JSON document's arrays) accept records in the order
 * {@link org.civicwatch.model.Dataset#records()} yields them: all incidents, then sightings, filings
 * and news. Such a writer rejects a record of an earlier type after a later one with an
 * {@link IllegalStateException}.
 */
public interface RecordWriter extends Closeable {

    /**
     * Writes one record.
     *
     * @param record the record
     * @throws IOException if the output cannot be written
     * @throws IllegalStateException if the writer is closed, or the record comes out of the format's order
     */
    void write(CivicRecord record) throws IOException;
}
