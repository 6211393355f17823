package org.civicwatch.importers.csv;

import java.io.IOException;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.SeenIds;

/**
 * What the CSV readers share: where they are, their problems, the ids read so far, and an info known
 * before the first record.
 */
abstract class CsvRecordReader implements RecordReader {
    /** Bits of a {@link SeenIds} tag for the file an id was read in (one per record type), its row, its line. */
    private static final int FILE_BITS = 32 - Integer.numberOfLeadingZeros(RecordType.values().length - 1);
    private static final int ROW_BITS = 31 - FILE_BITS;
    private static final long MAX_ROW = (1L << ROW_BITS) - 1;
    private static final long MAX_LINE = 0xFFFF_FFFFL;

    final String source;
    final Rejections rejections;
    /**
     * Each id with where it was first seen, its file, row and line packed in one long: with the text of the
     * rows being read, the only state that grows with the input, by about 22 bytes a record.
     */
    private final SeenIds ids = new SeenIds();
    /** The name of each file ids were read in, by the number their tags hold. */
    private final String[] files = new String[1 << FILE_BITS];
    private long line;
    private long index;
    boolean done;

    CsvRecordReader(String source, Rejections rejections) {
        this.source = source;
        this.rejections = rejections;
    }

    /** Notes that the record about to be returned was read from a row (of the main table, in a package). */
    void readFrom(CsvRows.Row row) {
        line = row.line();
        index = row.index();
    }

    /**
     * Notes a record's id, unless a record read before has it.
     *
     * @param record the record read
     * @param rows the file it was read from
     * @param row its row
     * @param idColumn the 0-based position of the column the id was read from, or -1
     * @param file which file of the input, for the tag: 0 for a lone file, a record type's ordinal in a package
     * @return null when the id is new; else the error naming where the id was first seen, located at this row
     */
    @CheckForNull
    DataException duplicate(CivicRecord record, CsvRows rows, CsvRows.Row row, int idColumn, int file) {
        files[file] = rows.name();
        long tag = (long) file << 63 - FILE_BITS | Math.min(row.index(), MAX_ROW) << 32 | Math.min(row.line(), MAX_LINE);
        long first = ids.add(record.id(), tag);
        if (first == SeenIds.NEW) {
            return null;
        }
        int firstFile = (int) (first >>> 63 - FILE_BITS);
        String where = "line " + (first & MAX_LINE) + (firstFile == file ? "" : " of " + files[firstFile]);
        return rows.error(row.line(), idColumn + 1, row.index(), idColumn < 0 ? null : "id", "duplicate id '"
                + record.id() + "': record " + (first >>> 32 & MAX_ROW) + " (" + where + ") has it too; ids must be"
                + " unique in a dataset");
    }

    /**
     * {@return the line a record with this id was read at in one file, or 0 when none was}
     *
     * @param id the id
     * @param file which file of the input, as for {@link #duplicate}
     */
    long readAt(String id, int file) {
        long first = ids.tagOf(id);
        return first == SeenIds.NEW || (int) (first >>> 63 - FILE_BITS) != file ? 0 : first & MAX_LINE;
    }

    /** The info is known before the first record: none, the mapping's, or the descriptor's, read first. */
    @Override
    public boolean infoComplete() {
        return true;
    }

    @Override
    public Location location() {
        return line == 0 ? Location.of(source) : new Location(source, line, 0, index, null);
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
