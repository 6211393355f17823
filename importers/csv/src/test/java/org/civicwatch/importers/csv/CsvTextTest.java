package org.civicwatch.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The characters come out the same however much the reader asks for at a time, bad bytes where they are. */
class CsvTextTest {
    private static final String TEXT = "id,notes\n" + "s1,\"𠮷野家 ２階正面入口\"\n".repeat(5000) + "s2,end";

    private static CsvText text(byte[] bytes) {
        return new CsvText(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 0, ',', '"', false);
    }

    private static String readAll(CsvText in, int chunk) throws IOException {
        StringBuilder s = new StringBuilder();
        char[] buf = new char[chunk];
        for (int n; (n = in.read(buf, 0, chunk)) >= 0; ) {
            s.append(buf, 0, n);
        }
        return s.toString();
    }

    @Test
    void givesTheSameCharactersInChunksOfAnySizeSurrogatePairsIncluded() throws IOException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 3, 7, 8192, 1 << 17}) {
            CsvText in = text(bytes);
            assertThat(readAll(in, chunk)).as("chunks of %d", chunk).isEqualTo(TEXT);
            assertThat(in.delivered()).isEqualTo(TEXT.length());
        }
    }

    @Test
    void badBytesAreReportedAfterTheCharactersBeforeThemWereHandedOut() {
        byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = '\n';
        bytes[good.length + 1] = (byte) 0xFF;
        for (int chunk : new int[] {1, 5, 8192}) {
            CsvText.UndecodableException e = catchThrowableOfType(CsvText.UndecodableException.class,
                    () -> readAll(text(bytes), chunk));
            assertThat(e.offset).isEqualTo(good.length + 1);
            assertThat(e.line).isEqualTo(5003);
            assertThat(e.column).isEqualTo(1);
        }
    }
}
