package org.civicwatch.exporters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.civicwatch.spi.Exporter;
import org.civicwatch.testkit.Conformance;
import org.junit.jupiter.api.Test;

/** The exporters as plugins, on their own; the round trips with the importers are tested in {@code examples}. */
class PluginTest {

    @Test
    void documentExporterPassesConformance() {
        Conformance.check(null, new JsonExporter()).assertPassed();
    }

    @Test
    void linesExporterPassesConformance() {
        Conformance.check(null, new JsonLinesExporter()).assertPassed();
    }

    @Test
    void exportersAreFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(Exporter.class).stream().map(p -> p.type().getName()))
                .contains(JsonExporter.class.getName(), JsonLinesExporter.class.getName());
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
