package org.civicwatch.exporters.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicwatch.json.JsonFormat;
import org.civicwatch.model.Dataset;
import org.civicwatch.testkit.RandomDatasets;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;

/** Exporter output validates against the shipped schema, checked by a real JSON Schema validator. */
class SchemaValidationTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonFormat.schema());

    private static String write(Exporter exporter, Dataset dataset, Options options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(dataset, out, options);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Error> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void sampleDocumentIsValid() throws IOException {
        assertThat(validate(write(new JsonExporter(), SampleData.gunmaPrefecturalOffice(), Options.EMPTY))).isEmpty();
    }

    @Test
    void everySampleLineIsValid() throws IOException {
        String lines = write(new JsonLinesExporter(), SampleData.gunmaPrefecturalOffice(), Options.EMPTY);
        assertThat(lines.split("\n")).hasSize(1 + SampleData.gunmaPrefecturalOffice().size() + 1)
                .allSatisfy(line -> assertThat(validate(line)).as(line).isEmpty());
    }

    @Test
    void randomDatasetsAreValidInBothForms() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            Dataset dataset = RandomDatasets.generate(seed, 4);
            assertThat(validate(write(new JsonExporter(), dataset, Options.EMPTY.with(JsonExporter.PRETTY, false))))
                    .as("document, seed %d", seed).isEmpty();
            for (String line : write(new JsonLinesExporter(), dataset, Options.EMPTY).split("\n")) {
                assertThat(validate(line)).as("line of seed %d: %s", seed, line).isEmpty();
            }
        }
    }

    @Test
    void schemaRejectsWhatTheFormatForbids() {
        assertThat(validate("{\"civicwatch\": \"1\", \"sightings\": [{\"id\": \"s1\"}]}"))
                .as("a sighting without its required device").isNotEmpty();
        assertThat(validate("{\"civicwatch\": \"1\", \"sightings\": [{\"id\": \"s1\", \"device\": \"drone\"}]}"))
                .as("a device not in the enumeration").isNotEmpty();
        assertThat(validate("{\"civicwatch\": \"1\", \"news\": [], \"extra\": true}"))
                .as("an unknown member").isNotEmpty();
        assertThat(validate("{\"type\": \"sighting\", \"record\": {\"id\": \"s1\", \"device\": \"camera\","
                + " \"count\": {\"value\": \"2\", \"qualifier\": \"exact\"}}}"))
                .as("a count as a string").isNotEmpty();
        assertThat(validate("{\"type\": \"sighting\", \"record\": {\"id\": \"s1\", \"device\": \"camera\"}}")).isEmpty();
    }
}
