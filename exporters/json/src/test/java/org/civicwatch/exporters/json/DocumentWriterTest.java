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
    void writerOnAFileSpoolsBesideItWhatComesOutOfOrderAndCopiesTheSpoolsIntoPlace(boolean pretty,
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Options options = Options.EMPTY.with(JsonExporter.PRETTY, pretty);
        Dataset dataset = RandomDatasets.generate(7, 20);
        Path out = dir.resolve("out.json");
        // News first, then every other type: the news array, written straight, must move to a spool.
        List<CivicRecord> order = new ArrayList<>(dataset.news());
        order.addAll(dataset.incidents());
        order.addAll(dataset.sightings());
        order.addAll(dataset.filings());
        assertThat(dataset.news()).isNotEmpty();
        assertThat(dataset.incidents()).isNotEmpty();
        List<String> whileWriting = new ArrayList<>();
        try (RecordWriter w = new JsonExporter().open(out, dataset.info(), options)) {
            for (CivicRecord r : order) {
                w.write(r);
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("out.json")).sorted()
                        .forEach(whileWriting::add);
            }
        }
        assertThat(whileWriting).singleElement().matches(n -> n.matches(
                "\\.out\\.json\\.civicwatch-spool-news-.*\\.spool"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.json");
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        new JsonExporter().write(dataset, whole, options);
        assertThat(Files.readString(out)).isEqualTo(whole.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void recordsOnAFileInAnyOrderGiveTheDocumentTheOrderedWriteGives(boolean pretty,
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Options options = Options.EMPTY.with(JsonExporter.PRETTY, pretty);
        for (long seed = 1; seed <= 40; seed++) {
            Dataset dataset = RandomDatasets.generate(seed, 1 + (int) (seed % 12));
            List<CivicRecord> order = switch ((int) (seed % 4)) {
                case 0 -> interleaved(dataset, seed);
                case 1 -> reversed(dataset.records().toList());
                case 2 -> { // each type's records together, the types in a random order
                    List<org.civicwatch.model.RecordType> types = new ArrayList<>(
                            List.of(org.civicwatch.model.RecordType.values()));
                    java.util.Collections.shuffle(types, new java.util.Random(seed));
                    List<CivicRecord> grouped = new ArrayList<>();
                    types.forEach(t -> grouped.addAll(dataset.records(t)));
                    yield grouped;
                }
                default -> {
                    List<CivicRecord> shuffled = new ArrayList<>(dataset.records().toList());
                    java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
                    yield shuffled;
                }
            };
            Path out = dir.resolve("out-" + seed + ".json");
            try (RecordWriter w = new JsonExporter().open(out, dataset.info(), options)) {
                for (CivicRecord r : order) {
                    w.write(r);
                }
            }
            // Expected: each type's records in the order they came, the types in the document's order.
            List<CivicRecord> byType = new ArrayList<>(order);
            byType.sort(java.util.Comparator.comparing(CivicRecord::recordType));
            ByteArrayOutputStream grouped = new ByteArrayOutputStream();
            try (RecordWriter w = new JsonExporter().open(grouped, dataset.info(), options.with(JsonExporter.GROUPED,
                    true))) {
                for (CivicRecord r : byType) {
                    w.write(r);
                }
            }
            assertThat(Files.readString(out)).as("seed %d", seed).isEqualTo(grouped.toString(StandardCharsets.UTF_8));
            Files.delete(out);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).as("seed %d: spools left", seed).isEmpty();
            }
        }
    }

    private static List<CivicRecord> reversed(List<CivicRecord> records) {
        List<CivicRecord> copy = new ArrayList<>(records);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** Grouped records go straight out, declared so or not: a file can be cut back should one come out of order. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"true,true", "false,true", "true,false", "false,false"})
    void recordsComingGroupedGoStraightToTheFileAsTheOrderedWriteHasThem(boolean pretty, boolean declared,
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Options options = Options.EMPTY.with(JsonExporter.PRETTY, pretty).with(JsonExporter.GROUPED, declared);
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
