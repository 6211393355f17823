package org.civicwatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.civicwatch.FormatRegistry;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Sighting;
import org.junit.jupiter.api.Test;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;


class ConformanceTest {
    private final FormatRegistry formats = FormatRegistry.load(getClass().getClassLoader());

    @Test
    void theTestPluginPassesEveryCheck() {
        Conformance.Report report = Conformance.check(formats.importer("lines"), formats.exporter("lines"));
        assertThat(report.failures()).isEmpty();
        assertThat(report.checks()).containsExactly("importer descriptor", "importer options", "malformed input",
                "exporter descriptor", "exporter output", "round trip", "truncated input");
        report.assertPassed();
    }

    /** Drops every sighting's notes, closes streams it does not own, accepts any option. */
    public static final class CarelessExporter implements Exporter {
        private final Exporter inner;

        public CarelessExporter() {
            this.inner = FormatRegistry.load(ConformanceTest.class.getClassLoader()).exporter("lines");
        }

        @Override
        public FormatDescriptor descriptor() {
            return inner.descriptor();
        }

        @Override
        public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
            RecordWriter w = inner.open(out, info, Options.EMPTY);
            return new RecordWriter() {
                @Override
                public void write(CivicRecord record) throws IOException {
                    w.write(record instanceof Sighting s ? s.toBuilder().notes(null).build() : record);
                }

                @Override
                public void close() throws IOException {
                    w.close();
                    out.close();
                }
            };
        }
    }

    /** Fails on bad input with a raw exception instead of a located DataException. */
    public static final class CrashingImporter implements Importer {
        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.of("crash", "Crash", "text/plain", List.of(), List.of(), "");
        }

        @Override
        public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
            byte[] all = in.readAllBytes();
            throw new NullPointerException("oops after " + all.length + " bytes");
        }
    }

    @Test
    void reportsEveryFailureOfACarelessExporterInOneReport() {
        Conformance.Report report = Conformance.check(formats.importer("lines"), new CarelessExporter());
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).anySatisfy(f -> assertThat(f).contains("closed the caller's output stream"));
        assertThat(report.failures()).anySatisfy(f -> assertThat(f).contains("accepted an unknown option"));
        assertThat(report.failures()).anySatisfy(f -> assertThat(f)
                .contains("the sample dataset did not round-trip")
                .contains("sightings[2] 'sighting-1f-south-lobby': notes: expected \"天井の対角線上の隅\", got nothing"));
        assertThatThrownBy(report::assertPassed).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Conformance of org.civicwatch.testplugin.ShadowLineImporter + "
                        + CarelessExporter.class.getName());
    }

    @Test
    void reportsRawExceptionsOnMalformedInputAndMissingDescriptions() {
        Conformance.Report report = Conformance.check(new CrashingImporter(), null);
        assertThat(report.failures()).anySatisfy(f -> assertThat(f).contains("does not list StandardOptions.READING"));
        assertThat(report.failures()).anySatisfy(f -> assertThat(f).contains("format 'crash' has no description"));
        assertThat(report.failures()).anySatisfy(f -> assertThat(f)
                .contains("threw java.lang.NullPointerException on malformed input")
                .contains("must raise DataException with a location"));
    }
}
