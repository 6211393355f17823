package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.RecordRow;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.civicwatch.testkit.RandomDatasets;
import org.junit.jupiter.api.Test;

/** The compiled row reader gives the record the catalog's tree path gives, and gives up where that one refuses. */
class RowReaderTest {
    private static RowReader<? extends CivicRecord> reader(RecordRow row, List<String> header) {
        Map<String, Field> lists = new HashMap<>();
        row.listFields().forEach(f -> lists.put(f.column(), f));
        return new RowReader<>(FieldCatalog.schema(row.type()), row.table().columns(), lists, header);
    }

    @Test
    void readsEveryRandomRecordAsTheTreePathDoesInAnyColumnOrder() {
        Random random = new Random(7);
        int read = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Dataset d = RandomDatasets.generate(seed, 6);
            for (RecordType type : RecordType.values()) {
                RecordRow row = RecordRow.of(type);
                List<String> header = new ArrayList<>(row.header());
                Collections.shuffle(header, random);
                RowReader<? extends CivicRecord> fast = reader(row, header);
                RecordRow.Decoder slow = row.decoder(header);
                for (CivicRecord r : d.records().filter(x -> x.recordType() == type).toList()) {
                    String[] inOrder = row.cells(r);
                    String[] cells = new String[header.size()];
                    for (int i = 0; i < cells.length; i++) {
                        String c = inOrder[row.header().indexOf(header.get(i))];
                        cells[i] = c == null ? "" : c;
                    }
                    // Twice: the second read takes each typed value from the column's last cell.
                    for (int twice = 0; twice < 2; twice++) {
                        CivicRecord got = fast.read(cells.clone());
                        assertThat(got).as("seed %d, %s", seed, r.id()).isNotNull().isEqualTo(slow.read(cells.clone()));
                        read++;
                    }
                }
            }
        }
        assertThat(read).isGreaterThan(1000);
    }

    @Test
    void givesUpOnARowTheModelRefusesSoThatTheSlowPathCanSayWhy() {
        RecordRow row = RecordRow.of(RecordType.SIGHTING);
        List<String> header = List.of("id", "device", "place_floor", "observed", "observed_original", "tags", "links");
        RowReader<? extends CivicRecord> fast = reader(row, header);
        assertThat(fast.read(new String[] {"s1", "camera", "2", "2017-06", "平成29年6月", "[\"a\"]", ""})).isNotNull();
        assertThat(fast.read(new String[] {"s1", "webcam", "", "", "", "", ""})).isNull();
        assertThat(fast.read(new String[] {"s1", "", "", "", "", "", ""})).isNull();
        assertThat(fast.read(new String[] {"s 1", "camera", "", "", "", "", ""})).isNull();
        assertThat(fast.read(new String[] {"s1", "camera", "0", "", "", "", ""})).isNull();
        assertThat(fast.read(new String[] {"s1", "camera", "", "2017-02-30", "", "", ""})).isNull();
        assertThat(fast.read(new String[] {"s1", "camera", "", "", "平成29年", "", ""})).isNull();
        assertThat(fast.read(new String[] {"s1", "camera", "", "", "", "[\"a\"", ""})).isNull();
        assertThat(fast.read(new String[] {"s1", "camera", "", "", "", "{}", ""})).isNull();
        assertThat(fast.read(new String[] {"s1", "camera", "", "", "", "[null]", ""})).isNull();
        assertThat(fast.read(new String[] {"s1", "camera", "", "", "", "", "[{\"url\": \"ftp://x\"}]"})).isNull();
        assertThat(fast.read(new String[] {"s1", "camera", "", "", "", "", "[\"https://x\"]"})).isNull();
        // A refused row leaves nothing behind: the next good one reads as before.
        assertThat(fast.read(new String[] {"s2", "camera", "2", "2017-06", "", "[\"a\"]", ""})).isNotNull();
    }
}
