package org.civicwatch.exporters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.civicwatch.importers.json.JsonImporter;
import org.civicwatch.importers.json.JsonLinesImporter;
import org.civicwatch.testkit.Conformance;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Importer;
import org.junit.jupiter.api.Test;

class PluginTest {

    @Test
    void documentFormPassesConformance() {
        Conformance.check(new JsonImporter(), new JsonExporter()).assertPassed();
    }

    @Test
    void linesFormPassesConformance() {
        Conformance.check(new JsonLinesImporter(), new JsonLinesExporter()).assertPassed();
    }

    @Test
    void exportersAreFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(Exporter.class).stream().map(p -> p.type().getName()))
                .contains(JsonExporter.class.getName(), JsonLinesExporter.class.getName());
    }

    @Test
    void importersAreFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(Importer.class).stream().map(p -> p.type().getName()))
                .contains(JsonImporter.class.getName(), JsonLinesImporter.class.getName());
    }

    @Test
    void descriptorsNameTheFormats() {
        assertThat(new JsonExporter().descriptor().id()).isEqualTo("json");
        assertThat(new JsonExporter().descriptor().mediaType()).isEqualTo("application/json");
        assertThat(new JsonLinesExporter().descriptor().id()).isEqualTo("jsonl");
        assertThat(new JsonLinesExporter().descriptor().mediaType()).isEqualTo("application/x-ndjson");
        assertThat(new JsonLinesExporter().descriptor().extensions()).containsExactly("jsonl", "ndjson");
    }
}
