package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both forms read as a user meets them, through {@link CivicWatch}. Writing and converting, which need the
 * exporters too, are tested in {@code examples} ({@code JsonFacadeTest}).
 */
class FacadeTest {
    @TempDir
    Path dir;

    private static final String DOC = "{\"civicwatch\": \"1\", \"sightings\": [{\"id\": \"s1\", \"device\": \"camera\"}]}";
    private static final String LINE = "{\"type\":\"sighting\",\"record\":{\"id\":\"s1\",\"device\":\"camera\"}}\n";

    @Test
    void emptyJsonLinesFileIsAnEmptyDataset() throws IOException {
        Path in = Files.write(dir.resolve("none.jsonl"), new byte[0]);
        assertThat(CivicWatch.read(in, "jsonl", Options.EMPTY).size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "jsonl"})
    void byteOrderMarkIsSkipped(String ext) throws IOException {
        String text = ext.equals("json") ? DOC : LINE;
        Path in = Files.write(dir.resolve("bom." + ext), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        assertThat(CivicWatch.read(in).sightings()).extracting(CivicRecord::id).containsExactly("s1");
    }
}
