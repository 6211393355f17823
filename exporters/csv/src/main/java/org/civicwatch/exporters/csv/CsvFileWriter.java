package org.civicwatch.exporters.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.RecordRow;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.CivicWatchException;
import org.civicwatch.spi.RecordWriter;

/** Writes the records of one type as the rows of one CSV file; the header goes out with the first record. */
final class CsvFileWriter implements RecordWriter {
    private final Writer out;
    private final CsvWriteSettings settings;
    private @CheckForNull RecordType type;
    private @CheckForNull RecordRow row;
    private @CheckForNull RowPrinter printer;
    private @CheckForNull ColumnValues values;
    private @CheckForNull ListCells lists;
    /** The row being printed, filled anew for each record. */
    private String[] cells = new String[0];
    private boolean closed;

    CsvFileWriter(OutputStream out, CsvWriteSettings settings, @CheckForNull RecordType type) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.settings = settings;
        this.type = type;
    }

    @Override
    public void write(CivicRecord record) throws IOException {
        if (closed) {
            throw new IllegalStateException("the CSV writer is closed");
        }
        RecordType t = record.recordType();
        if (type == null) {
            type = t;
        } else if (t != type) {
            throw new CivicWatchException("a CSV file holds one record type, and this one holds " + type.plural()
                    + ": " + t.singular() + " '" + record.id() + "' cannot go in it. Write each type to its own CSV"
                    + " file, or the whole dataset as a data package (a folder or a .zip).");
        }
        RowPrinter p = start();
        values.fill(record, cells, 0);
        lists.fill(record, cells);
        p.print(cells);
    }

    private RowPrinter start() throws IOException {
        if (printer == null) {
            row = RecordRow.of(type);
            printer = new RowPrinter(out, settings, row.header(), Columns.text(row));
            values = new ColumnValues(row.table());
            lists = new ListCells(row, values.size());
            cells = new String[row.header().size()];
        }
        return printer;
    }

    /** A single CSV file has no place for the dataset info. */
    @Override
    public void lateInfo(DatasetInfo complete) {
        // nothing to write
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (printer == null && type != null) {
            start();
        }
        if (printer != null) {
            printer.flush();
        }
        out.flush();
    }
}
