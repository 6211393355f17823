package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.civicwatch.importers.csv.Inputs.read;
import static org.civicwatch.importers.csv.Inputs.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Link;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single CSV files as written by hand, in the layout the exporter writes: one record a row. */
class SingleFileTest {
    @TempDir
    Path dir;

    @Test
    void readsNestedColumnsOriginalTextsAndListsAsJson() throws IOException {
        Dataset d = read("id,observed,observed_original,place_facility,place_floor,place_floor_label,device,"
                + "count_value,count_qualifier,count_original,notes,tags,links\n"
                + "s1,2017-06-01,平成29年6月1日,群馬県庁,-1,地下1階,camera,2,exact,2基,\"天井に\n2基\","
                + "\"[\"\"ceiling\"\",\"\"a,b\"\"]\",\"[{\"\"url\"\":\"\"https://example.org/\"\",\"\"kind\"\":\"\"photo\"\"}]\"\n"
                + "s2,,,,,,motion_sensor,0,exact,,,,\n", "sightings.csv");
        Sighting s1 = d.sightings().get(0);
        assertThat(s1.observed()).isEqualTo(When.parse("2017-06-01").withOriginal("平成29年6月1日"));
        assertThat(s1.place().facility()).isEqualTo("群馬県庁");
        assertThat(s1.place().floor()).isEqualTo(Floor.of(-1));
        assertThat(s1.place().floorLabel()).isEqualTo("地下1階");
        assertThat(s1.count()).isEqualTo(Count.exactly(2).withOriginal("2基"));
        assertThat(s1.notes()).isEqualTo("天井に\n2基");
        assertThat(s1.tags()).containsExactly("ceiling", "a,b");
        assertThat(s1.links()).containsExactly(new Link("https://example.org/", null, org.civicwatch.model.LinkKind.PHOTO,
                null));
        Sighting s2 = d.sightings().get(1);
        assertThat(s2.device()).isEqualTo(DeviceType.MOTION_SENSOR);
        assertThat(s2.count()).isEqualTo(Count.none());
        assertThat(s2.place()).isNull();
        assertThat(s2.tags()).isEmpty();
    }

    @Test
    void theHeaderTellsTheTypeWhateverTheName() throws IOException {
        Dataset d = read("id,kind,events\nf1,disclosure_request,\"[{\"\"kind\"\":\"\"filed\"\",\"\"when\"\":\"\"2015-03\"\"}]\"\n",
                "export.csv");
        Filing f = d.filings().get(0);
        assertThat(f.events()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(FilingEventKind.FILED);
            assertThat(e.when()).isEqualTo(When.parse("2015-03"));
        });
        assertThat(read("id,title\ni1,盗聴\n", "x.csv").incidents()).extracting(Incident::title).containsExactly("盗聴");
    }

    @Test
    void theOptionTellsTheTypeBeforeTheHeader() {
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(utf8("id,device\ns1,camera\n"),
                "sightings.csv", Options.EMPTY.with(CsvReadSettings.TYPE, RecordType.INCIDENT)));
        assertThat(e).hasMessageStartingWith("sightings.csv:1:2: field 'device': unknown column 'device': a file of"
                + " incidents has the columns id, title, summary, when, when_original,")
                .hasMessageEndingWith("; found id, device");
    }

    @Test
    void theNameTellsTheTypeWhenTheHeaderCannot() {
        DataException e = catchThrowableOfType(DataException.class, () -> read("id,notes\ns1,x\n", "gunma-sightings-2017.csv"));
        assertThat(e).hasMessage("gunma-sightings-2017.csv:1: field 'device': the header lacks the required column"
                + " device of sightings; expected at least id, device, found id, notes");
    }

    @Test
    void whenNothingTellsTheTypeTheErrorNamesAllThreeWays() {
        DataException e = catchThrowableOfType(DataException.class, () -> read("id,notes\ns1,x\n", "list.csv"));
        assertThat(e).hasMessage("list.csv:1: cannot tell which records the file holds: its header (id, notes) is"
                + " not the columns of one record type, and its name does not name one. Set the option type"
                + " (incident, sighting, filing, news), or give the file the columns of one type, or name it after"
                + " its type (sightings.csv); for another publisher's file, give a column-mapping file with the"
                + " option mapping");
    }

    @Test
    void emptyFilesAndHeadersAloneHoldNoRecords() throws IOException {
        assertThat(read("", "sightings.csv").size()).isZero();
        assertThat(read("id,device\n", "sightings.csv").size()).isZero();
        assertThat(read("id,device\n\n\n", "sightings.csv").size()).isZero();
    }

    @Test
    void blankLinesAndCellsOverSeveralLinesKeepLineNumbersRight() {
        DataException e = catchThrowableOfType(DataException.class, () -> read("id,device,notes\n"
                + "s1,camera,\"one\ntwo\nthree\"\n\ns2,webcam,x\n", "sightings.csv"));
        assertThat(e).hasMessageStartingWith("sightings.csv:6:2: record 2, field 'device': \"webcam\" is not one of");
        assertThat(e.location().line()).isEqualTo(6);
    }

    @Test
    void theFacadeReadsAFileByItsHeader() throws IOException {
        Path file = dir.resolve("cameras.txt");
        Files.writeString(file, "id,device,place_area\ns1,camera,正面入口\n");
        assertThat(CivicWatch.read(file).sightings()).extracting(s -> s.place().area()).containsExactly("正面入口");
        Path named = dir.resolve("sightings.csv");
        Files.writeString(named, "id,device\ns1,dome\n");
        DataException e = catchThrowableOfType(DataException.class, () -> CivicWatch.read(named));
        assertThat(e.location().line()).isEqualTo(2);
        assertThat(e.location().field()).isEqualTo("device");
        assertThat(List.of(e.location().record(), e.location().column())).containsExactly(1L, 2L);
    }
}
