package org.civicwatch.exporters.csv;

import java.util.List;
import org.civicwatch.catalog.Column;
import org.civicwatch.catalog.RecordRow;
import org.civicwatch.catalog.SpreadsheetSafety;
import org.civicwatch.catalog.Table;

/** Which columns of a file hold text that a spreadsheet could run, in header order. */
final class Columns {
    private Columns() {
    }

    /** For a table file: a child table's key and position are ids and numbers, never text to mark. */
    static boolean[] text(Table table) {
        List<Column> columns = table.columns();
        int offset = table.isChild() ? 2 : 0;
        boolean[] text = new boolean[offset + columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            text[offset + i] = SpreadsheetSafety.appliesTo(columns.get(i).type());
        }
        return text;
    }

    /** For a single-file row: the list columns hold JSON arrays, which start with '['. */
    static boolean[] text(RecordRow row) {
        boolean[] main = text(row.table());
        return java.util.Arrays.copyOf(main, row.header().size());
    }
}
