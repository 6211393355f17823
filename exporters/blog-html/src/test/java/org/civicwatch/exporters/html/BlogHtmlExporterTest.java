package org.civicwatch.exporters.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.civicwatch.CivicWatch;
import org.civicwatch.importers.html.BlogHtmlImporter;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Provenance;
import org.civicwatch.redaction.Redaction;
import org.civicwatch.redaction.Redactor;
import org.civicwatch.testkit.RandomDatasets;
import org.civicwatch.samples.SampleData;
import org.civicwatch.testkit.Conformance;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlogHtmlExporterTest {
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

    @Test
    void conformsWithTheImporterWhenNamesAreKept() {
        Conformance.check(new BlogHtmlImporter(), new NamesKept()).assertPassed();
    }

    @Test
    void conformsAsAnExporterWithItsDefaults() {
        Conformance.check(null, new BlogHtmlExporter()).assertPassed();
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
    void redactingByDefaultLosesOnlyThePrivateNames() throws IOException {
        for (int seed = 1; seed <= 12; seed++) {
            Dataset random = RandomDatasets.generate(seed, 3);
            Dataset expected = Redactor.redact(random, Redaction.privateNames());

            assertThat(readBack(write(random, Options.EMPTY))).as("seed %d", seed).isEqualTo(expected);
        }
    }

    private static Dataset namedInAPost() {
        return Dataset.builder(SampleData.info()).add(Incident.builder("i").title("t")
                .party(new Party(PartyKind.PERSON, "山田花子", "職員", "群馬県", null, PartyRole.ALLEGED_PERPETRATOR, false),
                        new Party(PartyKind.PERSON, "佐藤一郎", null, null, null, PartyRole.WITNESS, false))
                .provenance(new Provenance("post.html", null, "職員の山田花子が盗聴", "blog-html/incident", null))
                .build()).build();
    }

    @Test
    void isNotRedactedAgainWhenTheRegistryAsksForWhatItAlreadyDoesSoItsFooterStillCounts() throws IOException {
        BlogHtmlExporter html = new BlogHtmlExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dataset d = namedInAPost();

        Redaction asked = Redaction.from(Options.EMPTY, html.descriptor());
        RecordWriter opened = html.open(out, d.info(), Options.EMPTY);
        RecordWriter writer = Redactor.redacting(opened, asked);
        Exporter.writeAll(d, writer);
        writer.close();

        assertThat(asked).isEqualTo(Redaction.privateNames());
        assertThat(writer).isSameAs(opened);
        String page = text(out.toByteArray());
        assertThat(Jsoup.parse(page).selectFirst("footer").text()).startsWith("公人でない個人の氏名（2件）は載せていません。");
        // private-names keeps quotes, even one that repeats a name: personal-data is the choice for such sources.
        assertThat(page).doesNotContain("佐藤一郎").contains("職員の山田花子が盗聴");
    }

    @Test
    void leavesQuotesOutOfTheEmbeddedDataWhenAskedForPersonalData() throws IOException {
        byte[] page = write(namedInAPost(), Options.parse(Map.of("redact", "personal-data"),
                new BlogHtmlExporter().descriptor().options()));

        assertThat(text(page)).doesNotContain("山田花子", "佐藤一郎");
        assertThat(Jsoup.parse(text(page)).selectFirst("footer").text()).startsWith("公人でない個人の氏名（2件）");
        assertThat(readBack(page).incidents().get(0).provenance())
                .isEqualTo(new Provenance("post.html", null, null, "blog-html/incident", null));
    }

    @Test
    void takesRecordsInAnyOrderAndWritesOnlyWhenClosed() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        List<CivicRecord> reversed = new ArrayList<>(sample.records().toList());
        Collections.reverse(reversed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RecordWriter writer = new BlogHtmlExporter().open(out, sample.info(), Options.EMPTY);
        for (CivicRecord r : reversed) {
            writer.write(r);
        }
        assertThat(out.size()).isZero();
        writer.close();

        Dataset back = readBack(out.toByteArray());
        assertThat(back).isEqualTo(Dataset.of(sample.info(), reversed));
        assertThat(back.sightings()).first().extracting(CivicRecord::id).isEqualTo("sighting-whole-building");
    }

    @Test
    void takesTheInfoLateAndChoosesTheLabelsByItAtClose() throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        BlogHtmlExporter html = new BlogHtmlExporter();
        assertThat(html.takesLateInfo()).isTrue();
        assertThat(html.needsRecordsGrouped()).isFalse();
        DatasetInfo english = new DatasetInfo("Cameras of the prefectural office", null, null, null, "en", null,
                List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RecordWriter writer = html.open(out, DatasetInfo.EMPTY, Options.EMPTY)) {
            Exporter.writeAll(sample, writer);
            writer.lateInfo(english);
        }
        String page = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<html lang=\"en\">").contains("Cameras of the prefectural office");
        assertThat(readBack(out.toByteArray())).isEqualTo(new Dataset(english, sample.incidents(), sample.sightings(),
                sample.filings(), sample.news()));
    }

    @Test
    void writesTheSameBytesForTheSameDataset() throws IOException {
        Dataset random = RandomDatasets.generate(7, 5);
        Options en = Options.EMPTY.with(BlogHtmlExporter.LANGUAGE, BlogHtmlExporter.LabelLanguage.EN);

        assertThat(write(random, en)).isEqualTo(write(random, en));
    }

    @Test
    void describesTheFormat() {
        FormatDescriptor d = new BlogHtmlExporter().descriptor();

        assertThat(d.id()).isEqualTo("html");
        assertThat(d.name()).isEqualTo("Blog HTML");
        assertThat(d.mediaType()).isEqualTo("text/html");
        assertThat(d.extensions()).containsExactly("html", "htm");
        assertThat(d.options()).extracting(o -> o.name() + "=" + o.format(o.defaultValue()))
                .containsExactly("fragment=false", "language=auto", "redact=private-names");
        assertThat(CivicWatch.formats().exporter("html")).isInstanceOf(BlogHtmlExporter.class);
    }

    static byte[] write(Dataset dataset, Options options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BlogHtmlExporter().write(dataset, out, options);
        return out.toByteArray();
    }

    static Dataset readBack(byte[] page) throws IOException {
        try (RecordReader r = new BlogHtmlImporter().open(new ByteArrayInputStream(page), "page.html",
                Options.EMPTY)) {
            return Importer.readAll(r);
        }
    }

    static String text(byte[] page) {
        return new String(page, StandardCharsets.UTF_8);
    }
}
