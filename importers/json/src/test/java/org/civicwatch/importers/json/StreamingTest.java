package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading holds a record at a time: the heap does not grow with the input (beyond the ids kept for duplicates). */
class StreamingTest {
    private static final String NOTES = "録画は管財課が管理。".repeat(400);

    /** A JSON document or JSON Lines stream of {@code count} sightings, made on the fly: never in memory whole. */
    static InputStream generated(boolean lines, int count) {
        return new InputStream() {
            private byte[] chunk = (lines ? "" : "{\"civicwatch\": \"1\", \"sightings\": [").getBytes(StandardCharsets.UTF_8);
            private int pos;
            private int made;

            @Override
            public int read() throws IOException {
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
                    made++;
                    chunk = text.getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                int n = Math.min(len, chunk.length - pos);
                System.arraycopy(chunk, pos, b, off, n);
                pos += n;
                return n;
            }
        };
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
    void heapStaysFlatOverTwentyThousandRecords(boolean lines) throws IOException {
        int count = 20_000;
        Importer importer = lines ? new JsonLinesImporter() : new JsonImporter();
        long read = 0;
        long afterWarmUp = 0;
        try (RecordReader r = importer.open(generated(lines, count), "big", Options.EMPTY)) {
            for (CivicRecord rec; (rec = r.next()) != null; ) {
                read++;
                if (read == 2_000) {
                    afterWarmUp = usedHeap();
                }
            }
        }
        long growth = usedHeap() - afterWarmUp;
        assertThat(read).isEqualTo(count);
        // The input is about 240 MB of UTF-8 (12 KB a record); holding it would grow the heap by far more
        // than the ids kept to find duplicates (about 90 bytes each).
        assertThat(growth).as("heap growth over 18,000 records").isLessThan(16L << 20);
    }
}
