package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.junit.jupiter.api.Test;

/** The readers say when their info can no longer change, so that conversions stream instead of holding back. */
class InfoCompleteTest {
    private static final String SIGHTING = "{\"id\": \"s1\", \"device\": \"camera\"}";

    private static RecordReader open(Importer importer, String text) throws IOException {
        return importer.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test", Options.EMPTY);
    }

    @Test
    void aDocumentsInfoIsCompleteOnceItsInfoMemberIsRead() throws IOException {
        try (RecordReader r = open(new JsonImporter(), "{\"civicwatch\": \"1\", \"info\": {\"title\": \"t\"},"
                + " \"sightings\": [" + SIGHTING + "]}")) {
            assertThat(r.infoComplete()).isFalse();
            assertThat(r.next()).isNotNull();
            assertThat(r.infoComplete()).isTrue();
            assertThat(r.info().title()).isEqualTo("t");
        }
    }

    @Test
    void aDocumentWithItsInfoLastOrNoneIsCompleteOnlyAtTheEnd() throws IOException {
        try (RecordReader r = open(new JsonImporter(), "{\"civicwatch\": \"1\", \"sightings\": [" + SIGHTING + "],"
                + " \"info\": {\"title\": \"late\"}}")) {
            assertThat(r.next()).isNotNull();
            assertThat(r.infoComplete()).isFalse();
            assertThat(r.info().title()).isNull();
            assertThat(r.next()).isNull();
            assertThat(r.infoComplete()).isTrue();
            assertThat(r.info().title()).isEqualTo("late");
        }
        try (RecordReader r = open(new JsonImporter(), "{\"civicwatch\": \"1\", \"sightings\": [" + SIGHTING + "]}")) {
            assertThat(r.next()).isNotNull();
            assertThat(r.infoComplete()).isFalse();
            assertThat(r.next()).isNull();
            assertThat(r.infoComplete()).isTrue();
        }
    }

    @Test
    void jsonLinesInfoIsCompleteAfterTheFirstLineWithOrWithoutAnInfoLine() throws IOException {
        String info = "{\"type\":\"info\",\"civicwatch\":\"1\",\"info\":{\"title\":\"t\"}}\n";
        String record = "{\"type\":\"sighting\",\"record\":" + SIGHTING + "}\n";
        for (String text : new String[] {info + record, record + record.replace("s1", "s2")}) {
            try (RecordReader r = open(new JsonLinesImporter(), text)) {
                assertThat(r.infoComplete()).isFalse();
                assertThat(r.next()).isNotNull();
                assertThat(r.infoComplete()).isTrue();
            }
        }
    }
}
