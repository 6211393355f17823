package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data packages written by hand, read as folders and zips through the facade. */
class DataPackageTest {
    @TempDir
    Path dir;

    private static void assertSmall(Dataset d) {
        assertThat(d.info()).isEqualTo(new DatasetInfo("手書きのパッケージ", null, null, null, "ja", null, List.of()));
        assertThat(d.sightings()).extracting(Sighting::id).containsExactly("s1", "s2", "s3");
        Sighting s1 = d.sightings().get(0);
        assertThat(s1.place().floor()).isEqualTo(Floor.of(2));
        assertThat(s1.notes()).isEqualTo("=1+1");
        assertThat(s1.tags()).containsExactly("ceiling", "@x");
        assertThat(d.sightings().get(1).links()).containsExactly(new Link("https://example.org/a", null, LinkKind.PHOTO,
                null));
        assertThat(d.sightings().get(2).tags()).containsExactly("basement");
        Filing f = d.filings().get(0);
        assertThat(f.events()).extracting(e -> e.kind()).containsExactly(FilingEventKind.FILED, FilingEventKind.DECIDED);
        assertThat(f.events().get(0).when()).isEqualTo(When.parse("2015-03-02").withOriginal("平成27年3月2日"));
    }

    @Test
    void aFolderItsDescriptorAndAZipOfItGiveTheSameDataset() throws IOException {
        Path folder = Packages.folder(dir.resolve("pkg"), Packages.small());
        assertSmall(CivicWatch.read(folder));
        assertSmall(CivicWatch.read(folder.resolve("datapackage.json")));
        Path zip = dir.resolve("pkg.zip");
        Files.write(zip, Packages.zip(Packages.small()));
        assertSmall(CivicWatch.read(zip));
        assertSmall(CivicWatch.read(new ByteArrayInputStream(Packages.zip(Packages.small())), "pkg.zip"));
    }

    @Test
    void aPackageWrittenByAnotherToolGivesItsStandardMetadata() throws IOException {
        Path folder = Packages.folder(dir.resolve("other"), Map.of("datapackage.json", """
                {"title": "Cameras", "description": "From elsewhere", "licenses": [{"name": "ODC-PDDL-1.0"}],
                 "contributors": [{"title": "A. Author", "role": "author"}, {"title": "City", "roles": ["publisher"]}],
                 "languages": ["en"], "created": "2024-01-26T15:00:00.300Z",
                 "sources": [{"title": "Portal", "path": "https://data.example.org/cameras"}, {"title": "Paper"}],
                 "resources": [{"name": "sightings", "path": "sightings.csv"}]}
                """, "sightings.csv", "id,device\ns1,camera\n"));
        Dataset d = CivicWatch.read(folder);
        assertThat(d.info()).isEqualTo(new DatasetInfo("Cameras", "From elsewhere", "City", "ODC-PDDL-1.0", "en",
                When.parse("2024-01-26T15:00:00Z"), List.of(new Link("https://data.example.org/cameras", "Portal", null,
                null))));
        // Written without neutralised formulas: a leading ' is the data's own.
        Files.writeString(folder.resolve("sightings.csv"), "id,device,notes\ns1,camera,'quoted\n");
        assertThat(CivicWatch.read(folder).sightings().get(0).notes()).isEqualTo("'quoted");
    }

    private DataException readFails(Map<String, String> files) throws IOException {
        Path folder = Packages.folder(Files.createTempDirectory(dir, "bad"), files);
        return catchThrowableOfType(DataException.class, () -> CivicWatch.read(folder));
    }

    @Test
    void badDescriptorsAreLocatedInDatapackageJson() throws IOException {
        assertThat(readFails(Packages.with("datapackage.json", "{\"resources\": [}"))).hasMessageEndingWith(
                ":1:16: in datapackage.json: malformed JSON: unexpected '}'; a JSON value starts with {, [, \", a"
                        + " digit, -, true, false or null");
        assertThat(readFails(Packages.with("datapackage.json", "{\"resources\": []}"))).hasMessageEndingWith(
                ":1: in datapackage.json: \"resources\" must be an array of at least one resource");
        assertThat(readFails(Packages.with("datapackage.json", "{\n\"resources\": [\n{\"name\": \"cameras\","
                + " \"path\": \"c.csv\"}]}"))).hasMessageEndingWith(":3: in datapackage.json: resource 'cameras' is not"
                + " a civicwatch table; the tables are incidents, incidents_parties, incidents_related,"
                + " incidents_links, incidents_tags, sightings, sightings_related, sightings_links, sightings_tags,"
                + " filings, filings_events, filings_related, filings_links, filings_tags, news, news_authors,"
                + " news_related, news_links, news_tags");
        assertThat(readFails(Packages.with("datapackage.json", "{\"civicwatch\": {\"version\": \"2\"}, \"resources\":"
                + " [{\"name\": \"sightings\", \"path\": \"sightings.csv\"}]}"))).hasMessageEndingWith(": in"
                + " datapackage.json: the package was written in civicwatch layout version 2; this reader reads"
                + " version 1");
        assertThat(readFails(Packages.with("datapackage.json", "{\"resources\": [{\"name\": \"sightings\","
                + " \"path\": \"../sightings.csv\"}]}"))).hasMessageContaining("has the path \"../sightings.csv\","
                + " which is not inside the package");
        assertThat(readFails(Packages.with("datapackage.json", "{\"resources\": [{\"name\": \"sightings\","
                + " \"path\": \"https://example.org/s.csv\"}]}"))).hasMessageContaining("remote data is not read");
        assertThat(readFails(Packages.with("datapackage.json", "{\"resources\": [{\"name\": \"sightings\","
                + " \"path\": \"missing.csv\"}]}"))).hasMessageContaining("names the file missing.csv, which the"
                + " package does not have");
        assertThat(readFails(Packages.with("datapackage.json", "{\"resources\": [{\"name\": \"sightings\","
                + " \"path\": \"sightings.csv\", \"encoding\": \"nonesuch\"}]}"))).hasMessageContaining("charset"
                + " \"nonesuch\" is not one Java knows");
        assertThat(readFails(Packages.with("datapackage.json", "{\"civicwatch\": {\"info\": {\"created\": \"soon\"}},"
                + " \"resources\": [{\"name\": \"sightings\", \"path\": \"sightings.csv\"}]}")))
                .hasMessageContaining("field 'civicwatch.info.created'").hasMessageContaining("in datapackage.json:");
    }

    @Test
    void aLinkToAFileOutsideThePackageIsNotFollowed() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.csv"), "id,device\nsecret,camera\n");
        Path folder = Packages.folder(dir.resolve("linked"), Map.of("datapackage.json",
                "{\"resources\": [{\"name\": \"sightings\", \"path\": \"sightings.csv\"}]}"));
        Files.createSymbolicLink(folder.resolve("sightings.csv"), outside);
        assertThat(catchThrowableOfType(DataException.class, () -> CivicWatch.read(folder)))
                .hasMessageContaining("a link to a file outside the package; it is not read");
    }

    @Test
    void badRowsAreLocatedInTheirTableFile() throws IOException {
        assertThat(readFails(Packages.with("sightings_tags.csv", "sighting_id,position,value\ns1,1,a\ns1,3,b\n")))
                .hasMessageEndingWith(":3:2: record 2, field 'position': in sightings_tags.csv: the position is \"3\""
                        + " where 2 comes next for sighting 's1': the rows of one record's list are"
                        + " numbered 1, 2, 3... in order");
        assertThat(readFails(Packages.with("filings_events.csv", "filing_id,position,kind,when\nf1,1,filed,2015-02-30\n")))
                .hasMessageEndingWith(":2:4: record 1, field 'when': in filings_events.csv: cannot read \"2015-02-30\":"
                        + " 2015-02-30 does not exist: 2015-02 has 28 days");
        assertThat(readFails(Packages.with("data/links.csv", "sighting_id;position;url\ns2;1;ftp://example.org\n")))
                .hasMessageContaining(":2:3: record 1, field 'url': in data/links.csv: ");
        assertThat(readFails(Packages.with("sightings_tags.csv", "sighting_id,position,value\ns9,1,orphan\n")))
                .hasMessageEndingWith(":2:1: record 1, field 'sighting_id': in sightings_tags.csv: the row belongs to"
                        + " sighting 's9', which sightings.csv does not have: the rows of a list must come in the order"
                        + " of their records in sightings.csv");
        assertThat(readFails(Packages.with("sightings.csv", "id,device,place_floor\ns1,camera,x\n")))
                .hasMessageEndingWith(":2:3: record 1, field 'place_floor': in sightings.csv: cannot read \"x\" as a"
                        + " floor: write 1 (ground floor), -1 (first basement) or 3..30 (a range)");
        assertThat(readFails(Packages.with("sightings_tags.csv", "sighting_id,value\ns1,a\n")))
                .hasMessageEndingWith(":1: field 'position': in sightings_tags.csv: the header lacks the required column"
                        + " position; expected at least sighting_id, position, value, found sighting_id, value");
    }

    @Test
    void leniencyRejectsARecordWithTheRowsOfItsListsIntoOneRejectsFilePerTable() throws IOException {
        Path folder = Packages.folder(dir.resolve("lenient"), Packages.with("sightings_tags.csv",
                "sighting_id,position,value\ns1,1,ceiling\ns1,3,skipped\ns3,1,basement\n"));
        Path rejects = dir.resolve("rejects");
        List<Problem> seen = new java.util.ArrayList<>();
        Dataset d = CivicWatch.read(folder, "datapackage", Options.EMPTY.with(org.civicwatch.spi.StandardOptions.LENIENT,
                true).with(org.civicwatch.spi.StandardOptions.REJECTED, seen::add)
                .with(CsvReadSettings.REJECTS, rejects.toString()));
        assertThat(d.sightings()).extracting(Sighting::id).containsExactly("s2", "s3");
        assertThat(seen).extracting(Problem::rejected).containsExactly("s1,camera,2,'=1+1\n", "s1,1,ceiling\n",
                "s1,3,skipped\n");
        assertThat(seen.get(2).message()).startsWith("in sightings_tags.csv: rejected with sighting 's1'"
                + " (sightings.csv line 2), because lenient:3:2: record 2, field 'position': in sightings_tags.csv: the"
                + " position is \"3\" where 2 comes next");
        assertThat(Files.readString(rejects.resolve("sightings.csv"))).isEqualTo("id,device,place_floor,notes\n"
                + "s1,camera,2,'=1+1\n");
        assertThat(Files.readString(rejects.resolve("sightings_tags.csv"))).isEqualTo("sighting_id,position,value\n"
                + "s1,1,ceiling\ns1,3,skipped\n");
    }

    @Test
    void aListRowOfNoRecordIsToldApartFromTheRowsItHeldBackFromTheirRecords() throws IOException {
        // s9 is in no table; the rows after it could not be joined to s2 and s3, which were read without them.
        Path folder = Packages.folder(dir.resolve("orphan"), Packages.with("sightings_tags.csv",
                "sighting_id,position,value\ns1,1,a\ns9,1,orphan\ns2,1,b\ns3,1,c\ns3,2,d\n"));
        List<Problem> seen = new java.util.ArrayList<>();
        Dataset d = readLeniently(folder, seen);
        assertThat(d.sightings()).extracting(Sighting::id).containsExactly("s1", "s2", "s3");
        assertThat(d.sightings()).extracting(Sighting::tags).containsExactly(List.of("a"), List.of(), List.of());
        assertThat(seen).extracting(Problem::rejected).containsExactly("s9,1,orphan\n", "s2,1,b\n", "s3,1,c\n",
                "s3,2,d\n");
        assertThat(seen).extracting(p -> p.location().line()).containsExactly(3L, 4L, 5L, 6L);
        assertThat(seen.get(0).message()).endsWith("the row belongs to sighting 's9', which sightings.csv does not"
                + " have: the rows of a list must come in the order of their records in sightings.csv");
        assertThat(seen.get(1).message()).endsWith("the row belongs to sighting 's2' (sightings.csv line 3), which was"
                + " read without it: the row of sighting 's9' at line 3 before it held it back; the rows of a list must"
                + " come in the order of their records in sightings.csv");
        assertThat(seen.get(3).message()).contains("sighting 's3' (sightings.csv line 4), which was read without it:"
                + " the row of sighting 's9' at line 3");
    }

    @Test
    void aListRowAfterTheRowsOfALaterRecordSaysItsRecordWasReadWithoutIt() throws IOException {
        Path folder = Packages.folder(dir.resolve("reversed"), Packages.with("sightings_tags.csv",
                "sighting_id,position,value\ns2,1,b\ns1,1,a\n"));
        List<Problem> seen = new java.util.ArrayList<>();
        Dataset d = readLeniently(folder, seen);
        assertThat(d.sightings()).extracting(Sighting::tags).containsExactly(List.of(), List.of("b"), List.of());
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).location().line()).isEqualTo(3L);
        assertThat(seen.get(0).message()).isEqualTo("in sightings_tags.csv: the row belongs to sighting 's1' (sightings.csv line 2), which was read without it: it comes after the rows"
                + " of records read later; the rows of a list must come in the order of their records in sightings.csv");
    }

    private static Dataset readLeniently(Path folder, List<Problem> seen) throws IOException {
        return CivicWatch.read(folder, "datapackage", Options.EMPTY.with(org.civicwatch.spi.StandardOptions.LENIENT,
                true).with(org.civicwatch.spi.StandardOptions.REJECTED, seen::add));
    }
}
