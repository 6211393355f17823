package org.civicwatch.examples.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.LongStream;
import org.civicwatch.exporters.json.JsonExporter;
import org.civicwatch.exporters.json.JsonLinesExporter;
import org.civicwatch.importers.json.JsonImporter;
import org.civicwatch.importers.json.JsonLinesImporter;
import org.civicwatch.model.Dataset;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.testkit.Conformance;
import org.civicwatch.testkit.RandomDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON importers and exporters together: what one form writes, its importer reads back unchanged. */
class JsonRoundTripTest {

    @Test
    void documentFormPassesConformance() {
        Conformance.check(new JsonImporter(), new JsonExporter()).assertPassed();
    }

    @Test
    void linesFormPassesConformance() {
        Conformance.check(new JsonLinesImporter(), new JsonLinesExporter()).assertPassed();
    }

    enum Form {
        DOCUMENT(new JsonImporter(), new JsonExporter(), Options.EMPTY),
        COMPACT_DOCUMENT(new JsonImporter(), new JsonExporter(), Options.EMPTY.with(JsonExporter.PRETTY, false)),
        LINES(new JsonLinesImporter(), new JsonLinesExporter(), Options.EMPTY);

        final Importer importer;
        final Exporter exporter;
        final Options options;

        Form(Importer importer, Exporter exporter, Options options) {
            this.importer = importer;
            this.exporter = exporter;
            this.options = options;
        }

        Dataset roundTrip(Dataset dataset) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(dataset, out, options);
            return importer.read(new ByteArrayInputStream(out.toByteArray()), "round-trip", Options.EMPTY);
        }
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void sampleDatasetComesBackEqual(Form form) throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        assertThat(form.roundTrip(sample)).isEqualTo(sample);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomDatasetsComeBackEqualInEveryForm(long seed) throws IOException {
        Dataset original = RandomDatasets.generate(seed, 6);
        for (Form form : Form.values()) {
            assertThat(form.roundTrip(original)).as("%s, seed %d", form, seed).isEqualTo(original);
        }
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void emptyDatasetComesBackEqual(Form form) throws IOException {
        Dataset empty = Dataset.empty(org.civicwatch.model.DatasetInfo.EMPTY);
        assertThat(form.roundTrip(empty)).isEqualTo(empty);
    }
}
