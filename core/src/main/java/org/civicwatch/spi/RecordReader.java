package org.civicwatch.spi;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;

/**
 * Pulls records from one input, one at a time, so memory does not grow with the input.
 *
 * <pre>{@code
 * try (RecordReader r = importer.open(in, "sightings.jsonl", Options.EMPTY)) {
 *     for (CivicRecord rec; (rec = r.next()) != null; ) { ... }
 * }
 * }</pre>
 *
 * <p>Closing a reader releases what it opened, never a stream the caller passed in.
 */
public interface RecordReader extends Closeable {

    /**
     * The next record, or null at the end of the input.
     *
     * @return the record, or null at the end
     * @throws DataException for bad input (in lenient mode, only when the bound on problems is passed)
     * @throws IOException if the input cannot be read
     */
    @CheckForNull
    CivicRecord next() throws IOException;

    /** {@return the dataset info read so far; complete once {@link #next()} has returned null} */
    DatasetInfo info();

    /**
     * {@return whether {@link #info()} is final already, before the end of the input: nothing later in
     * the input can change it}
     *
     * <p>A conversion opens its writer once this is true (or the input has ended), holding back the
     * records read before it in a temporary file, so that a writer that puts the info first gets the
     * complete info. The default, false, counts the info as final only at the end of the input; a
     * reader whose format gives the info at the start (a header line, a metadata file read first) returns
     * true once it has read that place, so conversions stream.
     */
    default boolean infoComplete() {
        return false;
    }

    /** {@return where the reader is: the last record returned, or the start} */
    Location location();

    /** {@return the problems lenient reading passed over, in order; always empty in strict mode} */
    List<Problem> problems();

    /**
     * {@return what the reader has counted so far besides records, by name, in the order to show them: an
     * archive's pages and posts read, captures skipped, damage passed over; empty for most formats}
     *
     * <p>For progress and summaries of long inputs: {@code {posts=9800, captures skipped=212, damaged=1}}.
     * The counts only grow while the input is read.
     */
    default Map<String, Long> tallies() {
        return Map.of();
    }
}
