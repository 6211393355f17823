package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading holds a record at a time: it takes from the input only as far as the record it returns, and
 * the heap does not grow with the input (beyond the ids kept for duplicates). Few, large records keep
 * the test quick; speed is the benchmark's business.
 */
class StreamingTest {
    /**
     * How far JSON Lines are read ahead at most: the runs in flight (two per decoding thread, four threads at
     * most, and the one being read), each of about 128 KiB and one more line of 120 KB.
     */
    private static final long LINES_AHEAD = 9L * (128 * 1024 + 120_100) + 100_000;
    /** 40,000 chars, 120 KB of UTF-8. */
    private static final String NOTES = "録画は管財課が管理。".repeat(4_000);

    /** A document or JSON Lines stream of sightings, made on the fly, never whole in memory; counts what is read. */
    static final class Generated extends InputStream {
        private final boolean lines;
        private final int count;
        /** Where each record's text ends, in bytes from the start. */
        final List<Long> ends = new ArrayList<>();
        long consumed;
        private byte[] chunk;
        private int pos;
        private int made;

        Generated(boolean lines, int count) {
            this.lines = lines;
            this.count = count;
            this.chunk = (lines ? "" : "{\"civicwatch\": \"1\", \"sightings\": [").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (pos == chunk.length) {
                if (made > count) {
                    return -1;
                }
                String record = "{\"id\": \"s" + made + "\", \"device\": \"camera\", \"notes\": \"" + NOTES + "\"}";
                String text = made == count ? (lines ? "" : "]}") : lines
                        ? "{\"type\": \"sighting\", \"record\": " + record + "}\n"
                        : (made == 0 ? "" : ",") + record;
                long before = ends.isEmpty() ? consumed + chunk.length - pos : ends.get(ends.size() - 1);
                chunk = text.getBytes(StandardCharsets.UTF_8);
                if (made < count) {
                    ends.add(before + chunk.length);
                }
                made++;
                pos = 0;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            consumed += n;
            return n;
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void readerTakesInputOnlyAsFarAsTheRecordItReturns(boolean lines) throws IOException {
        Importer importer = lines ? new JsonLinesImporter() : new JsonImporter();
        Generated input = new Generated(lines, 200);
        int read = 0;
        try (RecordReader r = importer.open(input, "big", Options.EMPTY)) {
            for (CivicRecord rec; (rec = r.next()) != null; read++) {
                assertThat(rec.id()).isEqualTo("s" + read);
                // Buffers (the decoder's, the parser's, a line's) may read ahead, but by less than a record; JSON
                // Lines are read a few runs of lines ahead, to be decoded on other threads: whole lines, a bound
                // that does not grow with the input (24 MB here).
                assertThat(input.consumed).as("bytes read when record %d is returned", read)
                        .isLessThan(input.ends.get(read) + (lines ? LINES_AHEAD : 100_000));
            }
        }
        assertThat(read).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void heapStaysFlatOverAHundredMegabytes(boolean lines) throws IOException {
        int count = 1_000;
        Importer importer = lines ? new JsonLinesImporter() : new JsonImporter();
        Generated input = new Generated(lines, count);
        long read = 0;
        long afterWarmUp = 0;
        try (RecordReader r = importer.open(input, "big", Options.EMPTY)) {
            for (CivicRecord rec; (rec = r.next()) != null; ) {
                read++;
                if (read == 100) {
                    afterWarmUp = usedHeap();
                }
            }
        }
        long growth = usedHeap() - afterWarmUp;
        assertThat(read).isEqualTo(count);
        assertThat(input.consumed).isGreaterThan(100L << 20);
        // Holding what was read would take about 70 MB (80 KB of chars a record); the ids kept to find
        // duplicates take about 90 bytes each.
        assertThat(growth).as("heap growth over 900 records").isLessThan(16L << 20);
    }
}
