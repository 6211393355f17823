package org.civicwatch.examples.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicwatch.CivicWatch;
import org.civicwatch.exporters.html.BlogHtmlExporter;
import org.civicwatch.importers.html.BlogHtmlImporter;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.testkit.Conformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blog HTML importer and exporter together, and with the JSON formats: pages written and read back,
 * pages converted to JSON, through {@link CivicWatch} with every plugin installed.
 */
class BlogHtmlFacadeTest {
    @TempDir
    Path dir;

    /** The exporter keeping every name: the lossless configuration, for the conformance round trip. */
    public static final class NamesKept implements Exporter {
        private final BlogHtmlExporter html = new BlogHtmlExporter();

        @Override
        public FormatDescriptor descriptor() {
            return html.descriptor();
        }

        @Override
        public boolean takesLateInfo() {
            return html.takesLateInfo();
        }

        @Override
        public RecordWriter open(OutputStream out, DatasetInfo info, Options options) {
            // Names kept unless redaction is asked for: the conformance check asks, and must be obeyed.
            return html.open(out, info, options.isSet(StandardOptions.REDACT) ? options
                    : options.with(StandardOptions.REDACT, StandardOptions.Redact.NONE));
        }
    }

    /** This module's sample post, copied under another name. */
    private Path page(String name) throws IOException {
        return Files.copy(Path.of("data", "ombudsman-post-2017-06.html"), dir.resolve(name));
    }

    @Test
    void conformsWithTheImporterWhenNamesAreKept() {
        Conformance.check(new BlogHtmlImporter(), new NamesKept()).assertPassed();
    }

    @Test
    void readsBackTheSampleThroughTheFacade() throws IOException {
        Path page = dir.resolve("gunma.html");
        CivicWatch.write(SampleData.gunmaPrefecturalOffice(), page);

        assertThat(CivicWatch.read(page)).isEqualTo(SampleData.gunmaPrefecturalOffice());
        assertThat(Files.readString(page)).startsWith("<!doctype html>").contains("<meta charset=\"utf-8\">",
                "<html lang=\"ja\">", "<title>群馬県庁の監視カメラと盗聴疑惑</title>");
    }

    @Test
    void writesHtmFilesToo() throws IOException {
        Path page = dir.resolve("gunma.htm");
        CivicWatch.write(SampleData.gunmaPrefecturalOffice(), page);

        assertThat(CivicWatch.read(page)).isEqualTo(SampleData.gunmaPrefecturalOffice());
    }

    @Test
    void convertsAPageToJsonThatReadsBackAsTheSameRecords() throws IOException {
        Path page = page("page.html");
        Path json = dir.resolve("out.json");
        CivicWatch.convert(page, json);
        Dataset fromPage = CivicWatch.read(page);
        Dataset fromJson = CivicWatch.read(json);
        assertThat(fromJson.records().toList()).isEqualTo(fromPage.records().toList());
        assertThat(fromJson.sightings()).extracting(s -> s.provenance().source()).containsOnly(
                "https://blog.goo.ne.jp/kensei-watch/e/5b1e0c2d9a8f47e3b6c1d2e3f4a5b6c7");
        assertThat(Files.readString(json)).contains("\"2017-06-13T23:48:00+09:00\"").contains("女子トイレ前の廊下");
    }

    @Test
    void aPageOverTheSizeLimitConvertsToNothing() throws IOException {
        Path page = page("big.html");
        Path out = dir.resolve("out.json");
        assertThatThrownBy(() -> CivicWatch.convert(page, "html", Options.EMPTY.with(BlogHtmlImporter.MAX_INPUT_BYTES,
                512L), out, "json", Options.EMPTY)).isInstanceOf(DataException.class);
        assertThat(out).doesNotExist();
    }
}
