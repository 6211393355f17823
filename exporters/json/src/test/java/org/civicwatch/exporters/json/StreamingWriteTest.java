package org.civicwatch.exporters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing holds a record at a time: what is written reaches the output (or a temporary file) as it comes. */
class StreamingWriteTest {
    /** 40,000 chars, 120 KB of UTF-8. */
    private static final String NOTES = "録画は管財課が管理。".repeat(4_000);

    /** Counts and drops what is written. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static CivicRecord record(boolean incident, int i) {
        return incident ? Incident.builder("i" + i).title("t").summary(NOTES).build()
                : Sighting.builder("s" + i).device(DeviceType.CAMERA).notes(NOTES).build();
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "jsonl"})
    void eachRecordReachesTheOutputAsItIsWritten(String format) throws IOException {
        Exporter exporter = format.equals("json") ? new JsonExporter() : new JsonLinesExporter();
        Counting out = new Counting();
        try (RecordWriter w = exporter.open(out, DatasetInfo.EMPTY, Options.EMPTY)) {
            for (int i = 0; i < 100; i++) {
                w.write(record(true, i));
                // The generator's buffer holds a few KB; a record is 120 KB.
                assertThat(out.count).as("bytes out after record %d", i).isGreaterThan((i + 1) * 120_000L - 16_000);
            }
        }
    }

    @Test
    void heapStaysFlatWhileRecordsWaitForTheirArray() throws IOException {
        // Sightings after an incident cannot go straight into the document: they wait on disk, not in memory.
        Counting out = new Counting();
        long afterWarmUp = 0;
        try (RecordWriter w = new JsonExporter().open(out, DatasetInfo.EMPTY, Options.EMPTY)) {
            for (int i = 0; i < 1_000; i++) {
                w.write(record(i % 2 == 1, i));
                if (i == 100) {
                    afterWarmUp = usedHeap();
                }
            }
            assertThat(usedHeap() - afterWarmUp).as("heap growth over 900 records of 120 KB").isLessThan(16L << 20);
        }
        assertThat(out.count).isGreaterThan(1_000 * 120_000L);
    }
}
