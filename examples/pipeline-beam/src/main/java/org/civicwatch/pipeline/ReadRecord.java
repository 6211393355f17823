package org.civicwatch.pipeline;

import java.util.Comparator;
import java.util.Objects;
import org.civicwatch.model.CivicRecord;

/**
 * A record as read, with where it was read: the input, the part and its place in the part. Where two
 * inputs hold records with one key, the place says which was read first, as a single-machine
 * conversion reading the inputs in order would have.
 *
 * @param file the input's path
 * @param part the part of the input ({@link Split#part()})
 * @param index the record's 1-based place in the part
 * @param line the line of the input the record was read at, 0 where the format has no lines
 * @param record the record
 */
public record ReadRecord(String file, int part, long index, long line, CivicRecord record) {
    /** Input order: by file path, then part, then place in the part. */
    public static final Comparator<ReadRecord> INPUT_ORDER = Comparator.comparing(ReadRecord::file)
            .thenComparingInt(ReadRecord::part).thenComparingLong(ReadRecord::index);

    /** Checks the fields. */
    public ReadRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(record, "record");
    }
}
