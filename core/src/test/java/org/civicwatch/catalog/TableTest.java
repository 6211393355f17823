package org.civicwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.RecordType;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void flattensNestedFieldsIntoPrefixedColumns() {
        Table sightings = Table.of(RecordType.SIGHTING).get(0);
        assertThat(sightings.name()).isEqualTo("sightings");
        assertThat(sightings.columnNames()).startsWith("id", "observed", "observed_original", "observer_kind",
                "observer_name").contains("place_floor", "place_floor_label", "count_value", "count_qualifier",
                "provenance_source").doesNotContain("links", "tags");
    }

    @Test
    void givesEveryListItsOwnTableKeyedByTheRecord() {
        List<Table> filings = Table.of(RecordType.FILING);
        assertThat(filings).extracting(Table::name).containsExactly("filings", "filings_events", "filings_related",
                "filings_links", "filings_tags");
        Table events = filings.get(1);
        assertThat(events.keyColumn()).isEqualTo("filing_id");
        assertThat(events.columnNames()).containsExactly("kind", "when", "when_original", "note", "link_url",
                "link_title", "link_kind", "link_published", "link_published_original");
        assertThat(filings.get(2).columnNames()).containsExactly(Table.VALUE);
    }

    @Test
    void writesCellsInStringFormAndLeavesAbsentValuesOut() {
        var absence = SampleData.sightings().stream().filter(s -> s.id().equals("sighting-3f-30f-office-space"))
                .findFirst().orElseThrow();
        Map<String, String> cells = Table.of(RecordType.SIGHTING).get(0).cells(absence);
        assertThat(cells).containsEntry("place_floor", "3..30").containsEntry("place_floor_label", "3階から30階")
                .containsEntry("count_value", "0").containsEntry("count_qualifier", "exact")
                .containsEntry("observed", "2017-05-29/2017-06-13").doesNotContainKey("camera_type");
    }

    @Test
    void everySampleRecordSurvivesFlatteningIntoTables() {
        SampleData.gunmaPrefecturalOffice().records().forEach(r -> assertThat(viaTables(r)).isEqualTo(r));
    }

    @SuppressWarnings("unchecked")
    private static <R extends CivicRecord> R viaTables(R record) {
        List<Table> tables = Table.of(record.recordType());
        Map<String, Object> tree = (Map<String, Object>) tables.get(0).tree(tables.get(0).cells(record));
        for (Table child : tables.subList(1, tables.size())) {
            List<Object> items = new ArrayList<>();
            for (Object element : (List<?>) child.list().get(record)) {
                items.add(child.tree(child.cells(element)));
            }
            if (!items.isEmpty()) {
                tree.put(child.list().name(), items);
            }
        }
        return FieldCatalog.schemaOf(record).create(tree);
    }

    @Test
    void refusesACellOfAnUnknownColumn() {
        assertThatThrownBy(() -> Table.of(RecordType.NEWS).get(0).tree(Map.of("id", "n1", "newspaper", "x")))
                .hasMessageContaining("field 'newspaper': is not a column of news; columns are id, outlet");
    }
}
