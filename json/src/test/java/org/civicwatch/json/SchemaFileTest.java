package org.civicwatch.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema is the generator's output. After a catalog change, regenerate it with
 * {@code mvn -pl json -am verify -Dtest=SchemaFileTest -Dcivicwatch.regenerate=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SchemaFileTest {
    private static final Path SHIPPED = Path.of("src/main/resources" + JsonFormat.SCHEMA_RESOURCE);

    @Test
    void shippedSchemaIsWhatTheCatalogGeneratesNow() throws IOException {
        String generated = SchemaGenerator.generate();
        if (Boolean.getBoolean("civicwatch.regenerate")) {
            Files.writeString(SHIPPED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8))
                .as("%s is out of date; regenerate it (see this test's Javadoc)", SHIPPED)
                .isEqualTo(generated);
        assertThat(JsonFormat.schema()).isEqualTo(generated);
    }

    @Test
    void schemaDescribesEveryCatalogFieldAndBothForms() {
        String schema = SchemaGenerator.generate();
        assertThat(schema).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"",
                "\"document\": {", "\"line\": {", "\"Sighting\": {", "\"observedOriginal\": {",
                "\"enum\": [", "\"motion_sensor\"", "\"required\": [", "\"const\": \"1\"");
    }
}
