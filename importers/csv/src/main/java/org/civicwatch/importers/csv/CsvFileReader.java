package org.civicwatch.importers.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Column;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.RecordRow;
import org.civicwatch.catalog.SpreadsheetSafety;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.DataException;

/** Reads a single CSV file of one record type, one record a row, as {@link RecordRow} lays it out. */
final class CsvFileReader extends CsvRecordReader {
    private final CsvRows rows;
    private final @CheckForNull RecordRow.Decoder decoder;
    private final @CheckForNull RecordRow row;
    private final @CheckForNull RowReader<? extends CivicRecord> reader;
    private final boolean[] text;
    private final int idColumn;

    CsvFileReader(InputStream in, String source, CsvReadSettings settings, Rejections rejections) throws IOException {
        super(source, rejections);
        this.rows = new CsvRows(in, CsvRows.Spec.of(source, null, settings.charset()), rejections);
        List<String> header = rows.header();
        if (header.isEmpty()) {
            decoder = null;
            row = null;
            reader = null;
            text = new boolean[0];
            idColumn = -1;
            return;
        }
        RecordType type = settings.type() != null ? settings.type() : RecordTypes.fromHeader(header);
        if (type == null) {
            type = RecordTypes.fromFileName(source);
        }
        if (type == null) {
            throw rows.error(rows.headerLine(), 0, 0, null, "cannot tell which records the file holds: its header"
                    + " (" + String.join(", ", header) + ") is not the columns of one record type, and its name does"
                    + " not name one. Set the option type (" + RecordTypes.names() + "), or give the file the"
                    + " columns of one type, or name it after its type (sightings.csv); for another publisher's"
                    + " file, give a column-mapping file with the option mapping");
        }
        row = RecordRow.of(type);
        try {
            decoder = row.decoder(header);
        } catch (ModelException e) {
            throw rows.error(rows.headerLine(), header.indexOf(e.field()) + 1, 0, e.field(), "unknown column '"
                    + e.field() + "': a file of " + type.plural() + " has the columns " + String.join(", ", row.header())
                    + "; found " + String.join(", ", header));
        }
        List<String> missing = decoder.missingRequired();
        if (!missing.isEmpty()) {
            throw rows.error(rows.headerLine(), 0, 0, missing.get(0), "the header lacks the required column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " of " + type.plural()
                    + "; expected at least " + String.join(", ", row.requiredColumns()) + ", found "
                    + String.join(", ", header));
        }
        Map<String, Field> lists = new HashMap<>();
        row.listFields().forEach(f -> lists.put(f.column(), f));
        reader = new RowReader<>(FieldCatalog.schema(type), row.table().columns(), lists, header);
        idColumn = header.indexOf("id");
        text = new boolean[header.size()];
        if (settings.formulasNeutralised()) {
            List<Column> columns = row.table().columns();
            for (int i = 0; i < header.size(); i++) {
                for (Column c : columns) {
                    if (c.name().equals(header.get(i))) {
                        text[i] = SpreadsheetSafety.appliesTo(c.type());
                    }
                }
            }
        }
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        if (done || decoder == null) {
            return null;
        }
        for (CsvRows.Row r; (r = rows.next()) != null; ) {
            String[] cells = CsvRows.restore(r.cells(), text);
            try {
                CivicRecord record = reader.read(cells);
                if (record == null) {
                    record = decoder.read(cells);
                }
                DataException duplicate = duplicate(record, rows, r, idColumn, 0);
                if (duplicate != null) {
                    rejections.reject(rows, duplicate, r.raw());
                    continue;
                }
                readFrom(r);
                return record;
            } catch (ModelException e) {
                String column = row.columnOf(e.field());
                int at = column == null ? -1 : rows.header().indexOf(column);
                String detail = e.reason();
                if (column != null && e.field() != null && !column.equals(e.field()) && row.isListColumn(column)) {
                    detail = e.field() + ": " + detail;
                }
                rejections.reject(rows, rows.error(r.line(), at + 1, r.index(), column, detail), r.raw());
            }
        }
        done = true;
        return null;
    }

    @Override
    public DatasetInfo info() {
        return DatasetInfo.EMPTY;
    }
}
