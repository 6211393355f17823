package org.civicwatch.exporters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicwatch.catalog.DataPackages;
import org.civicwatch.catalog.RecordRow;
import org.civicwatch.catalog.Table;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.civicwatch.testkit.RandomDatasets;
import org.junit.jupiter.api.Test;

/** The prepared accessors give the cells the catalog gives, for every table and every kind of value. */
class ColumnValuesTest {
    @Test
    void everyTableRowIsTheCatalogsRow() {
        int rows = 0;
        for (long seed = 1; seed <= 30; seed++) {
            Dataset d = RandomDatasets.generate(seed, 5);
            for (Table table : DataPackages.tables()) {
                ColumnValues values = new ColumnValues(table);
                for (CivicRecord r : d.records().filter(x -> x.recordType() == table.type()).toList()) {
                    List<?> objects = table.isChild() ? (List<?>) table.list().get(r) : List.of(r);
                    for (Object o : objects) {
                        String[] cells = new String[values.size() + 1];
                        cells[0] = "before";
                        values.fill(o, cells, 1);
                        assertThat(java.util.Arrays.copyOfRange(cells, 1, cells.length)).as("%s of %s", table.name(),
                                r.id()).containsExactly(table.row(o));
                        assertThat(cells[0]).isEqualTo("before");
                        rows++;
                    }
                }
            }
        }
        assertThat(rows).isGreaterThan(1000);
    }

    @Test
    void aSingleFilesRowIsTheCatalogsRowListsIncluded() {
        for (long seed = 1; seed <= 30; seed++) {
            Dataset d = RandomDatasets.generate(seed, 5);
            for (RecordType type : RecordType.values()) {
                RecordRow row = RecordRow.of(type);
                ColumnValues values = new ColumnValues(row.table());
                ListCells lists = new ListCells(row, values.size());
                String[] cells = new String[row.header().size()];
                for (CivicRecord r : d.records().filter(x -> x.recordType() == type).toList()) {
                    // The same array for every row, as the writer keeps it: nothing of the last row may stay.
                    values.fill(r, cells, 0);
                    lists.fill(r, cells);
                    assertThat(cells).as(r.id()).containsExactly(row.cells(r));
                }
            }
        }
    }
}
