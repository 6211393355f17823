package org.civicwatch.importers.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.civicwatch.spi.Importer;
import org.civicwatch.testkit.Conformance;
import org.junit.jupiter.api.Test;

/** The importers as plugins, on their own; the round trips with the exporters are tested in {@code examples}. */
class PluginTest {

    @Test
    void documentImporterPassesConformance() {
        Conformance.check(new JsonImporter(), null).assertPassed();
    }

    @Test
    void linesImporterPassesConformance() {
        Conformance.check(new JsonLinesImporter(), null).assertPassed();
    }

    @Test
    void importersAreFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(Importer.class).stream().map(p -> p.type().getName()))
                .contains(JsonImporter.class.getName(), JsonLinesImporter.class.getName());
    }

    @Test
    void descriptorsNameTheFormatsAndTheirOptions() {
        assertThat(new JsonImporter().descriptor().id()).isEqualTo("json");
        assertThat(new JsonLinesImporter().descriptor().id()).isEqualTo("jsonl");
        assertThat(new JsonLinesImporter().descriptor().extensions()).containsExactly("jsonl", "ndjson");
        assertThat(new JsonImporter().descriptor().options()).extracting(o -> o.name())
                .contains("lenient", "max-problems", "rejected", "max-record-length", "max-document-length")
                .isEqualTo(new JsonLinesImporter().descriptor().options().stream().map(o -> o.name()).toList());
    }
}
