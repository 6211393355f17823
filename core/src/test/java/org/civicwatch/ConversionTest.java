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
import org.civicwatch.spi.ForwardingRecordReader;
import org.civicwatch.testplugin.GroupedLineExporter;
import org.civicwatch.testplugin.LateInfoLineImporter;
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
        return FormatDescriptor.builder(id).name("Test " + id).mediaType(d.mediaType()).extensions(extension)
                .options(d.options()).description(d.description()).build();
    }

    /** Takes the info late, like a page written at close; remembers what it was given, and when. */
    public static final class LateInfoExporter implements Exporter {
        final List<DatasetInfo> openedWith = new java.util.ArrayList<>();
        final List<DatasetInfo> lateInfos = new java.util.ArrayList<>();

        @Override
        public FormatDescriptor descriptor() {
            return renamed("page", "page");
        }

        @Override
        public boolean takesLateInfo() {
            return true;
        }

        @Override
        public RecordWriter open(OutputStream out, DatasetInfo info, Options options) {
            openedWith.add(info);
            List<CivicRecord> held = new java.util.ArrayList<>();
            return new RecordWriter() {
                private DatasetInfo complete = info;

                @Override
                public void write(CivicRecord record) {
                    held.add(record);
                }

                @Override
                public void lateInfo(DatasetInfo late) {
                    lateInfos.add(late);
                    complete = late;
                }

                @Override
                public void close() throws IOException {
                    new LineExporter().write(Dataset.of(complete, held), out, Options.EMPTY);
                }
            };
        }
    }

    /** Counts how often its importer is opened, to prove an input is read once. */
    static final class CountingImporter implements Importer {
        private final Importer inner;
        int opens;

        CountingImporter(Importer inner) {
            this.inner = inner;
        }

        @Override
        public FormatDescriptor descriptor() {
            return inner.descriptor();
        }

        @Override
        public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
            opens++;
            return inner.open(in, sourceName, options);
        }
    }

    /** Interrupts the reading thread as it hands over its third record, as a caller cancelling would. */
    static final class InterruptingImporter implements Importer {
        private final Importer inner = new LineImporter();
        int handedOver;

        @Override
        public FormatDescriptor descriptor() {
            return inner.descriptor();
        }

        @Override
        public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
            return new ForwardingRecordReader(inner.open(in, sourceName, options)) {
                @Override
                public CivicRecord next() throws IOException {
                    CivicRecord r = super.next();
                    if (r != null && ++handedOver == 3) {
                        Thread.currentThread().interrupt();
                    }
                    return r;
                }
            };
        }
    }

    @Test
    void anInterruptedConversionStopsAtTheNextRecordAndLeavesNoOutput() throws IOException {
        Path in = newsFirst();
        Path out = dir.resolve("stopped.grp");
        InterruptingImporter interrupting = new InterruptingImporter();
        FormatRegistry registry = FormatRegistry.of(List.of(interrupting), List.of(new GroupedLineExporter()));
        try {
            assertThatThrownBy(() -> registry.convert(in, "lines", Options.EMPTY, out, "grouped", Options.EMPTY))
                    .isInstanceOf(java.io.InterruptedIOException.class)
                    .hasMessage("interrupted while converting records; nothing was written");
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is left for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(interrupting.handedOver).as("records read before stopping").isEqualTo(3);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("nothing beside the input, not even a temporary file").containsExactly(in);
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

    private final FormatRegistry formats = FormatRegistry.of(List.of(new LineImporter(), new LateInfoLineImporter()),
            List.of(new LineExporter(), new GroupedLineExporter(), new FolderExporter()));

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
    void aConversionIntoAGroupingFormatReadsTheInputOnceAndHandsEachRejectToTheSinkOnce() throws IOException {
        // A bad line after the news and before the incidents, in an input that is not grouped by type.
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(newsFirst()));
        lines.add(3, "sighting {id=\"bad id\",device=\"camera\"}");
        Path in = Files.write(dir.resolve("with-reject.cwl"), lines);
        List<org.civicwatch.spi.Problem> rejected = new java.util.ArrayList<>();
        Options lenient = Options.EMPTY.with(org.civicwatch.spi.StandardOptions.LENIENT, true)
                .with(org.civicwatch.spi.StandardOptions.REJECTED, rejected::add);
        Path out = dir.resolve("grouped.grp");
        CountingImporter counted = new CountingImporter(new LineImporter());
        FormatRegistry counting = FormatRegistry.of(List.of(counted), List.of(new GroupedLineExporter()));
        counting.convert(in, "lines", lenient, out, "grouped", Options.EMPTY);
        assertThat(rejected).singleElement().satisfies(p -> assertThat(p.location().line()).isEqualTo(4));
        assertThat(counted.opens).as("times the input was opened").isEqualTo(1);
        assertThat(formats.read(out, "lines", Options.EMPTY)).isEqualTo(SampleData.gunmaPrefecturalOffice());
        assertThat(Files.readAllLines(out)).extracting(l -> l.substring(0, l.indexOf(' ')))
                .as("grouped by type").isSortedAccordingTo(java.util.Comparator.comparing(
                        (String type) -> type.equals("info") ? -1 : RecordType.named(type).orElseThrow().ordinal()));
    }

    @Test
    void aWriterThatNeedsTheInfoFirstIsOpenedOnceTheInfoIsCompleteReadingTheInputOnce() throws IOException {
        Path in = dir.resolve("sample.late");
        formats.write(SampleData.gunmaPrefecturalOffice(), in, "lines", Options.EMPTY);
        CountingImporter late = new CountingImporter(new LateInfoLineImporter());
        FormatRegistry counting = FormatRegistry.of(List.of(late), List.of(new LineExporter(), new GroupedLineExporter()));
        for (String to : List.of("lines", "grouped")) {
            Path out = dir.resolve("copy-" + to + ".cwl");
            counting.convert(in, "late", Options.EMPTY, out, to, Options.EMPTY);
            assertThat(formats.read(out, "lines", Options.EMPTY)).isEqualTo(SampleData.gunmaPrefecturalOffice());
            assertThat(Files.readAllLines(out).get(0)).startsWith("info {title=\"群馬県庁の監視カメラと盗聴疑惑\"");
        }
        assertThat(late.opens).as("times the input was opened, for two conversions").isEqualTo(2);
    }

    @Test
    void aWriterThatTakesLateInfoIsOpenedAtOnceAndGivenTheCompleteInfoOnce() throws IOException {
        Path in = dir.resolve("sample.late");
        formats.write(SampleData.gunmaPrefecturalOffice(), in, "lines", Options.EMPTY);
        LateInfoExporter page = new LateInfoExporter();
        CountingImporter late = new CountingImporter(new LateInfoLineImporter());
        FormatRegistry r = FormatRegistry.of(List.of(late, new LineImporter()), List.of(page));
        Path out = dir.resolve("out.page");
        r.convert(in, "late", Options.EMPTY, out, "page", Options.EMPTY);
        assertThat(page.openedWith).containsExactly(DatasetInfo.EMPTY);
        assertThat(page.lateInfos).containsExactly(SampleData.gunmaPrefecturalOffice().info());
        assertThat(late.opens).isEqualTo(1);
        assertThat(formats.read(out, "lines", Options.EMPTY)).isEqualTo(SampleData.gunmaPrefecturalOffice());

        // An input whose info comes first gives the writer no late call.
        Path first = dir.resolve("sample.cwl");
        formats.write(SampleData.gunmaPrefecturalOffice(), first, "lines", Options.EMPTY);
        r.convert(first, "lines", Options.EMPTY, dir.resolve("again.page"), "page", Options.EMPTY);
        assertThat(page.openedWith).containsExactly(DatasetInfo.EMPTY, SampleData.gunmaPrefecturalOffice().info());
        assertThat(page.lateInfos).hasSize(1);
    }

    @Test
    void aReaderThatChangesItsInfoAfterSayingItWasCompleteFailsTheConversionNamingIt() throws IOException {
        Importer liar = new Importer() {
            @Override
            public FormatDescriptor descriptor() {
                return renamed("liar", "liar");
            }

            @Override
            public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
                return new ForwardingRecordReader(new LateInfoLineImporter().open(in, sourceName, options)) {
                    @Override
                    public boolean infoComplete() {
                        return true;
                    }
                };
            }
        };
        Path in = dir.resolve("sample.liar");
        formats.write(SampleData.gunmaPrefecturalOffice(), in, "lines", Options.EMPTY);
        Path out = dir.resolve("out.cwl");
        FormatRegistry r = FormatRegistry.of(List.of(liar), List.of(new LineExporter()));
        assertThatThrownBy(() -> r.convert(in, "liar", Options.EMPTY, out, "lines", Options.EMPTY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("importer 'liar' said its dataset info was complete (RecordReader.infoComplete()), then"
                        + " changed it: the output would have the wrong info");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownOptionOfEitherSideIsRefusedBeforeTheInputIsOpened() throws IOException {
        Path in = dir.resolve("sample.cwl");
        formats.write(SampleData.gunmaPrefecturalOffice(), in, "lines", Options.EMPTY);
        CountingImporter counted = new CountingImporter(new LineImporter());
        FormatRegistry r = FormatRegistry.of(List.of(counted), List.of(new LineExporter()));
        org.civicwatch.spi.Option<String> colour = org.civicwatch.spi.Option.text("colour", null, "not a lines option");
        Path out = dir.resolve("out.cwl");
        assertThatThrownBy(() -> r.convert(in, "lines", Options.EMPTY.with(colour, "red"), out, "lines", Options.EMPTY))
                .isInstanceOf(org.civicwatch.spi.OptionException.class)
                .hasMessage("format 'lines' does not accept option 'colour'; valid options are: lenient, max-problems,"
                        + " rejected");
        assertThatThrownBy(() -> r.convert(in, "lines", Options.EMPTY, out, "lines", Options.EMPTY.with(colour, "red")))
                .isInstanceOf(org.civicwatch.spi.OptionException.class)
                .hasMessageContaining("does not accept option 'colour'");
        r.convert(new ByteArrayInputStream(Files.readAllBytes(in)), "in.cwl", "lines", new ByteArrayOutputStream(),
                "lines");
        assertThat(counted.opens).as("opened only by the stream conversion").isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void groupingAndHoldingBackLeaveNoTemporaryFile() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.function.Supplier<List<Path>> spools = () -> {
            try (Stream<Path> files = Files.list(tmp)) {
                return files.filter(p -> p.getFileName().toString().startsWith("civicwatch-spool-")).toList();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        List<Path> before = spools.get();
        Path late = dir.resolve("sample.late");
        formats.write(SampleData.gunmaPrefecturalOffice(), late, "lines", Options.EMPTY);
        formats.convert(late, "late", Options.EMPTY, dir.resolve("out.grp"), "grouped", Options.EMPTY);
        Path bad = Files.writeString(dir.resolve("bad.late"), Files.readString(newsFirst())
                + "sighting {id=\"s2\",device=\"tripod\"}\n");
        assertThatThrownBy(() -> formats.convert(bad, "late", Options.EMPTY, dir.resolve("bad.grp"), "grouped",
                Options.EMPTY)).isInstanceOf(DataException.class);
        assertThat(spools.get()).containsExactlyInAnyOrderElementsOf(before);
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
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> formats.read(empty)).isInstanceOf(FormatNotFoundException.class)
                .hasMessage("cannot tell the format of " + empty + ": the file is empty. Name the format explicitly,"
                        + " or check that the file was written completely.");
        assertThatThrownBy(() -> formats.read(new ByteArrayInputStream(new byte[0]), "stdin"))
                .isInstanceOf(FormatNotFoundException.class)
                .hasMessage("cannot tell the format of stdin: the input is empty. Name the format explicitly.");
    }

    @Test
    void anEmptyFileGoesToTheFormatItsNameClaimsWhichSaysWhatIsMissing() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.cwl"));
        assertThat(formats.importerFor(empty).descriptor().id()).isEqualTo("lines");
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

    @Test
    void aConversionThatReadsNoRecordFromANonEmptyInputSaysSoAndStillWritesTheEmptyDataset() throws IOException {
        FormatRegistry formats = FormatRegistry.of(List.of(new LineImporter()), List.of(new LineExporter()));
        Path in = Files.writeString(dir.resolve("empty.cwl"), "info {title=\"nothing yet\"}\n");
        Path out = dir.resolve("copy.cwl");
        Converted converted = formats.convert(in, out);
        assertThat(converted.records()).isZero();
        assertThat(converted.format()).isEqualTo("lines");
        assertThat(converted.warnings()).singleElement().asString().isEqualTo("empty.cwl: warning: 0 records read"
                + " from a non-empty input, read as 'lines' (Test lines); if it is in another format, read it with"
                + " that format named");
        assertThat(Files.readString(out)).startsWith("info {title=\"nothing yet\"");
        // in strict mode too, named formats and streams alike
        Converted named = formats.convert(in, "lines", Options.EMPTY, dir.resolve("named.cwl"), "lines", Options.EMPTY);
        assertThat(named.warnings()).hasSize(1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Converted streamed = formats.convert(new ByteArrayInputStream(Files.readAllBytes(in)), "stdin", "lines", bytes,
                "lines");
        assertThat(streamed.warnings()).singleElement().asString().startsWith("stdin: warning: 0 records read");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("info {");
    }

    @Test
    void aConversionThatReadsRecordsOrAnEmptyInputWarnsOfNothing() throws IOException {
        FormatRegistry formats = FormatRegistry.of(List.of(new LineImporter()), List.of(new LineExporter()));
        Path in = dir.resolve("sample.cwl");
        formats.write(SampleData.gunmaPrefecturalOffice(), in, "lines", Options.EMPTY);
        Converted converted = formats.convert(in, dir.resolve("copy.cwl"));
        assertThat(converted.records()).isEqualTo(SampleData.gunmaPrefecturalOffice().size());
        assertThat(converted.problems()).isEmpty();
        Path nothing = Files.writeString(dir.resolve("nothing.cwl"), "");
        assertThat(formats.convert(nothing, "lines", Options.EMPTY, dir.resolve("n.cwl"), "lines", Options.EMPTY)
                .warnings()).isEmpty();
        assertThat(formats.convert(new ByteArrayInputStream(new byte[0]), "stdin", "lines", new ByteArrayOutputStream(),
                "lines").warnings()).isEmpty();
    }

    @Test
    void aConversionThatSpoolsWritesANameOf250BytesAndLeavesNothingBesideIt() throws IOException {
        Path in = dir.resolve("sample.late");
        formats.write(SampleData.gunmaPrefecturalOffice(), in, "lines", Options.EMPTY);
        Path folder = Files.createDirectory(dir.resolve("out"));
        // the records wait for the info (late) and for their group (grouped), in spools named after the output
        Path out = folder.resolve("d".repeat(246) + ".grp");
        formats.convert(in, "late", Options.EMPTY, out, "grouped", Options.EMPTY);
        Path fromNewsFirst = folder.resolve("n".repeat(246) + ".grp");
        formats.convert(newsFirst(), fromNewsFirst);
        assertThat(formats.read(out, "lines", Options.EMPTY)).isEqualTo(SampleData.gunmaPrefecturalOffice());
        assertThat(formats.read(fromNewsFirst, "lines", Options.EMPTY)).isEqualTo(SampleData.gunmaPrefecturalOffice());
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    out.getFileName().toString(), fromNewsFirst.getFileName().toString());
        }
    }
}
