package org.civicwatch.exporters.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.civicwatch.importers.csv.CsvImporter;
import org.civicwatch.importers.csv.DataPackageImporter;
import org.civicwatch.testkit.Conformance;
import org.civicwatch.spi.Exporter;
import org.junit.jupiter.api.Test;

class PluginTest {

    @Test
    void dataPackagePassesConformance() {
        Conformance.check(new DataPackageImporter(), new DataPackageExporter()).assertPassed();
    }

    @Test
    void singleFilePairPassesConformanceOneRecordTypeAtATime() {
        // A CSV file holds one record type: the check writes and reads back each type on its own.
        Conformance.Report report = Conformance.check(new CsvImporter(), new CsvExporter());
        report.assertPassed();
        assertThat(report.checks()).contains("round trip", "writer needs", "redaction");
    }

    @Test
    void exportersAreFoundThroughServiceLoader() {
        assertThat(ServiceLoader.load(Exporter.class).stream().map(p -> p.type().getName()))
                .contains(DataPackageExporter.class.getName(), CsvExporter.class.getName());
    }

    @Test
    void descriptorsNameTheFormats() {
        assertThat(new DataPackageExporter().descriptor().id()).isEqualTo("datapackage");
        assertThat(new DataPackageExporter().descriptor().extensions()).containsExactly("zip");
        assertThat(new DataPackageExporter().writesDirectories()).isTrue();
        assertThat(new CsvExporter().descriptor().id()).isEqualTo("csv");
        assertThat(new CsvExporter().descriptor().mediaType()).isEqualTo("text/csv");
        assertThat(new CsvExporter().writesDirectories()).isFalse();
    }
}
