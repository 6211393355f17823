package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversions between the installed formats where the writer's needs and the input's order differ. */
class ConversionsTest {
    @TempDir
    Path dir;

    /** The sample as a JSON document with its info member last, as a hand-edited file may have it. */
    private Path documentWithItsInfoLast() throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        CivicWatch.write(SampleData.gunmaPrefecturalOffice(), json, "json");
        String text = json.toString(StandardCharsets.UTF_8);
        int start = text.indexOf("  \"info\"");
        int end = text.indexOf("  \"incidents\"");
        String infoLast = text.substring(0, start) + text.substring(end, text.lastIndexOf('}')).stripTrailing()
                + ",\n" + text.substring(start, end).stripTrailing().replaceAll(",$", "") + "\n}\n";
        assertThat(infoLast.indexOf("\"info\"")).isGreaterThan(infoLast.indexOf("\"news\""));
        return Files.writeString(dir.resolve("info-last.json"), infoLast);
    }

    @Test
    void aDocumentWithItsInfoLastConvertsKeepingTheInfoIntoEveryFormat() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        Path in = documentWithItsInfoLast();
        assertThat(CivicWatch.read(in)).isEqualTo(sample);
        // A page takes the info late; JSON Lines and the document put it first, so they wait for it.
        for (String ext : new String[] {"html", "jsonl", "json"}) {
            Path out = dir.resolve("converted." + ext);
            CivicWatch.convert(in, out);
            assertThat(CivicWatch.read(out)).as(ext).isEqualTo(sample);
        }
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        CivicWatch.write(sample, direct, "jsonl");
        assertThat(Files.readString(dir.resolve("converted.jsonl"))).isEqualTo(direct.toString(StandardCharsets.UTF_8));
    }
}
