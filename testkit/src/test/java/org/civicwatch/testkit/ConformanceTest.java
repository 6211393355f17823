package org.civicwatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.civicwatch.FormatRegistry;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Sighting;
import org.junit.jupiter.api.Test;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.testplugin.GroupedLineExporter;


class ConformanceTest {
    private final FormatRegistry formats = FormatRegistry.load(getClass().getClassLoader());

    @Test
    void theTestPluginPassesEveryCheck() {
        Conformance.Report report = Conformance.check(formats.importer("lines"), formats.exporter("lines"));
        assertThat(report.failures()).isEmpty();
        assertThat(report.checks()).containsExactly("importer descriptor", "importer options", "malformed input",
                "exporter descriptor", "exporter output", "redaction", "round trip", "writer needs", "truncated input");
        report.assertPassed();
    }

    /** An option the careless exporter lists, and then refuses with a check of its own that forgot it. */
    static final Option<String> COLOUR = Option.text("colour", "plain", "The colour of the lines.");

    /**
     * Drops every sighting's notes, closes streams it does not own, and refuses an option it lists (its own
     * check of options was written before the option was added).
     */
    public static final class CarelessExporter implements Exporter {
        private final Exporter inner;

        public CarelessExporter() {
            this.inner = FormatRegistry.load(ConformanceTest.class.getClassLoader()).exporter("lines");
        }

        @Override
        public FormatDescriptor descriptor() {
            FormatDescriptor d = inner.descriptor();
            return d.toBuilder().options(java.util.stream.Stream.concat(d.options().stream(), java.util.stream.Stream.of(
                    COLOUR)).toList()).build();
        }

        @Override
        public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
            options.requireOnly(inner.descriptor().id(), inner.descriptor().options());
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

    /** Lists the standard option {@code redact}, so the registry leaves redaction to it, and ignores it. */
    public static final class RedactionIgnoringExporter implements Exporter {
        private final Exporter inner = FormatRegistry.load(ConformanceTest.class.getClassLoader()).exporter("lines");

        @Override
        public FormatDescriptor descriptor() {
            FormatDescriptor d = inner.descriptor();
            return d.toBuilder().options(java.util.stream.Stream.concat(d.options().stream(),
                    java.util.stream.Stream.of(StandardOptions.REDACT)).toList()).build();
        }

        @Override
        public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
            return inner.open(out, info, Options.EMPTY);
        }
    }

    @Test
    void anExporterThatListsRedactionMustHonourIt() {
        Conformance.Report report = Conformance.check(null, new RedactionIgnoringExporter());

        assertThat(report.failures()).hasSize(2).anySatisfy(f -> assertThat(f).isEqualTo(
                "exporter 'lines' wrote a private person's name through the registry with redact=private-names"))
                .anySatisfy(f -> assertThat(f).startsWith("exporter 'lines' lists the option 'redact' but wrote a"
                        + " private person's name with redact=private-names: honour it"));
        assertThat(Conformance.check(null, formats.exporter("lines")).failures()).isEmpty();
    }

    /** Fails on bad input with a raw exception instead of a located DataException. */
    public static final class CrashingImporter implements Importer {
        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.builder("crash").name("Crash").mediaType("text/plain").build();
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
        assertThat(report.failures()).anySatisfy(f -> assertThat(f)
                .contains("exporter 'lines' refused one of its own options, each set to its default (")
                .contains("colour=plain").contains("a plugin takes every option it lists"));
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

    /** Says it takes late info, and drops it: the lines format has written its info first. */
    public static final class LateInfoDroppingExporter implements Exporter {
        private final Exporter inner = FormatRegistry.load(ConformanceTest.class.getClassLoader()).exporter("lines");

        @Override
        public FormatDescriptor descriptor() {
            return inner.descriptor();
        }

        @Override
        public boolean takesLateInfo() {
            return true;
        }

        @Override
        public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
            RecordWriter w = inner.open(out, info, options);
            return new RecordWriter() {
                @Override
                public void write(CivicRecord record) throws IOException {
                    w.write(record);
                }

                @Override
                public void lateInfo(DatasetInfo complete) {
                    // dropped
                }

                @Override
                public void close() throws IOException {
                    w.close();
                }
            };
        }
    }

    /** Refuses records out of type order without declaring that it needs them grouped. */
    public static final class UndeclaredGroupingExporter extends GroupedLineExporter {
        @Override
        public boolean needsRecordsGrouped() {
            return false;
        }
    }

    @Test
    void reportsWritersThatDoNotTakeRecordsTheWayTheirExporterDeclares() {
        Conformance.Report dropping = Conformance.check(formats.importer("lines"), new LateInfoDroppingExporter());
        assertThat(dropping.failures()).singleElement().asString()
                .contains("exporter 'lines' declares that it takes late info (takesLateInfo())")
                .contains("did not read back equal: info: title:");
        Conformance.Report grouping = Conformance.check(formats.importer("lines"), new UndeclaredGroupingExporter());
        assertThat(grouping.failures()).singleElement().asString()
                .isEqualTo("writer needs: threw java.lang.IllegalStateException: a filing after a news");
    }

    /** Writes sightings only, as a map format would: the part of a dataset it keeps. */
    public static final class SightingsOnlyExporter implements Exporter {
        private final Exporter inner = FormatRegistry.load(ConformanceTest.class.getClassLoader()).exporter("lines");

        @Override
        public FormatDescriptor descriptor() {
            return inner.descriptor();
        }

        @Override
        public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
            RecordWriter w = inner.open(out, info, options);
            return new RecordWriter() {
                @Override
                public void write(CivicRecord record) throws IOException {
                    if (record instanceof Sighting) {
                        w.write(record);
                    }
                }

                @Override
                public void close() throws IOException {
                    w.close();
                }
            };
        }
    }

    private static Dataset sightingsOnly(Dataset d) {
        return Dataset.of(d.info(), d.sightings());
    }

    @Test
    void aFormatHoldingPartOfADatasetPassesWhenItGivesBackExactlyThatPart() {
        Conformance.Report report = Conformance.check(formats.importer("lines"), new SightingsOnlyExporter(),
                ConformanceTest::sightingsOnly);
        assertThat(report.failures()).isEmpty();
        assertThat(report.checks()).contains("round trip", "writer needs");
    }

    @Test
    void aFormatGivingBackMoreThanThePartItSaysItKeepsFails() {
        Conformance.Report report = Conformance.check(formats.importer("lines"), formats.exporter("lines"),
                ConformanceTest::sightingsOnly);
        assertThat(report.failures()).anySatisfy(f -> assertThat(f).isEqualTo("the sample dataset did not"
                + " round-trip: incidents: expected 0 records, got 3; filings: expected 0 records, got 2;"
                + " news: expected 0 records, got 2"));
    }

    @Test
    void aPartWithoutRecordsOfTheSampleIsReportedAsProvingNothing() {
        Conformance.Report report = Conformance.check(formats.importer("lines"), new SightingsOnlyExporter(),
                d -> Dataset.empty(d.info()));
        assertThat(report.failures()).anySatisfy(f -> assertThat(f)
                .isEqualTo("the part kept of the sample dataset has no record, so its round trip would prove nothing"));
    }
}
