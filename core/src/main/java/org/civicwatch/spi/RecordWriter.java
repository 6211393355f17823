package org.civicwatch.spi;

import java.io.Closeable;
import java.io.IOException;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;

/**
 * Pushes records to one output, one at a time. {@link #close()} finishes the output (closing brackets,
 * an index file) and flushes it, but never closes a stream the caller passed in.
 *
 * <p>What a writer needs of its caller, its exporter declares: whether records must come grouped by type
 * ({@link Exporter#needsRecordsGrouped()}) and whether the dataset info may come after the records
 * ({@link Exporter#takesLateInfo()}, then through {@link #lateInfo(DatasetInfo)}). The registry's
 * conversions honour both, so a writer never has to signal an order it cannot take by throwing.
 */
public interface RecordWriter extends Closeable {

    /**
     * Writes one record.
     *
     * @param record the record
     * @throws IOException if the output cannot be written
     * @throws IllegalStateException if the writer is closed, or (for a writer whose exporter
     *     {@linkplain Exporter#needsRecordsGrouped() needs records grouped}) the record comes out of
     *     {@link org.civicwatch.model.RecordType} order
     */
    void write(CivicRecord record) throws IOException;

    /**
     * Takes the dataset info that became complete only after writing began: some inputs give it after
     * their records (a JSON document may hold {@code info} last). Called at most once, after the last
     * record and before {@link #close()}, and only when it differs from the info the writer was opened
     * with; only for writers whose exporter {@linkplain Exporter#takesLateInfo() takes late info}.
     *
     * <p>The default refuses: a writer that puts the info first (a header line) cannot change it
     * afterwards, and its caller must open it with the complete info instead.
     *
     * @param complete the complete info, replacing the one given when the writer was opened
     * @throws IOException if the output cannot be written
     * @throws UnsupportedOperationException by default, for writers that cannot take late info
     */
    default void lateInfo(DatasetInfo complete) throws IOException {
        throw new UnsupportedOperationException(getClass().getName() + " writes the dataset info first and cannot"
                + " take it late; open it with the complete info (its exporter's takesLateInfo() is false)");
    }
}
