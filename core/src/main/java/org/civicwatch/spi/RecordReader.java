package org.civicwatch.spi;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
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

    /** {@return where the reader is: the last record returned, or the start} */
    Location location();

    /** {@return the problems lenient reading passed over, in order; always empty in strict mode} */
    List<Problem> problems();
}
