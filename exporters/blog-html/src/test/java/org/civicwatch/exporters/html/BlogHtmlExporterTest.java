package org.civicwatch.exporters.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.civicwatch.CivicWatch;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.json.JsonLdDataset;
import org.civicwatch.json.JsonTrees;
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
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.testkit.Conformance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The exporter on its own; with the importer (conformance of the pair, the facade) it is tested in {@code examples}. */
class BlogHtmlExporterTest {
    @Test
    void conformsAsAnExporterWithItsDefaults() {
        Conformance.check(null, new BlogHtmlExporter()).assertPassed();
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

    /**
     * The dataset a page embeds, read as the contract says ({@link JsonLdDataset}): the one JSON-LD script,
     * parsed by the shared JSON set-up into core's dataset tree. The importer reading it back is tested in
     * {@code examples}.
     */
    static Dataset readBack(byte[] page) {
        Element script = Jsoup.parse(text(page)).selectFirst("script[type=application/ld+json]");
        assertThat(script).as("the embedded JSON-LD").isNotNull();
        Map<?, ?> tree = (Map<?, ?>) JsonTrees.parse(script.data());
        assertThat(tree.get("@context")).isEqualTo(JsonLdDataset.CONTEXT);
        assertThat(tree.get("@type")).isEqualTo(JsonLdDataset.TYPE);
        return DatasetTree.fromTree(tree);
    }

    static String text(byte[] page) {
        return new String(page, StandardCharsets.UTF_8);
    }
}
