package org.civicwatch.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicwatch.CivicWatch;
import org.civicwatch.examples.bench.BenchData.Corpus;
import org.civicwatch.examples.bench.FormatBenchmark.Config;
import org.civicwatch.examples.bench.FormatBenchmark.Row;
import org.civicwatch.model.CivicRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the benchmark's routines on a tiny input and checks the rows make sense; nothing about time. */
class FormatBenchmarkTest {
    private static final int N = 50;

    @TempDir
    Path dir;

    private final PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void everyRoundTrippingFormatIsWrittenAndReadWithAllItsRecords() throws Exception {
        Config config = new Config(N, 0, 1, Corpus.SAMPLE, 1, 2, Path.of("data", "ombudsman-post-2017-06.html"), 0,
                null, dir, 0);
        List<Row> rows = FormatBenchmark.throughput(config, log);

        List<String> formats = FormatBenchmark.roundTrippingFormats(CivicWatch.formats());
        assertThat(formats).contains("json", "jsonl").doesNotContain("html");
        for (String f : formats) {
            assertThat(rows).filteredOn(r -> r.format().equals(f)).extracting(Row::operation)
                    .containsExactly("write", "read");
        }
        assertThat(rows).filteredOn(r -> formats.contains(r.format())).allSatisfy(r -> {
            assertThat(r.records()).isEqualTo(N);
            assertThat(r.bytes()).isPositive();
            assertThat(r.recordsPerSecond().median()).isPositive();
            assertThat(r.recordsPerSecond().min()).isLessThanOrEqualTo(r.recordsPerSecond().max());
            assertThat(r.mbPerSecond().median()).isPositive();
        });
        // html pages are not part of the round trips: timed reading a generated page of two seed posts.
        assertThat(rows).filteredOn(r -> r.format().equals("html")).singleElement().satisfies(r -> {
            assertThat(r.operation()).isEqualTo("read");
            // the second copy of the post retells its incidents and filings: each is one record linking both
            // posts, so only the sightings and news (2 x 15) and the four matters (4) are counted
            assertThat(r.records()).isEqualTo(2 * 19 - 4);
            assertThat(r.bytes()).isPositive();
        });
        assertThat(FormatBenchmark.table(rows)).contains("json ", "jsonl", "html ").doesNotContain("NaN");
    }

    @Test
    void memoryIsMeasuredInThisJvmWhenNoChildIsWanted() throws Exception {
        Config config = new Config(N, 0, 1, Corpus.SAMPLE, 1, 0, null, N, null, dir, 0);
        assertThat(FormatBenchmark.memory(config, log)).hasSize(FormatBenchmark.roundTrippingFormats(
                CivicWatch.formats()).size()).allSatisfy(r -> {
                    assertThat(r.records()).isEqualTo(N);
                    assertThat(r.bytes()).isPositive();
                    assertThat(r.peakHeap()).isPositive();
                    assertThat(r.childOk()).isFalse();
                });
    }

    @Test
    void csvIsConvertedBothWaysByCivicwatchAndByTheFloorSideBySide() throws Exception {
        Config config = new Config(N, 0, 1, Corpus.SAMPLE, 1, 0, null, 0, null, dir, 40);
        List<Row> rows = FormatBenchmark.csvAgainstFloor(config, log);
        assertThat(rows).extracting(r -> r.format() + " " + r.operation()).containsExactly("civicwatch csv→jsonl",
                "floor csv→jsonl", "civicwatch jsonl→csv", "floor jsonl→csv");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.records()).isEqualTo(40);
            assertThat(r.bytes()).isPositive();
            assertThat(r.recordsPerSecond().median()).isPositive();
        });
        assertThat(FormatBenchmark.ratio(rows.get(0), rows.get(1))).isPositive();
        assertThat(FormatBenchmark.floorTable(rows)).contains("civicwatch csv→jsonl", "floor").doesNotContain("NaN");
        assertThat(FormatBenchmark.roundTrippingFormats(CivicWatch.formats())).doesNotContain("csv", "datapackage");
    }

    @Test
    void sightingCopiesAreSightingsWithUniqueIds() {
        Set<String> ids = new HashSet<>();
        BenchData.sightingCopies(30).forEachRemaining(r -> {
            assertThat(r.recordType()).isEqualTo(org.civicwatch.model.RecordType.SIGHTING);
            assertThat(ids.add(r.id())).as(r.id()).isTrue();
        });
        assertThat(ids).hasSize(30);
    }

    @Test
    void sampleCopiesHaveUniqueIdsAndReferencesInsideTheCopies() {
        // 45 = two whole copies of the 20 sample records and the first 5 of a third.
        List<CivicRecord> records = BenchData.records(Corpus.SAMPLE, 1, 45);
        assertThat(records).hasSize(45);
        Set<String> ids = new HashSet<>();
        records.forEach(r -> assertThat(ids.add(r.id())).as(r.id()).isTrue());
        assertThat(records).allSatisfy(r -> assertThat(ids).containsAll(r.related()));
        assertThat(records).extracting(CivicRecord::recordType).isSortedAccordingTo(Enum::compareTo);
        assertThat(BenchData.records(Corpus.RANDOM, 1, 10)).hasSize(10);
    }
}
