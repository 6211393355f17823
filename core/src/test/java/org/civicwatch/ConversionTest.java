package org.civicwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.FormatNotFoundException;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.testplugin.LineExporter;
import org.civicwatch.testplugin.LineImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade's conversions and writes with formats that stream differently, and folder outputs. */
class ConversionTest {
    @TempDir
    Path dir;

    private static FormatDescriptor renamed(String id, String extension) {
        FormatDescriptor d = new LineExporter().descriptor();
        return FormatDescriptor.of(id, "Test " + id, d.mediaType(), List.of(extension), d.options(), d.description());
    }

    /** Like a JSON document: records must come grouped by type, in the order of {@link RecordType}. */
    public static final class GroupedExporter implements Exporter {
        @Override
        public FormatDescriptor descriptor() {
            return renamed("grouped", "grp");
        }

        @Override
        public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
            RecordWriter lines = new LineExporter().open(out, info, options);
            return new RecordWriter() {
                private RecordType latest = RecordType.INCIDENT;

                @Override
                public void write(CivicRecord record) throws IOException {
                    if (record.recordType().compareTo(latest) < 0) {
                        throw new IllegalStateException("a " + record.recordType().singular() + " after a "
                                + latest.singular());
                    }
                    latest = record.recordType();
                    lines.write(record);
                }

                @Override
                public void close() throws IOException {
                    lines.close();
                }
            };
        }
    }

    /** Like a JSON document with its info at the end: the info is complete only after the last record. */
    public static final class LateInfoImporter implements Importer {
        @Override
        public FormatDescriptor descriptor() {
            return renamed("late", "late");
        }

        @Override
        public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
            RecordReader lines = new LineImporter().open(in, sourceName, options);
            return new RecordReader() {
                private boolean ended;

                @Override
                public CivicRecord next() throws IOException {
                    CivicRecord r = lines.next();
                    ended = r == null;
                    return r;
                }

                @Override
                public DatasetInfo info() {
                    return ended ? lines.info() : DatasetInfo.EMPTY;
                }

                @Override
                public Location location() {
                    return lines.location();
                }

                @Override
                public List<Problem> problems() {
                    return lines.problems();
                }

                @Override
                public void close() throws IOException {
                    lines.close();
                }
            };
        }
    }

    /** Writes a folder holding one file, like a CSV data package. */
    public static final class FolderExporter implements Exporter {
        @Override
        public FormatDescriptor descriptor() {
            return renamed("folder", "folder");
        }

        @Override
        public boolean writesDirectories() {
            return true;
        }

        @Override
        public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
            return new LineExporter().open(out, info, options);
        }

        @Override
        public RecordWriter open(Path path, DatasetInfo info, Options options) throws IOException {
            Files.createDirectory(path);
            return Exporter.super.open(path.resolve("records.cwl"), info, options);
        }
    }

    private final FormatRegistry formats = FormatRegistry.of(List.of(new LineImporter(), new LateInfoImporter()),
            List.of(new LineExporter(), new GroupedExporter(), new FolderExporter()));

    /** The sample with its news first: valid for a stream of records, out of order for a grouped format. */
    private Path newsFirst() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RecordWriter w = new LineExporter().open(out, sample.info(), Options.EMPTY)) {
            for (CivicRecord r : Stream.concat(sample.news().stream(), sample.records()
                    .filter(r -> r.recordType() != RecordType.NEWS)).toList()) {
                w.write(r);
            }
        }
        return Files.write(dir.resolve("news-first.cwl"), out.toByteArray());
    }

    @Test
    void convertsRecordsOfMixedTypesIntoAFormatThatGroupsThem() throws IOException {
        Path out = dir.resolve("grouped.grp");
        formats.convert(newsFirst(), out);
        assertThat(formats.read(out, "lines", Options.EMPTY)).isEqualTo(SampleData.gunmaPrefecturalOffice());
        assertThat(Files.readString(out)).startsWith("info {").contains("\nincident {");
    }

    @Test
    void aConversionThatReadsTwiceHandsEachRejectToTheSinkOnce() throws IOException {
        // A bad line after the news and before the incidents: the streaming pass meets it, stops at the
        // first incident (out of order for the grouped format), and the whole-input pass meets it again.
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(newsFirst()));
        lines.add(3, "sighting {id=\"bad id\",device=\"camera\"}");
        Path in = Files.write(dir.resolve("with-reject.cwl"), lines);
        List<org.civicwatch.spi.Problem> rejected = new java.util.ArrayList<>();
        Options lenient = Options.EMPTY.with(org.civicwatch.spi.StandardOptions.LENIENT, true)
                .with(org.civicwatch.spi.StandardOptions.REJECTED, rejected::add);
        Path out = dir.resolve("grouped.grp");
        formats.convert(in, "lines", lenient, out, "grouped", Options.EMPTY);
        assertThat(rejected).singleElement().satisfies(p -> assertThat(p.location().line()).isEqualTo(4));
        assertThat(formats.read(out, "lines", Options.EMPTY)).isEqualTo(SampleData.gunmaPrefecturalOffice());
    }

    @Test
    void keepsTheInfoOfAnInputThatGivesItAfterTheRecords() throws IOException {
        Path in = dir.resolve("sample.late");
        formats.write(SampleData.gunmaPrefecturalOffice(), in, "lines", Options.EMPTY);
        Path out = dir.resolve("copy.cwl");
        formats.convert(in, "late", Options.EMPTY, out, "lines", Options.EMPTY);
        assertThat(formats.read(out).info()).isEqualTo(SampleData.gunmaPrefecturalOffice().info());
        assertThat(formats.read(out)).isEqualTo(SampleData.gunmaPrefecturalOffice());
    }

    @Test
    void writesAFolderOutputAndReplacesItWithANewVersion() throws IOException {
        Path folder = dir.resolve("package");
        formats.write(Dataset.empty(DatasetInfo.titled("first")), folder);
        formats.write(SampleData.gunmaPrefecturalOffice(), folder);
        assertThat(formats.importer("lines").read(folder.resolve("records.cwl"), Options.EMPTY))
                .isEqualTo(SampleData.gunmaPrefecturalOffice());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(folder);
        }
    }

    @Test
    void aFailedConversionIntoAFolderKeepsTheOldFolder() throws IOException {
        Path folder = dir.resolve("package");
        formats.write(SampleData.gunmaPrefecturalOffice(), folder);
        byte[] before = Files.readAllBytes(folder.resolve("records.cwl"));
        Path bad = Files.writeString(dir.resolve("bad.cwl"),
                "info {}\nsighting {id=\"s1\",device=\"camera\"}\nsighting {id=\"s2\",device=\"tripod\"}\n");

        assertThatThrownBy(() -> formats.convert(bad, folder)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("bad.cwl:3:1: record 2, field 'device'");

        assertThat(Files.readAllBytes(folder.resolve("records.cwl"))).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(folder, bad);
        }
    }

    @Test
    void convertsBetweenStreamsLeavingBothOpen() throws IOException {
        byte[] lines = Files.readAllBytes(newsFirst());
        boolean[] closed = new boolean[2];
        InputStream in = new FilterInputStream(new ByteArrayInputStream(lines)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[1] = true;
            }
        };
        formats.convert(in, "news-first.cwl", "lines", out, "grouped");
        assertThat(closed).containsExactly(false, false);
        assertThat(formats.importer("lines").read(new ByteArrayInputStream(out.toByteArray()), "out", Options.EMPTY))
                .isEqualTo(SampleData.gunmaPrefecturalOffice());
    }

    @Test
    void readingAStreamByDetectionLeavesItOpen() throws IOException {
        byte[] lines = Files.readAllBytes(newsFirst());
        boolean[] closed = new boolean[1];
        InputStream in = new FilterInputStream(new ByteArrayInputStream(lines)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThat(formats.read(in, "stdin")).isEqualTo(SampleData.gunmaPrefecturalOffice());
        assertThat(closed[0]).isFalse();
    }

    @Test
    void anEmptyInputSaysSoInsteadOfGuessing() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.cwl"));
        assertThatThrownBy(() -> formats.read(empty)).isInstanceOf(FormatNotFoundException.class)
                .hasMessage("cannot tell the format of " + empty + ": the file is empty. Name the format explicitly,"
                        + " or check that the file was written completely.");
        assertThatThrownBy(() -> formats.read(new ByteArrayInputStream(new byte[0]), "stdin"))
                .isInstanceOf(FormatNotFoundException.class)
                .hasMessage("cannot tell the format of stdin: the input is empty. Name the format explicitly.");
    }

    @Test
    void aPluginWhoseDetectionFailsDoesNotStopAnother() throws IOException {
        Importer faulty = new Importer() {
            @Override
            public FormatDescriptor descriptor() {
                return renamed("faulty", "faulty");
            }

            @Override
            public org.civicwatch.spi.Detection detect(byte[] head, String fileName) {
                throw new ArrayIndexOutOfBoundsException(head.length);
            }

            @Override
            public RecordReader open(InputStream in, String sourceName, Options options) {
                throw new UnsupportedOperationException();
            }
        };
        FormatRegistry withFaulty = FormatRegistry.of(List.of(faulty, new LineImporter()), List.of(new LineExporter()));
        Path file = dir.resolve("sample.data");
        withFaulty.write(SampleData.gunmaPrefecturalOffice(), file, "lines", Options.EMPTY);
        assertThat(withFaulty.read(file)).isEqualTo(SampleData.gunmaPrefecturalOffice());
    }

    @Test
    void theFacadeConvertsStreamsAndReadsThemByDetection() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CivicWatch.write(SampleData.gunmaPrefecturalOffice(), out, "lines");
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        CivicWatch.convert(new ByteArrayInputStream(out.toByteArray()), "in.cwl", "lines", copy, "lines");
        assertThat(new String(copy.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(new String(out.toByteArray(), StandardCharsets.UTF_8));
        assertThat(CivicWatch.read(new ByteArrayInputStream(copy.toByteArray()), "stdin"))
                .isEqualTo(SampleData.gunmaPrefecturalOffice());
    }
}
