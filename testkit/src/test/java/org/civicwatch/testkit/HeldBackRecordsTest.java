package org.civicwatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.FormatRegistry;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.testplugin.GroupedLineExporter;
import org.civicwatch.testplugin.LateInfoLineImporter;
import org.civicwatch.testplugin.LineExporter;
import org.civicwatch.testplugin.LineImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversions that hold records back in temporary files (for a writer that needs the info first, or the
 * records grouped) give every random dataset back unchanged: odd Unicode, long and empty values, every
 * field.
 */
class HeldBackRecordsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void recordsHeldBackComeBackUnchanged(long seed) throws IOException {
        Dataset dataset = RandomDatasets.generate(seed, 6, RandomDatasets.Fill.EVERY_FIELD);
        List<CivicRecord> interleaved = new ArrayList<>(dataset.records().toList());
        java.util.Collections.shuffle(interleaved, new java.util.Random(seed));
        Path in = dir.resolve("in-" + seed + ".cwl");
        try (RecordWriter w = new LineExporter().open(in, dataset.info(), Options.EMPTY)) {
            for (CivicRecord r : interleaved) {
                w.write(r);
            }
        }
        // The info comes late and the writer needs the records grouped: all are held back, then regrouped.
        FormatRegistry formats = FormatRegistry.of(List.of(new LateInfoLineImporter()),
                List.of(new GroupedLineExporter()));
        Path out = dir.resolve("out-" + seed + ".grp");
        formats.convert(in, "late", Options.EMPTY, out, "grouped", Options.EMPTY);

        Dataset back = new LineImporter().read(out, Options.EMPTY);
        // Each type's records in the order they came.
        Dataset expected = Dataset.of(dataset.info(), interleaved);
        assertThat(org.civicwatch.catalog.Differences.between(expected, back, 5)).isEmpty();
        assertThat(back).isEqualTo(expected);
        List<RecordType> order = new ArrayList<>();
        for (String line : Files.readAllLines(out).subList(1, dataset.size() + 1)) {
            order.add(RecordType.named(line.substring(0, line.indexOf(' '))).orElseThrow());
        }
        assertThat(order).as("grouped by type").isSorted();
    }
}
