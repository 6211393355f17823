package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.civicwatch.FormatRegistry;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;

class PluginsCheckCommandTest {
    @Test
    void everyBuiltInPluginIsCheckedAndPasses() {
        Run run = Run.of("plugins", "check");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.outText().lines().toList()).containsExactly(
                // A CSV file holds one record type: the check writes and reads each type on its own.
                "csv: passed 9 checks (org.civicwatch.importers.csv.CsvImporter and"
                        + " org.civicwatch.exporters.csv.CsvExporter)",
                "datapackage: passed 9 checks (org.civicwatch.importers.csv.DataPackageImporter and"
                        + " org.civicwatch.exporters.csv.DataPackageExporter)",
                "html: passed 9 checks (org.civicwatch.importers.html.BlogHtmlImporter and"
                        + " org.civicwatch.exporters.html.BlogHtmlExporter)",
                "json: passed 9 checks (org.civicwatch.importers.json.JsonImporter and"
                        + " org.civicwatch.exporters.json.JsonExporter)",
                "jsonl: passed 9 checks (org.civicwatch.importers.json.JsonLinesImporter and"
                        + " org.civicwatch.exporters.json.JsonLinesExporter)",
                "mt: passed 3 checks (org.civicwatch.importers.mt.MovableTypeImporter)",
                "warc: passed 3 checks (org.civicwatch.importers.warc.WarcImporter)",
                "every plugin passed");
    }

    /** Fails on bad input with a raw exception instead of a located error: what the check finds. */
    public static final class CarelessImporter implements Importer {
        @Override
        public FormatDescriptor descriptor() {
            return FormatDescriptor.builder("careless").name("Careless").mediaType("text/plain").extensions("careless")
                    .options(StandardOptions.READING).description("Reads nothing.").build();
        }

        @Override
        public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
            throw new IllegalStateException("cannot read " + in.readAllBytes().length + " bytes");
        }
    }

    @Test
    void aPluginThatFailsIsListedWithEachFailureAndTheExitCodeIsOne() {
        FormatRegistry formats = FormatRegistry.of(List.of(new CarelessImporter()), List.of());
        Run run = Run.with(formats, new byte[0], false, "plugins", "check");

        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        assertThat(run.outText()).startsWith("careless: failed ").contains(" of 3 checks ("
                + CarelessImporter.class.getName() + "):\n  - ").endsWith("1 plugin fails the check\n");
    }

    @Test
    void checksOnlyTheFormatsNamedAndRefusesOnesNotInstalled() {
        Run one = Run.of("plugins", "check", "jsonl");
        assertThat(one.code()).isEqualTo(ExitCode.OK);
        assertThat(one.outText()).startsWith("jsonl: passed").doesNotContain("html:");

        Run missing = Run.of("plugins", "check", "xlsx");
        assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).isEqualTo("civicwatch plugins check: no plugin reads or writes the format 'xlsx';"
                + " installed: csv, datapackage, html, json, jsonl, mt, warc\n");
    }

    @Test
    void pluginsAloneListsItsCommands() {
        Run run = Run.of("plugins");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Usage: civicwatch plugins", "check  Runs the conformance check");
    }
}
