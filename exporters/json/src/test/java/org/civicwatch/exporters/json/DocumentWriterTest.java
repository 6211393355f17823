package org.civicwatch.exporters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.json.JsonTrees;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.testkit.RandomDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the writers put out is core's {@link DatasetTree} as JSON, whichever order records come in. Read back
 * here with the shared tree parser; the round trips through the importers are tested in {@code examples}.
 */
class DocumentWriterTest {

    /** The records of a dataset interleaved at random, each type's in their order. */
    private static List<CivicRecord> interleaved(Dataset dataset, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<java.util.ArrayDeque<CivicRecord>> queues = new ArrayList<>();
        for (org.civicwatch.model.RecordType type : org.civicwatch.model.RecordType.values()) {
            queues.add(new java.util.ArrayDeque<>(dataset.records(type)));
        }
        queues.removeIf(java.util.ArrayDeque::isEmpty);
        List<CivicRecord> out = new ArrayList<>();
        while (!queues.isEmpty()) {
            int i = random.nextInt(queues.size());
            out.add(queues.get(i).removeFirst());
            if (queues.get(i).isEmpty()) {
                queues.remove(i);
            }
        }
        return out;
    }


    private static String write(Dataset dataset, Options options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(dataset, out, options);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void documentIsTheDatasetTreeAsJsonAndReadsBackWithoutLoss() throws IOException {
        List<Dataset> datasets = new ArrayList<>(List.of(SampleData.gunmaPrefecturalOffice()));
        for (long seed = 1; seed <= 20; seed++) {
            datasets.add(RandomDatasets.generate(seed, 5));
        }
        for (Dataset dataset : datasets) {
            String compact = write(dataset, Options.EMPTY.with(JsonExporter.PRETTY, false));
            assertThat(compact).isEqualTo(JsonTrees.toJson(DatasetTree.toTree(dataset)) + "\n");
            assertThat(DatasetTree.fromTree(JsonTrees.parse(write(dataset, Options.EMPTY)))).isEqualTo(dataset);
        }
    }

    @Test
    void linesAreTheInfoLineThenOneRecordALineThenTheEndLine() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLinesExporter().write(sample, out, Options.EMPTY);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("type", "info");
        info.put("civicwatch", "1");
        info.put("trailer", true);
        info.put("info", DatasetTree.head(sample.info()).get("info"));
        assertThat(lines.get(0)).isEqualTo(JsonTrees.toJson(info));
        List<CivicRecord> records = sample.records().toList();
        assertThat(lines).hasSize(1 + records.size() + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("{\"type\":\"end\",\"records\":" + records.size() + "}");
        for (int i = 0; i < records.size(); i++) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", records.get(i).recordType().singular());
            line.put("record", org.civicwatch.catalog.FieldCatalog.schemaOf(records.get(i)).toTree(records.get(i)));
            assertThat(lines.get(i + 1)).isEqualTo(JsonTrees.toJson(line));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void writerTakesRecordsInAnyOrderAndLeavesNoTemporaryFile(boolean pretty) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.Set<Path> before = waitingFiles(tmp);
        Options options = Options.EMPTY.with(JsonExporter.PRETTY, pretty);
        for (long seed = 1; seed <= 10; seed++) {
            Dataset dataset = RandomDatasets.generate(seed, 5);
            List<CivicRecord> shuffled = interleaved(dataset, seed);
            java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
            try (RecordWriter w = new JsonExporter().open(streamed, dataset.info(), options)) {
                for (CivicRecord r : shuffled) {
                    w.write(r);
                }
            }
            java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
            new JsonExporter().write(dataset, whole, options);
            assertThat(streamed.toString(StandardCharsets.UTF_8)).as("seed %d", seed)
                    .isEqualTo(whole.toString(StandardCharsets.UTF_8));
        }
        // Only files of the writer's own kind that were not there before count: other programs may use the folder.
        java.util.Set<Path> left = waitingFiles(tmp);
        left.removeAll(before);
        assertThat(left).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void writerOnAFileSpoolsBesideItAndCopiesTheSpoolIntoPlace(boolean pretty, @org.junit.jupiter.api.io.TempDir
            Path dir) throws IOException {
        Options options = Options.EMPTY.with(JsonExporter.PRETTY, pretty);
        Dataset dataset = RandomDatasets.generate(7, 20);
        Path out = dir.resolve("out.json");
        List<String> whileWriting = new ArrayList<>();
        try (RecordWriter w = new JsonExporter().open(out, dataset.info(), options)) {
            for (CivicRecord r : interleaved(dataset, 7)) {
                w.write(r);
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("out.json")).sorted()
                        .forEach(whileWriting::add);
            }
        }
        assertThat(whileWriting).hasSize(3).allMatch(n -> n.matches(
                "\\.out\\.json\\.civicwatch-spool-(sightings|filings|news)-.*\\.spool"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.json");
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        new JsonExporter().write(dataset, whole, options);
        assertThat(Files.readString(out)).isEqualTo(whole.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void recordsDeclaredGroupedGoStraightToTheFileAsTheOrderedWriteHasThem(boolean pretty,
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Options options = Options.EMPTY.with(JsonExporter.PRETTY, pretty).with(JsonExporter.GROUPED, true);
        for (long seed = 1; seed <= 5; seed++) {
            Dataset dataset = RandomDatasets.generate(seed, 20);
            Path out = dir.resolve("out-" + seed + ".json");
            List<String> whileWriting = new ArrayList<>();
            try (RecordWriter w = new JsonExporter().open(out, dataset.info(), options)) {
                for (CivicRecord r : dataset.records().toList()) {
                    w.write(r);
                }
                try (Stream<Path> files = Files.list(dir)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".spool")).forEach(whileWriting::add);
                }
            }
            assertThat(whileWriting).as("no spool file while writing").isEmpty();
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            new JsonExporter().write(dataset, whole, Options.EMPTY.with(JsonExporter.PRETTY, pretty));
            assertThat(Files.readString(out)).as("seed %d", seed).isEqualTo(whole.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRecordBreakingTheDeclaredGroupingIsRefusedNamingItAndTheOption() throws IOException {
        Dataset dataset = SampleData.gunmaPrefecturalOffice();
        CivicRecord incident = dataset.incidents().get(0);
        CivicRecord sighting = dataset.sightings().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordWriter w = new JsonExporter().open(out, dataset.info(), Options.EMPTY.with(JsonExporter.GROUPED, true));
        w.write(sighting);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.write(incident))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the incident '" + incident.id() + "' cannot follow the sightings: the records were"
                        + " declared grouped by type (incidents, then sightings, filings, news), as Dataset.records()"
                        + " and the option grouped=true declare them; write them without grouped=true to have the"
                        + " writer group them");
        w.close();
    }

    private static java.util.Set<Path> waitingFiles(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString()
                            .matches("civicwatch-spool-(incidents|sightings|filings|news)-.*\\.spool"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
