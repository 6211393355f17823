package org.civicwatch.exporters.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.civicwatch.catalog.SpreadsheetSafety;

/**
 * Prints the rows of one CSV file: the byte order mark and header first, then each row with its text
 * cells neutralised where the settings say so. Closing flushes but leaves the writer open.
 */
final class RowPrinter {
    private final CSVPrinter printer;
    private final boolean[] text;
    private final boolean neutralise;
    private long rows;

    /**
     * @param out where the file's characters go (UTF-8 encoded by the caller)
     * @param settings how to write
     * @param header the column names
     * @param text per column, whether it holds text that a spreadsheet could run
     */
    RowPrinter(Writer out, CsvWriteSettings settings, List<String> header, boolean[] text) throws IOException {
        if (settings.byteOrderMark()) {
            out.write('\uFEFF');
        }
        this.printer = new CSVPrinter(out, settings.format());
        this.text = text.clone();
        this.neutralise = settings.formulasNeutralised();
        printer.printRecord(header);
    }

    /** Prints one row; cells are null where absent. */
    void print(String[] cells) throws IOException {
        if (neutralise) {
            for (int i = 0; i < cells.length; i++) {
                if (text[i] && cells[i] != null) {
                    cells[i] = SpreadsheetSafety.neutralise(cells[i]);
                }
            }
        }
        printer.printRecord((Object[]) cells);
        rows++;
    }

    /** {@return how many rows were printed, the header aside} */
    long rows() {
        return rows;
    }

    void flush() throws IOException {
        printer.flush();
    }
}
