package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.civicwatch.spi.Detection;
import org.junit.jupiter.api.Test;

class DetectionTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void documentIsRecognisedByItsVersionMember() {
        JsonImporter json = new JsonImporter();
        assertThat(json.detect(bytes("\uFEFF {\n  \"civicwatch\": \"1\", \"info\": {"), null)).isEqualTo(Detection.FULL);
        assertThat(json.detect(bytes("{\"type\":\"info\",\"civicwatch\":\"1\"}\n"), "x.json")).isEqualTo(Detection.WEAK);
        assertThat(json.detect(bytes("{\"a\": 1}"), null)).isEqualTo(Detection.NONE);
        assertThat(json.detect(bytes("\u0000\u0001garbage"), "DATA.JSON")).isEqualTo(Detection.WEAK);
    }

    @Test
    void linesAreRecognisedByATypeMemberOnTheFirstLine() {
        JsonLinesImporter jsonl = new JsonLinesImporter();
        assertThat(jsonl.detect(bytes("{\"type\":\"sighting\",\"record\":{}}\n{\"type\""), null)).isEqualTo(Detection.SOLID);
        assertThat(jsonl.detect(bytes("{\"type\":\"sighting\",\"record\":{\"notes\":\"cut off"), null))
                .isEqualTo(Detection.SOLID);
        assertThat(jsonl.detect(bytes("{\n  \"type\": \"x\"\n}\n"), null)).isEqualTo(Detection.NONE);
        assertThat(jsonl.detect(bytes("{\"civicwatch\": \"1\"}"), "feed.ndjson")).isEqualTo(Detection.WEAK);
        assertThat(jsonl.detect(new byte[0], null)).isEqualTo(Detection.NONE);
    }
}
