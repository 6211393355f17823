package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.junit.jupiter.api.Test;

/** Reading streams: the input consumed stays a bounded distance ahead of the records handed out. */
class StreamingTest {
    private static final byte[] HEADER = "id,device,place_floor,notes\n".getBytes(StandardCharsets.US_ASCII);
    private static final int ROWS = 30_000;

    /** Rows of the same length, made as they are read, so that the test holds none of them. */
    private static final class GeneratedRows extends InputStream {
        long consumed;
        private byte[] current = HEADER;
        private int at;
        private int row;

        static byte[] row(int i) {
            return String.format(java.util.Locale.ROOT, "s%07d,camera,%d,\"note, with \"\"quotes\"\"\"\n", i, i % 30 + 1)
                    .getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at == current.length) {
                if (row == ROWS) {
                    return -1;
                }
                current = row(++row);
                at = 0;
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            consumed += n;
            return n;
        }
    }

    @Test
    void theInputReadStaysWithinBuffersOfTheRecordsReturned() throws IOException {
        GeneratedRows in = new GeneratedRows();
        long rowLength = GeneratedRows.row(1).length;
        long worst = 0;
        int count = 0;
        try (RecordReader reader = new CsvImporter().open(in, "sightings.csv", Options.EMPTY)) {
            for (CivicRecord r; (r = reader.next()) != null; ) {
                count++;
                long returned = HEADER.length + count * rowLength;
                worst = Math.max(worst, in.consumed - returned);
                assertThat(r.id()).hasSize(8);
            }
        }
        assertThat(count).isEqualTo(ROWS);
        // 64 KiB looked at for the charset, 64 KiB of bytes and of characters decoded, the parser's buffer.
        assertThat(worst).isLessThan(256 * 1024);
        assertThat(in.consumed).isGreaterThan(ROWS * rowLength);
    }
}
