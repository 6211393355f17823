package org.civicwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicwatch.model.Dataset;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.FormatNotFoundException;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.testplugin.LineExporter;
import org.civicwatch.testplugin.LineImporter;
import org.civicwatch.testplugin.ShadowLineImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatRegistryTest {
    private final FormatRegistry formats = FormatRegistry.load(getClass().getClassLoader());

    @TempDir
    Path dir;

    @Test
    void discoversAPluginDefinedOnlyInTests() {
        assertThat(formats.findImporter("lines")).isPresent();
        assertThat(formats.exporter("lines")).isInstanceOf(LineExporter.class);
    }

    @Test
    void recordsABrokenProviderAndKeepsTheOthers() {
        assertThat(formats.failures()).extracting(FormatRegistry.ProviderFailure::provider)
                .contains("org.civicwatch.testplugin.BrokenImporter", "org.civicwatch.testplugin.MissingImporter");
        assertThat(formats.failures()).filteredOn(f -> f.provider().endsWith("BrokenImporter")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("the spreadsheet library is missing"));
        assertThat(formats.failures()).filteredOn(f -> f.provider().endsWith("MissingImporter")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("not found"));
        assertThat(formats.importers()).isNotEmpty();
        assertThat(formats.describe()).contains("Failed: importer provider org.civicwatch.testplugin.BrokenImporter");
    }

    @Test
    void recordsAProviderThatCannotBeLinkedAndKeepsTheOthers() throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve("org.civicwatch.spi.Importer"), "com.example.SpreadsheetImporter\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals("com.example.SpreadsheetImporter")) {
                    // What the JVM throws when a plugin's class refers to a library that is not there.
                    throw new NoClassDefFoundError("org/apache/poi/Workbook");
                }
                return super.loadClass(name, resolve);
            }
        }) {
            FormatRegistry r = FormatRegistry.load(loader);
            assertThat(r.failures()).anySatisfy(f -> {
                assertThat(f.service()).isEqualTo("importer");
                assertThat(f.reason()).contains("NoClassDefFoundError: org/apache/poi/Workbook")
                        .contains("add the library the plugin depends on");
            });
            assertThat(r.importer("lines")).isInstanceOf(ShadowLineImporter.class);
        }
    }

    @Test
    void resolvesTwoProvidersOfOneIdByPriorityAndReportsIt() {
        assertThat(formats.importer("lines")).isInstanceOf(ShadowLineImporter.class);
        assertThat(formats.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.formatId()).isEqualTo("lines");
            assertThat(c.chosen()).isEqualTo(ShadowLineImporter.class.getName());
            assertThat(c.overridden()).containsExactly(LineImporter.class.getName());
        });
    }

    @Test
    void resolvesEqualPriorityByClassName() {
        // "org.civicwatch.FormatRegistryTest$1" sorts before "org.civicwatch.testplugin.LineImporter".
        LineImporter anonymous = new LineImporter() { };
        FormatRegistry r = FormatRegistry.of(List.of(new LineImporter(), anonymous), List.of());
        assertThat(r.importer("lines")).isSameAs(anonymous);
        assertThat(r.conflicts()).singleElement()
                .satisfies(c -> assertThat(c.overridden()).containsExactly(LineImporter.class.getName()));
    }

    /** A test format claiming the extension of the test line format, with a higher priority. */
    static final class LoudLineExporter extends LineExporter {
        private final int priority;

        LoudLineExporter(int priority) {
            this.priority = priority;
        }

        @Override
        public org.civicwatch.spi.FormatDescriptor descriptor() {
            return org.civicwatch.spi.FormatDescriptor.builder("loud").name("Loud lines").mediaType("text/plain")
                    .extensions("cwl").priority(priority).description("Claims .cwl too.").build();
        }
    }

    @Test
    void choosesAmongExportersOfOneExtensionByPriorityThenClassName() {
        FormatRegistry lowFirst = FormatRegistry.of(List.of(), List.of(new LoudLineExporter(-1), new LineExporter()));
        assertThat(lowFirst.exporterFor(dir.resolve("x.cwl"))).isInstanceOf(LineExporter.class)
                .isNotInstanceOf(LoudLineExporter.class);
        FormatRegistry highFirst = FormatRegistry.of(List.of(), List.of(new LineExporter(), new LoudLineExporter(5)));
        assertThat(highFirst.exporterFor(dir.resolve("x.cwl"))).isInstanceOf(LoudLineExporter.class);
    }

    @Test
    void aMissingFormatNamesTheFormatsPresentAndTheModuleToAdd() {
        assertThatThrownBy(() -> formats.importer("json"))
                .isInstanceOf(FormatNotFoundException.class)
                .hasMessageContaining("no importer for format 'json' is installed")
                .hasMessageContaining("Installed: lines")
                .hasMessageContaining("To read json (one civicwatch JSON document), add"
                        + " org.civicwatch:civicwatch-importer-json to the class path or module path.");
        assertThatThrownBy(() -> formats.exporterFor(dir.resolve("out.html")))
                .hasMessageContaining("add org.civicwatch:civicwatch-exporter-blog-html");
        assertThatThrownBy(() -> formats.exporterFor(dir.resolve("out.xyz")))
                .hasMessageContaining("no installed exporter writes .xyz files");
    }

    @Test
    void theModuleToAddComesFromTheTableOfKnownFormatsOnly() throws IOException {
        FormatRegistry none = FormatRegistry.of(List.of(), List.of());
        assertThatThrownBy(() -> none.importer("xlsx")).isInstanceOf(FormatNotFoundException.class)
                .hasMessage("no importer for format 'xlsx' is installed. No formats are installed.");
        assertThatThrownBy(() -> none.exporter("JSONL"))
                .hasMessage("no exporter for format 'jsonl' is installed. No formats are installed. To write jsonl"
                        + " (civicwatch JSON Lines, one record a line), add org.civicwatch:civicwatch-exporter-json to"
                        + " the class path or module path.");
        // By extension: .htm is the blog HTML format's second extension.
        Path page = Files.writeString(dir.resolve("post.htm"), "<p>hello</p>");
        assertThatThrownBy(() -> none.read(page)).hasMessageStartingWith("no importer for format 'html' is installed.")
                .hasMessageContaining("add org.civicwatch:civicwatch-importer-blog-html");
        assertThatThrownBy(() -> none.exporterFor(dir.resolve("out.ndjson")))
                .hasMessageContaining("add org.civicwatch:civicwatch-exporter-json");
    }

    @Test
    void aFolderWithoutAPluginForFoldersIsRefusedNamingTheModuleThatReadsAndWritesThem() throws IOException {
        assertThatThrownBy(() -> formats.importerFor(dir)).isInstanceOf(FormatNotFoundException.class)
                .hasMessageStartingWith("no importer for format 'datapackage' is installed. Installed: lines.")
                .hasMessageContaining("add org.civicwatch:civicwatch-importer-csv to the class path or module path.");
        assertThatThrownBy(() -> formats.exporterFor(dir.resolve("package")))
                .hasMessageStartingWith("no exporter for format 'datapackage' is installed. Installed: lines.")
                .hasMessageContaining("add org.civicwatch:civicwatch-exporter-csv to the class path or module path.");
    }

    @Test
    void anInputNoPluginRecognisesIsRefusedNamingTheExtensionsThatWouldBe() throws IOException {
        Path unknown = Files.write(dir.resolve("mystery.bin"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> FormatRegistry.of(List.of(new LineImporter()), List.of()).read(unknown))
                .hasMessage("cannot tell the format of " + unknown + ": no installed importer recognises it (installed:"
                        + " lines). Name the format explicitly, or use a file extension such as .cwl.");
    }

    /** A format whose own extension is .geo and which claims .cwl as a further one, with a high priority. */
    static final class GeoLineExporter extends LineExporter {
        @Override
        public org.civicwatch.spi.FormatDescriptor descriptor() {
            return org.civicwatch.spi.FormatDescriptor.builder("geo").name("Geo lines").mediaType("text/plain")
                    .extensions("geo", "cwl").priority(100).description("Claims .cwl as a further extension.").build();
        }
    }

    @Test
    void anExtensionGoesToTheFormatWhoseOwnExtensionItIsBeforeOneListingItFurther() {
        FormatRegistry r = FormatRegistry.of(List.of(), List.of(new GeoLineExporter(), new LineExporter()));
        assertThat(r.exporterFor(dir.resolve("x.cwl"))).isNotInstanceOf(GeoLineExporter.class)
                .isInstanceOf(LineExporter.class);
        assertThat(r.exporterFor(dir.resolve("x.GEO"))).isInstanceOf(GeoLineExporter.class);
        FormatRegistry alone = FormatRegistry.of(List.of(), List.of(new GeoLineExporter()));
        assertThat(alone.exporterFor(dir.resolve("x.cwl"))).isInstanceOf(GeoLineExporter.class);
    }

    @Test
    void theRegistryRefusesAnUnknownOptionBeforeOpeningAnyPlugin() {
        int[] opened = {0};
        LineImporter importer = new LineImporter() {
            @Override
            public org.civicwatch.spi.RecordReader open(java.io.InputStream in, String sourceName, Options options) {
                opened[0]++;
                return super.open(in, sourceName, options);
            }
        };
        LineExporter exporter = new LineExporter() {
            @Override
            public org.civicwatch.spi.RecordWriter open(java.io.OutputStream out, org.civicwatch.model.DatasetInfo info,
                                                        Options options) throws IOException {
                opened[0]++;
                return super.open(out, info, options);
            }
        };
        FormatRegistry r = FormatRegistry.of(List.of(importer), List.of(exporter));
        Options colour = Options.EMPTY.with(Option.text("colour", null, "not a lines option"), "red");
        assertThatThrownBy(() -> r.read(new ByteArrayInputStream(new byte[] {'x'}), "in.cwl", "lines", colour))
                .isInstanceOf(OptionException.class)
                .hasMessage("format 'lines' does not accept option 'colour'; valid options are: lenient, max-problems,"
                        + " rejected");
        assertThatThrownBy(() -> r.write(SampleData.gunmaPrefecturalOffice(), new ByteArrayOutputStream(), "lines",
                colour)).isInstanceOf(OptionException.class).hasMessageContaining("option 'colour'");
        assertThatThrownBy(() -> r.read(dir.resolve("none.cwl"), "lines", colour)).isInstanceOf(OptionException.class);
        assertThat(opened[0]).isZero();
    }

    @Test
    void convertsTheSampleThroughTheTestPluginWithoutLoss() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        Path file = dir.resolve("sample.cwl");
        formats.write(sample, file);
        assertThat(formats.read(file)).isEqualTo(sample);
        Path copy = dir.resolve("copy.cwl");
        formats.convert(file, copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void detectsTheFormatFromContentWhenTheExtensionSaysNothing() throws IOException {
        Path file = dir.resolve("sample.data");
        formats.write(SampleData.gunmaPrefecturalOffice(), file, "lines", Options.EMPTY);
        assertThat(formats.read(file)).isEqualTo(SampleData.gunmaPrefecturalOffice());
        ByteArrayInputStream in = new ByteArrayInputStream(Files.readAllBytes(file));
        assertThat(formats.read(in, "stdin")).isEqualTo(SampleData.gunmaPrefecturalOffice());
        Path unknown = dir.resolve("mystery.bin");
        Files.write(unknown, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> formats.read(unknown)).isInstanceOf(FormatNotFoundException.class)
                .hasMessageContaining("cannot tell the format of").hasMessageContaining("Name the format explicitly");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryBehind() throws IOException {
        Path file = dir.resolve("keep.cwl");
        Files.writeString(file, "old content");
        assertThatThrownBy(() -> formats.write(SampleData.gunmaPrefecturalOffice(), file, "lines",
                Options.EMPTY.with(Option.text("colour", null, "not a lines option"), "red")))
                .isInstanceOf(OptionException.class);
        assertThat(Files.readString(file)).isEqualTo("old content");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedConversionLeavesNoPartialOutput() throws IOException {
        Path bad = dir.resolve("bad.cwl");
        Files.writeString(bad, "info {}\nsighting {id=\"s1\",device=\"camera\"}\nsighting {id=\"s2\",device=\"tripod\"}\n");
        Path out = dir.resolve("out.cwl");
        assertThatThrownBy(() -> formats.convert(bad, out))
                .isInstanceOf(DataException.class)
                .hasMessage("bad.cwl:3:1: record 2, field 'device': \"tripod\" is not one of camera, motion_sensor,"
                        + " microphone, alpr, other");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(bad);
        }
    }

    @Test
    void lenientReadingReportsAndHandsOverRejectedLines() throws IOException {
        String input = "info {}\nsighting {id=\"s1\",device=\"camera\"}\nsighting {id=\"s 2\",device=\"camera\"}\n"
                + "sighting {id=\"s3\",device=\"camera\"}\n";
        List<Problem> rejected = new java.util.ArrayList<>();
        Options lenient = Options.EMPTY.with(StandardOptions.LENIENT, true)
                .with(StandardOptions.REJECTED, rejected::add);
        Dataset d = formats.importer("lines").read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                "in.cwl", lenient);
        assertThat(d.sightings()).extracting(s -> s.id()).containsExactly("s1", "s3");
        assertThat(rejected).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.location().field()).isEqualTo("id");
            assertThat(p.rejected()).isEqualTo("sighting {id=\"s 2\",device=\"camera\"}");
        });
    }

    @Test
    void lenientReadingGivesUpAfterTheBoundOnProblems() {
        StringBuilder input = new StringBuilder("info {}\n");
        for (int i = 0; i < 5; i++) {
            input.append("sighting {id=\"bad id\",device=\"camera\"}\n");
        }
        Options lenient = Options.EMPTY.with(StandardOptions.LENIENT, true).with(StandardOptions.MAX_PROBLEMS, 3L);
        assertThatThrownBy(() -> formats.importer("lines").read(
                new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), "in.cwl", lenient))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("more than 3 problems; giving up")
                .hasMessageContaining("raise the option max-problems");
    }

    @Test
    void unknownOptionsAreRefusedWithTheValidOnes() {
        assertThatThrownBy(() -> Options.parse(Map.of("lenent", "true"), StandardOptions.READING))
                .isInstanceOf(OptionException.class)
                .hasMessage("unknown option 'lenent'; valid options are: lenient, max-problems, rejected");
        assertThatThrownBy(() -> Options.parse(Map.of("max-problems", "lots"), StandardOptions.READING))
                .hasMessage("option 'max-problems': cannot use \"lots\": expected a whole number");
        assertThat(Options.parse(Map.of("lenient", "TRUE"), StandardOptions.READING).get(StandardOptions.LENIENT))
                .isTrue();
    }

    @Test
    void streamsStayOpenAfterReadingAndWriting() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed the caller's stream");
            }
        };
        formats.write(SampleData.gunmaPrefecturalOffice(), out, "lines", Options.EMPTY);
        assertThat(out.size()).isPositive();
    }
}
