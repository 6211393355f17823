package org.civicwatch.importers.csv;

import java.io.IOException;
import java.util.List;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;

/** What the CSV readers share: where they are, their problems, and an info known before the first record. */
abstract class CsvRecordReader implements RecordReader {
    final String source;
    final Rejections rejections;
    private Location location;
    boolean done;

    CsvRecordReader(String source, Rejections rejections) {
        this.source = source;
        this.rejections = rejections;
        this.location = Location.of(source);
    }

    /** Notes that the record about to be returned was read from a row (of the main table, in a package). */
    void readFrom(CsvRows.Row row) {
        location = new Location(source, row.line(), 0, row.index(), null);
    }

    /** The info is known before the first record: none, the mapping's, or the descriptor's, read first. */
    @Override
    public boolean infoComplete() {
        return true;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public List<Problem> problems() {
        return rejections.list();
    }

    /** Closes what the reader opened; the rejects files are closed after. */
    void closeInputs() throws IOException {
        // a lone file's stream belongs to the caller
    }

    @Override
    public void close() throws IOException {
        done = true;
        try {
            closeInputs();
        } finally {
            rejections.close();
        }
    }
}
