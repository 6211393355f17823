package org.civicwatch.exporters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicwatch.CivicWatch;
import org.civicwatch.importers.csv.CsvReadSettings;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;

/** What a spreadsheet user meets: formulas that do not run, and Excel reading the file as UTF-8. */
class SpreadsheetTest {

    private static final Sighting FORMULAS = Sighting.builder("s1").device(DeviceType.CAMERA)
            .observed(When.parse("2017-06-01"))
            .place(Place.builder().facility("=HYPERLINK(\"http://x.test\")").floor(Floor.of(-1), "@地下")
                    .area("+81 の前").address("-3丁目").coordinates(-33.5, -70.25).build())
            .count(Count.exactly(2).withOriginal("'2基"))
            .operator("\tTab").notes("\rreturn").tag("=1+1").tag("it's").tag("'quoted'").build();

    private static byte[] write(Dataset d, Options options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CivicWatch.write(d, out, "csv");
        ByteArrayOutputStream withOptions = new ByteArrayOutputStream();
        new CsvExporter().write(d, withOptions, options);
        return options == Options.EMPTY ? out.toByteArray() : withOptions.toByteArray();
    }

    private static Map<String, String> firstRow(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(new java.io.StringReader(text))
                .getRecords();
        return records.get(0).toMap();
    }

    @Test
    void textCellsThatASpreadsheetWouldRunAreMarkedAndNumbersAndDatesAreNot() throws IOException {
        Map<String, String> row = firstRow(write(Dataset.of(DatasetInfo.EMPTY, List.of(FORMULAS)), Options.EMPTY));
        assertThat(row).containsEntry("place_facility", "'=HYPERLINK(\"http://x.test\")")
                .containsEntry("place_floor_label", "'@地下").containsEntry("place_area", "'+81 の前")
                .containsEntry("place_address", "'-3丁目").containsEntry("operator", "'\tTab")
                .containsEntry("notes", "'\rreturn").containsEntry("count_original", "''2基")
                .containsEntry("place_floor", "-1").containsEntry("place_latitude", "-33.5")
                .containsEntry("place_longitude", "-70.25").containsEntry("observed", "2017-06-01")
                .containsEntry("count_value", "2").containsEntry("device", "camera");
        // Lists travel as JSON arrays, which start with '[' and so never run.
        assertThat(row.get("tags")).isEqualTo("[\"=1+1\",\"it's\",\"'quoted'\"]");
    }

    @Test
    void readingWithTheSameSettingsGivesTheOriginalValuesBack() throws IOException {
        Dataset d = Dataset.of(DatasetInfo.EMPTY, List.of(FORMULAS));
        assertThat(CivicWatch.read(new ByteArrayInputStream(write(d, Options.EMPTY)), "s.csv", "csv")).isEqualTo(d);
        byte[] excel = write(d, CsvWriteSettings.EXCEL.toOptions());
        assertThat(CivicWatch.read(new ByteArrayInputStream(excel), "s.csv", "csv")).isEqualTo(d);
        byte[] raw = write(d, CsvWriteSettings.DEFAULT.withFormulasNeutralised(false).toOptions());
        assertThat(firstRow(raw)).containsEntry("place_facility", "=HYPERLINK(\"http://x.test\")");
        Dataset rawBack = CivicWatch.formats().read(new ByteArrayInputStream(raw), "s.csv", "csv",
                CsvReadSettings.DEFAULT.withFormulasNeutralised(false).toOptions());
        assertThat(rawBack).isEqualTo(d);
    }

    @Test
    void readingNeutralisedCellsWithoutTakingTheMarksOffKeepsThemVisible() throws IOException {
        byte[] marked = write(Dataset.of(DatasetInfo.EMPTY, List.of(FORMULAS)), Options.EMPTY);
        Sighting back = (Sighting) CivicWatch.formats().read(new ByteArrayInputStream(marked), "s.csv", "csv",
                CsvReadSettings.DEFAULT.withFormulasNeutralised(false).toOptions()).sightings().get(0);
        assertThat(back.place().facility()).isEqualTo("'=HYPERLINK(\"http://x.test\")");
        assertThat(back.count().original()).isEqualTo("''2基");
    }

    @Test
    void theExcelPresetWritesAByteOrderMarkAndCrlfLineEnds() throws IOException {
        Dataset d = Dataset.of(DatasetInfo.EMPTY, List.of(FORMULAS, Sighting.builder("s2").device(DeviceType.OTHER)
                .notes("二行\nにわたる").build()));
        byte[] excel = write(d, CsvWriteSettings.EXCEL.toOptions());
        assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("id,observed,").endsWith("\r\n");
        assertThat(text.split("\r\n", -1)).hasSize(4); // header, two rows, and what follows the last line end
        assertThat(text).contains("\"二行\nにわたる\"");
        byte[] plain = write(d, CsvWriteSettings.DEFAULT.toOptions());
        assertThat(plain[0]).isEqualTo((byte) 'i');
        assertThat(new String(plain, StandardCharsets.UTF_8)).doesNotContain("\r\n");
    }

    @Test
    void presetsAreImmutableValues() {
        CsvWriteSettings changed = CsvWriteSettings.EXCEL.withFormulasNeutralised(false);
        assertThat(CsvWriteSettings.EXCEL.formulasNeutralised()).isTrue();
        assertThat(changed.formulasNeutralised()).isFalse();
        assertThat(changed.byteOrderMark()).isTrue();
        assertThat(changed.lineEnd()).isEqualTo("\r\n");
        assertThat(CsvWriteSettings.of(changed.toOptions())).isEqualTo(changed);
        assertThat(CsvWriteSettings.of(Options.EMPTY)).isSameAs(CsvWriteSettings.DEFAULT);
    }
}
