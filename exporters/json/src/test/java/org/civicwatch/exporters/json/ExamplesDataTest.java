package org.civicwatch.exporters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicwatch.importers.json.JsonImporter;
import org.civicwatch.importers.json.JsonLinesImporter;
import org.civicwatch.model.Dataset;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code examples/data/gunma-2017.json} and {@code .jsonl} are the exporter's output for the sample
 * dataset. After a change to the sample or the format, rewrite them with
 * {@code mvn -pl importers/json,exporters/json -am verify -Dtest=ExamplesDataTest -Dcivicwatch.regenerate=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ExamplesDataTest {

    static Path examplesData() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root, above %s", System.getProperty("user.dir")).isNotNull();
        return dir.resolve("examples/data");
    }

    @ParameterizedTest
    @CsvSource({"gunma-2017.json, json", "gunma-2017.jsonl, jsonl"})
    void exampleFileIsTheExportOfTheSampleDataset(String fileName, String format) throws IOException {
        Exporter exporter = format.equals("json") ? new JsonExporter() : new JsonLinesExporter();
        Importer importer = format.equals("json") ? new JsonImporter() : new JsonLinesImporter();
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(sample, out, Options.EMPTY);
        Path file = examplesData().resolve(fileName);
        if (Boolean.getBoolean("civicwatch.regenerate")) {
            Files.createDirectories(file.getParent());
            Files.write(file, out.toByteArray());
        }
        assertThat(importer.read(file, Options.EMPTY)).as("%s read back", file).isEqualTo(sample);
        assertThat(Files.readAllBytes(file)).as("%s has drifted from SampleData; regenerate it (see this test's"
                + " Javadoc)", file).isEqualTo(out.toByteArray());
    }
}
