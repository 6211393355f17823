package org.civicwatch.exporters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicwatch.CivicWatch;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.JsonText;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Link;
import org.civicwatch.model.When;
import org.civicwatch.testkit.RandomDatasets;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The datapackage.json written follows the Frictionless specifications and says what the catalog says. */
class DescriptorTest {
    @TempDir
    Path dir;

    private Path write(Dataset d, String name, CsvWriteSettings settings) throws IOException {
        Path folder = dir.resolve(name);
        CivicWatch.write(d, folder, "datapackage", settings.toOptions());
        return folder;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> descriptor(Path folder) throws IOException {
        return (Map<String, Object>) JsonText.parse(Files.readString(folder.resolve("datapackage.json")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resource(Map<String, Object> descriptor, String name) {
        return ((List<Map<String, Object>>) descriptor.get("resources")).stream()
                .filter(r -> r.get("name").equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> field(Map<String, Object> resource, String name) {
        Map<String, Object> schema = (Map<String, Object>) resource.get("schema");
        return ((List<Map<String, Object>>) schema.get("fields")).stream()
                .filter(f -> f.get("name").equals(name)).findFirst().orElseThrow();
    }

    @Test
    void packagesOfTheSampleAndOfRandomDatasetsFollowTheSpecification() throws IOException {
        assertThat(FrictionlessRules.check(write(SampleData.gunmaPrefecturalOffice(), "sample", CsvWriteSettings.DEFAULT)))
                .isEmpty();
        assertThat(FrictionlessRules.check(write(SampleData.gunmaPrefecturalOffice(), "excel", CsvWriteSettings.EXCEL)))
                .isEmpty();
        for (long seed = 1; seed <= 4; seed++) {
            Dataset every = RandomDatasets.generate(seed, 4, RandomDatasets.Fill.EVERY_FIELD);
            assertThat(FrictionlessRules.check(write(every, "every-" + seed, CsvWriteSettings.DEFAULT)))
                    .as("seed %d", seed).isEmpty();
            Dataset mixed = RandomDatasets.generate(seed, 4);
            assertThat(FrictionlessRules.check(write(mixed, "mixed-" + seed, CsvWriteSettings.DEFAULT)))
                    .as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void theRulesCatchPackagesThatBreakThem() throws IOException {
        Path folder = write(SampleData.gunmaPrefecturalOffice(), "broken", CsvWriteSettings.DEFAULT);
        Path sightings = folder.resolve("sightings.csv");
        String csv = Files.readString(sightings);
        Files.writeString(sightings, csv.replaceFirst(",camera,", ",webcam,"));
        Path events = folder.resolve("filings_events.csv");
        Files.writeString(events, Files.readString(events).replaceFirst("\nfiling-2015", "\nfiling-none"));
        Path descriptor = folder.resolve("datapackage.json");
        Files.writeString(descriptor, Files.readString(descriptor).replace("\"tabular-data-resource\"", "\"x\"")
                .replace("\"name\": \"news\"", "\"name\": \"News\""));
        assertThat(FrictionlessRules.check(folder)).anySatisfy(r -> assertThat(r).contains("\"webcam\" is not one of"))
                .anySatisfy(r -> assertThat(r).contains("filings_events: the foreign key [filing_id] = [filing-none"))
                .anySatisfy(r -> assertThat(r).contains("has the profile tabular-data-resource"))
                .anySatisfy(r -> assertThat(r).contains("a resource needs a name of lower-case letters"));
    }

    @Test
    void tableSchemasCarryTheCatalogsTypesFormatsRequirednessAndEnumerations() throws IOException {
        Map<String, Object> d = descriptor(write(SampleData.gunmaPrefecturalOffice(), "types", CsvWriteSettings.DEFAULT));
        Map<String, Object> sightings = resource(d, "sightings");
        assertThat(sightings).containsEntry("path", "sightings.csv").containsEntry("profile", "tabular-data-resource")
                .containsEntry("format", "csv").containsEntry("mediatype", "text/csv").containsEntry("encoding", "utf-8");
        assertThat(sightings.get("dialect")).isEqualTo(Map.of("delimiter", ",", "lineTerminator", "\n",
                "quoteChar", "\"", "doubleQuote", true, "header", true));
        assertThat(field(sightings, "id")).containsEntry("type", "string")
                .containsEntry("constraints", Map.of("required", true, "unique", true));
        assertThat(field(sightings, "device")).containsEntry("type", "string").extracting("constraints")
                .isEqualTo(Map.of("required", true, "enum", FieldCatalog.SIGHTING.field("device").orElseThrow().type()
                        instanceof org.civicwatch.catalog.ScalarType<?> s ? s.allowed() : List.of()));
        assertThat(field(sightings, "place_latitude")).containsEntry("type", "number").doesNotContainKey("constraints");
        assertThat(field(sightings, "count_value")).containsEntry("type", "integer");
        assertThat(field(sightings, "observer_public_figure")).containsEntry("type", "boolean")
                .containsEntry("trueValues", List.of("true")).containsEntry("falseValues", List.of("false"));
        assertThat(field(sightings, "place_floor")).extracting("constraints")
                .isEqualTo(Map.of("pattern", "-?[0-9]{1,3}(\\.\\.-?[0-9]{1,3})?"));
        assertThat((String) field(sightings, "observed").get("description")).contains("EDTF");
        // A count's qualifier is required within a count, but a sighting need not have a count.
        assertThat(field(sightings, "count_qualifier")).extracting("constraints").isEqualTo(Map.of("enum",
                List.of("exact", "at_least", "approximate")));
        assertThat(sightings.get("schema")).extracting("primaryKey").isEqualTo(List.of("id"));

        Map<String, Object> links = resource(d, "incidents_links");
        assertThat(links.get("schema")).extracting("primaryKey").isEqualTo(List.of("incident_id", "position"));
        assertThat(links.get("schema")).extracting("foreignKeys").isEqualTo(List.of(Map.of("fields", List.of("incident_id"),
                "reference", Map.of("resource", "incidents", "fields", List.of("id")))));
        assertThat(field(links, "url")).containsEntry("format", "uri").containsEntry("constraints", Map.of("required", true));
        assertThat(field(links, "position")).containsEntry("type", "integer")
                .containsEntry("constraints", Map.of("required", true, "minimum", 1L));

        Map<String, Object> filings = resource(d, "filings");
        assertThat(filings.get("schema")).extracting("foreignKeys").isEqualTo(List.of(Map.of("fields",
                List.of("preceded_by"), "reference", Map.of("resource", "", "fields", List.of("id")))));
        assertThat(resource(d, "sightings_tags").get("schema")).extracting("fields").asList().extracting("name")
                .containsExactly("sighting_id", "position", "value");
    }

    @Test
    void theDatasetInfoIsPackageMetadata() throws IOException {
        DatasetInfo info = new DatasetInfo("群馬県庁の監視カメラ", "説明\n二段落目", "市民オンブズマン群馬",
                "https://creativecommons.org/licenses/by/4.0/", "ja", When.parse("2017-06-13T23:48:05+09:00"),
                List.of(new Link("https://pink.ap.teacup.com/ogawaken/1674.html", "報告", null, null)));
        Map<String, Object> d = descriptor(write(Dataset.empty(info), "info", CsvWriteSettings.EXCEL));
        assertThat(d).containsEntry("profile", "tabular-data-package").containsEntry("title", "群馬県庁の監視カメラ")
                .containsEntry("description", "説明\n二段落目")
                .containsEntry("licenses", List.of(Map.of("path", "https://creativecommons.org/licenses/by/4.0/")))
                .containsEntry("contributors", List.of(Map.of("title", "市民オンブズマン群馬", "role", "publisher")))
                .containsEntry("languages", List.of("ja")).containsEntry("created", "2017-06-13T23:48:05+09:00")
                .containsEntry("sources", List.of(Map.of("title", "報告",
                        "path", "https://pink.ap.teacup.com/ogawaken/1674.html")));
        assertThat(d.get("civicwatch")).isEqualTo(Map.of("version", "1", "formulasNeutralised", true,
                "info", FieldCatalog.DATASET_INFO.toTree(info)));
        // Every record type's table is listed even when empty; lists only when they hold something.
        assertThat(((List<?>) d.get("resources"))).extracting("name")
                .containsExactly("incidents", "sightings", "filings", "news");
        assertThat(resource(d, "news").get("dialect")).extracting("lineTerminator").isEqualTo("\r\n");
    }

    @Test
    void aDateThatIsNoRfc3339TimestampStaysOutOfCreated() throws IOException {
        Map<String, Object> d = descriptor(write(SampleData.gunmaPrefecturalOffice(), "created", CsvWriteSettings.DEFAULT));
        // 2017-06-13T23:48+09:00 has no seconds, which RFC 3339 requires: it travels in the civicwatch member.
        assertThat(d).doesNotContainKey("created");
        assertThat(d.get("civicwatch")).extracting("info").extracting("created").isEqualTo("2017-06-13T23:48+09:00");
    }

    @Test
    void theDescriptorIsUtf8JsonWithoutAByteOrderMarkEvenInTheExcelPreset() throws IOException {
        byte[] bytes = Files.readAllBytes(write(SampleData.gunmaPrefecturalOffice(), "bom", CsvWriteSettings.EXCEL)
                .resolve("datapackage.json"));
        assertThat(bytes[0]).isEqualTo((byte) '{');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).endsWith("}\n");
    }
}
