package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id read twice is refused as the JSON readers refuse it: located at the second row, naming the record
 * and line of the first; in lenient mode the second row is rejected, verbatim, and the first kept.
 */
class DuplicateIdTest {
    @TempDir
    Path dir;

    @Test
    void aLoneFileWithAnIdTwiceNamesTheRowThatHadItFirst() {
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(
                "id,device\ns1,camera\ns2,camera\ns1,motion_sensor\n", "sightings.csv"));
        assertThat(e).hasMessage("sightings.csv:4:1: record 3, field 'id': duplicate id 's1': record 1 (line 2) has"
                + " it too; ids must be unique in a dataset");
        assertThat(e.location().field()).isEqualTo("id");
    }

    @Test
    void theFirstRowIsNamedByItsLineWhenACellBeforeRunsOverSeveralLines() {
        DataException e = catchThrowableOfType(DataException.class, () -> Inputs.read(
                "device,notes,id\ncamera,\"two\nlines\",s0\ncamera,x,s1\ncamera,y,s1\n", "sightings.csv"));
        assertThat(e).hasMessage("sightings.csv:5:3: record 3, field 'id': duplicate id 's1': record 2 (line 4) has"
                + " it too; ids must be unique in a dataset");
    }

    @Test
    void leniencyRejectsTheSecondRowVerbatimAndKeepsTheFirst() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        Inputs.Lenient read = Inputs.lenient(new CsvImporter(), Inputs.utf8(
                "id,device,notes\ns1,camera,first\ns1,camera,\"second, again\"\ns2,camera,\n"), "sightings.csv",
                Options.EMPTY.with(CsvReadSettings.REJECTS, rejects.toString()));
        assertThat(read.dataset().sightings()).extracting(Sighting::id, Sighting::notes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", "first"),
                        org.assertj.core.groups.Tuple.tuple("s2", null));
        assertThat(read.problems()).extracting(Problem::toString).containsExactly("sightings.csv:3:1: record 2, field"
                + " 'id': duplicate id 's1': record 1 (line 2) has it too; ids must be unique in a dataset");
        assertThat(Files.readString(rejects)).isEqualTo("id,device,notes\ns1,camera,\"second, again\"\n");
    }

    @Test
    void anIdMadeByAColumnMappingIsCheckedToo() throws IOException {
        Path mapping = Files.writeString(dir.resolve("list.mapping.json"), """
                {"type": "sighting", "fields": {"id": {"concat": ["cam-", {"column": "番号"}]},
                 "device": {"constant": "camera"}, "place.area": {"column": "地点"}}}
                """);
        Path csv = Files.writeString(dir.resolve("list.csv"), "地点,番号\n駅前,1\n市役所,2\n駅前,1\n");
        DataException e = catchThrowableOfType(DataException.class, () -> CivicWatch.read(csv, "csv",
                Options.EMPTY.with(CsvReadSettings.MAPPING, mapping.toString())));
        assertThat(e).hasMessage("list.csv:4:2: record 3, field 'id': duplicate id 'cam-1': record 1 (line 2) has"
                + " it too; ids must be unique in a dataset");
    }

    @Test
    void aPackageWithAnIdTwiceInOneTableNamesTheFirstRow() throws IOException {
        Path folder = Packages.folder(dir.resolve("twice"), Packages.with("sightings.csv",
                "id,device,place_floor,notes\ns1,camera,2,\ns2,motion_sensor,,\ns1,camera,-1,\n"));
        DataException e = catchThrowableOfType(DataException.class, () -> CivicWatch.read(folder));
        assertThat(e).hasMessage("twice:4:1: record 3, field 'id': in sightings.csv: duplicate id 's1': record 1"
                + " (line 2) has it too; ids must be unique in a dataset");
    }

    @Test
    void aPackageWithAnIdInTwoTablesNamesTheOtherFile() throws IOException {
        Map<String, String> files = Map.of("datapackage.json", "{\"resources\": [{\"name\": \"sightings\", \"path\":"
                + " \"sightings.csv\"}, {\"name\": \"filings\", \"path\": \"filings.csv\"}]}",
                "sightings.csv", "id,device\ns1,camera\nf1,camera\n",
                "filings.csv", "kind,id,filed\ndisclosure_request,f1,2015-03\n");
        DataException e = catchThrowableOfType(DataException.class,
                () -> CivicWatch.read(Packages.folder(dir.resolve("across"), files)));
        // Sightings are read before filings.
        assertThat(e).hasMessage("across:2:2: record 1, field 'id': in filings.csv: duplicate id 'f1': record 2"
                + " (line 3 of sightings.csv) has it too; ids must be unique in a dataset");
    }

    @Test
    void leniencyRejectsADuplicateWithTheRowsOfItsListsAndKeepsTheFirstWithItsOwn() throws IOException {
        Path folder = Packages.folder(dir.resolve("lenient"), Packages.with("sightings_tags.csv",
                "sighting_id,position,value\ns1,1,ceiling\ns1,2,'@x\ns1,1,again\ns3,1,basement\n"));
        Files.writeString(folder.resolve("sightings.csv"), "id,device,place_floor,notes\ns1,camera,2,'=1+1\n"
                + "s1,camera,3,\ns2,motion_sensor,,\ns3,camera,-1,\n", StandardCharsets.UTF_8);
        Path rejects = dir.resolve("rejects");
        List<Problem> seen = new ArrayList<>();
        Dataset d = CivicWatch.read(folder, "datapackage", Options.EMPTY.with(StandardOptions.LENIENT, true)
                .with(StandardOptions.REJECTED, seen::add).with(CsvReadSettings.REJECTS, rejects.toString()));
        assertThat(d.sightings()).extracting(Sighting::id).containsExactly("s1", "s2", "s3");
        assertThat(d.sightings().get(0).tags()).containsExactly("ceiling", "@x");
        assertThat(d.sightings().get(2).tags()).containsExactly("basement");
        assertThat(seen).extracting(Problem::rejected).containsExactly("s1,camera,3,\n", "s1,1,again\n");
        assertThat(seen.get(0).toString()).isEqualTo("lenient:3:1: record 2, field 'id': in sightings.csv: duplicate"
                + " id 's1': record 1 (line 2) has it too; ids must be unique in a dataset");
        assertThat(Files.readString(rejects.resolve("sightings.csv"))).isEqualTo("id,device,place_floor,notes\n"
                + "s1,camera,3,\n");
        assertThat(Files.readString(rejects.resolve("sightings_tags.csv"))).isEqualTo("sighting_id,position,value\n"
                + "s1,1,again\n");
    }
}
