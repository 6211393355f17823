package org.civicwatch.importers.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.civicwatch.json.JsonLdDataset;
import org.civicwatch.json.JsonTrees;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.testkit.Conformance;
import org.civicwatch.testkit.RandomDatasets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlogHtmlImporterTest {
    private final BlogHtmlImporter importer = new BlogHtmlImporter();

    private Dataset read(byte[] page, Options options) throws IOException {
        return importer.read(new ByteArrayInputStream(page), "page.html", options);
    }

    @Test
    void passesTheConformanceCheckAsAnImporter() {
        Conformance.check(importer, null).assertPassed();
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(Importer.class).stream().map(ServiceLoader.Provider::type))
                .contains(BlogHtmlImporter.class);
        assertThat(importer.descriptor().id()).isEqualTo("html");
        assertThat(importer.descriptor().mediaType()).isEqualTo("text/html");
        assertThat(importer.descriptor().extensions()).containsExactly("html", "htm");
    }

    @Test
    void detectsGooBlogSolidlyAndOtherHtmlWeakly() {
        assertThat(importer.detect(Fixtures.bytes("goo-month.html"), null)).isEqualTo(Detection.SOLID);
        assertThat(importer.detect(Fixtures.bytes("article.html"), null)).isEqualTo(Detection.WEAK);
        assertThat(importer.detect("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv")).isEqualTo(Detection.NONE);
        assertThat(importer.detect("plain".getBytes(StandardCharsets.UTF_8), "x.htm")).isEqualTo(Detection.WEAK);
    }

    @Test
    void textThatOnlyMentionsABlogIsNoPage() {
        byte[] jsonLines = ("{\"type\":\"info\",\"info\":{\"sources\":[{\"url\":\"https://blog.goo.ne.jp/x/e/1\"}]}}\n"
                + "{\"type\":\"news\",\"record\":{\"excerpt\":\"<html> entry-body-text\"}}\n").getBytes(StandardCharsets.UTF_8);
        assertThat(importer.detect(jsonLines, "posts.jsonl")).isEqualTo(Detection.NONE);
        assertThat(importer.detect(jsonLines, null)).isEqualTo(Detection.NONE);
        byte[] withBom = ("\uFEFF\n  <!DOCTYPE html><html><body><div class=\"entry-body-text\">本文</div>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(importer.detect(withBom, null)).isEqualTo(Detection.SOLID);
    }

    @Test
    void givesEveryRecordProvenanceAndTheSameIdsOnEveryRead() throws IOException {
        Dataset first = Fixtures.read("ombudsman-post-2017-06.html");
        Dataset again = Fixtures.read("ombudsman-post-2017-06.html");
        assertThat(first).isEqualTo(again);
        assertThat(first.validate()).isEmpty();
        assertThat(first.records()).allSatisfy(r -> {
            assertThat(r.provenance().source())
                    .isEqualTo("https://blog.goo.ne.jp/kensei-watch/e/5b1e0c2d9a8f47e3b6c1d2e3f4a5b6c7");
            assertThat(r.provenance().quote()).isNotBlank();
            assertThat(r.provenance().extractor()).startsWith("blog-html/");
            assertThat(r.provenance().confidence()).isBetween(0.5, 1.0);
        });
        assertThat(first.info().sources()).hasSize(1);
        assertThat(first.filings().get(1).precededBy()).isEqualTo(first.filings().get(0).id());
        assertThat(first.news()).allSatisfy(n -> assertThat(n.related()).containsExactly(first.incidents().get(1).id()));
    }

    @Test
    void runsOnlyTheExtractorsAskedFor() throws IOException {
        Dataset news = Fixtures.read("ombudsman-post-2017-06.html", Options.EMPTY.with(BlogHtmlImporter.EXTRACT, "news"));
        assertThat(news.records().map(CivicRecord::recordType)).containsOnly(RecordType.NEWS);
        assertThat(Fixtures.read("ombudsman-post-2017-06.html", Options.EMPTY.with(BlogHtmlImporter.EXTRACT, "none")).size())
                .isZero();
        assertThatThrownBy(() -> Fixtures.read("ombudsman-post-2017-06.html", Options.EMPTY.with(BlogHtmlImporter.EXTRACT,
                "news,cameras"))).isInstanceOf(OptionException.class).hasMessageContaining("\"cameras\"")
                .hasMessageContaining("sightings");
    }

    @Test
    void aBaseUrlThatIsNoWebAddressIsAnOptionErrorRaisedBeforeThePageIsRead() {
        boolean[] read = {false};
        java.io.InputStream page = new java.io.FilterInputStream(new ByteArrayInputStream(Fixtures.bytes("article.html"))) {
            @Override
            public int read() throws IOException {
                read[0] = true;
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                read[0] = true;
                return super.read(b, off, len);
            }
        };
        assertThatThrownBy(() -> importer.read(page, "page.html",
                Options.EMPTY.with(BlogHtmlImporter.BASE_URL, "ftp://example.jp/p/1")))
                .isInstanceOf(OptionException.class)
                .hasMessage("option 'base-url': cannot use \"ftp://example.jp/p/1\": expected an absolute http or https"
                        + " URL");
        assertThat(read[0]).as("page read").isFalse();
    }

    @Test
    void refusesAPageLargerThanTheLimitNamingTheOption() {
        assertThatThrownBy(() -> read(Fixtures.bytes("goo-month.html"), Options.EMPTY.with(BlogHtmlImporter.MAX_INPUT_BYTES,
                1000L))).isInstanceOf(DataException.class).hasMessageContaining("larger than 1000 bytes")
                .hasMessageContaining("max-input-bytes");
    }

    @Test
    void readsWindows31jDeclaredAsShiftJisOrNotDeclaredAtAll() throws IOException {
        Charset cp932 = Charset.forName("windows-31j");
        String body = "<article><h1>町役場～見学</h1><p>2階の窓口の天井に監視カメラが２台。</p></article>";
        byte[] declared = ("<html><head><meta charset=\"Shift_JIS\"></head><body>" + body + "</body></html>").getBytes(cp932);
        byte[] undeclared = ("<html><body>" + body + "</body></html>").getBytes(cp932);
        for (byte[] page : List.of(declared, undeclared)) {
            Dataset d = read(page, Options.EMPTY.with(BlogHtmlImporter.BASE_URL, "https://example.jp/p/1"));
            assertThat(d.info().title()).isEqualTo("町役場～見学");
            assertThat(d.sightings()).singleElement().satisfies(s -> assertThat(s.count().value()).isEqualTo(2L));
        }
    }

    @Test
    void reportsBytesThatAreNotTheDeclaredCharsetWithTheirLine() {
        byte[] page = "<html><head><meta charset=\"utf-8\"></head>\n<body>\n<p>県庁</p></body></html>"
                .getBytes(Charset.forName("EUC-JP"));
        assertThatThrownBy(() -> read(page, Options.EMPTY)).isInstanceOf(DataException.class)
                .satisfies(e -> assertThat(((DataException) e).location().line()).isEqualTo(3))
                .hasMessageContaining("not UTF-8").hasMessageContaining("charset");
    }

    @Test
    void badJsonLdIsALocatedErrorOrInLenientModeAProblem() throws IOException {
        byte[] page = ("<html><head>\n<script type=\"application/ld+json\">\n{\"@type\": \"BlogPosting\",\n \"headline\": }\n"
                + "</script></head><body><article><h2>見出し</h2><p>本文</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(page, Options.EMPTY)).isInstanceOf(DataException.class)
                .hasMessageContaining("page.html:4").hasMessageContaining("JSON-LD");
        try (RecordReader r = importer.open(new ByteArrayInputStream(page), "page.html",
                Options.EMPTY.with(StandardOptions.LENIENT, true))) {
            assertThat(r.next()).isNull();
            assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.location().line()).isEqualTo(4));
            assertThat(r.info().title()).as("the plain article is still found").isEqualTo("見出し");
        }
    }

    @Test
    void anExtractorFailingOnAParagraphIsAWarningQuotingItAndTheRestOfThePageIsReadInEveryMode() throws IOException {
        byte[] page = ("<html><body><article><h2>t</h2><p>2階のロビーの天井に監視カメラが2基。</p>"
                + "<p>**********2017年1月1日</p><p>見出し</p><p>*****</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        for (boolean lenient : new boolean[] {false, true}) {
            List<String> rejected = new java.util.ArrayList<>();
            Options options = Options.EMPTY.with(StandardOptions.LENIENT, lenient)
                    .with(StandardOptions.REJECTED, p -> rejected.add(p.rejected()));
            try (org.civicwatch.spi.RecordReader r = importer.open(new ByteArrayInputStream(page), "page.html", options)) {
                Dataset d = org.civicwatch.spi.Importer.readAll(r);
                assertThat(d.sightings()).hasSize(1);
                assertThat(r.problems()).singleElement().satisfies(p -> {
                    assertThat(p.warning()).isTrue();
                    assertThat(p.message()).contains("blog-html/news").contains("outlet");
                    assertThat(p.rejected()).isEqualTo("**********2017年1月1日\n\n見出し");
                });
            }
            assertThat(rejected).as("nothing is rejected: the page was read").isEmpty();
        }
    }

    @Test
    void readsBackExactlyTheDatasetAPageEmbeds() throws IOException {
        List<Dataset> datasets = new java.util.ArrayList<>(List.of(SampleData.gunmaPrefecturalOffice()));
        for (long seed = 1; seed <= 12; seed++) {
            datasets.add(RandomDatasets.generate(seed, 4, RandomDatasets.Fill.values()[(int) (seed % 3)]));
        }
        int hostile = 0;
        for (Dataset dataset : datasets) {
            String tree = JsonTrees.toJson(JsonLdDataset.toTree(dataset));
            hostile += tree.contains("</script>") || tree.contains("<!--") ? 1 : 0;
            Document page = Document.createShell("https://example.jp/");
            page.head().appendElement("script").attr("type", "application/ld+json")
                    .appendChild(new org.jsoup.nodes.DataNode(JsonLdDataset.scriptText(dataset)));
            Element article = page.body().appendElement("article");
            article.appendElement("p").text("1階の天井に監視カメラが9基。</script><!--");
            String html = page.outerHtml();
            assertThat(html).doesNotContain("</script><!--\"");
            Dataset back = read(html.getBytes(StandardCharsets.UTF_8), Options.EMPTY);
            assertThat(back).isEqualTo(dataset);
        }
        assertThat(hostile).as("datasets holding </script> or <!-- in their strings").isGreaterThan(3);
    }

    @Test
    void anEmbeddedDatasetWithABadRecordIsALocatedError() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"Dataset\", \"civicwatch\": \"1\","
                + " \"sightings\": [{\"id\": \"s1\", \"device\": \"camera\"}, {\"id\": \"s2\", \"device\": \"toaster\"}]}"
                + "</script></head></html>";
        assertThatThrownBy(() -> read(page.getBytes(StandardCharsets.UTF_8), Options.EMPTY))
                .isInstanceOf(DataException.class).hasMessageContaining("record 2")
                .hasMessageContaining("sightings[1].device");
    }

    @Test
    void anEmbeddedDatasetWithARepeatedIdIsRefusedAsTheJsonImporterRefusesIt() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"Dataset\", \"civicwatch\": \"1\","
                + " \"sightings\": [{\"id\": \"s1\", \"device\": \"camera\"}],"
                + " \"news\": [{\"id\": \"s1\", \"outlet\": \"上毛新聞\", \"headline\": \"見出し\"}]}"
                + "</script></head></html>";
        assertThatThrownBy(() -> read(page.getBytes(StandardCharsets.UTF_8), Options.EMPTY))
                .isInstanceOf(DataException.class)
                .hasMessage("page.html:1: record 2: duplicate id 's1': record 1 of the embedded dataset has it too;"
                        + " ids must be unique in a dataset");
    }

    @Test
    void commentsAfterThePagesEndAsTheWaybackMachineSignsACaptureAreNoCut() throws IOException {
        String whole = new String(Fixtures.bytes("goo-month.html"), StandardCharsets.UTF_8);
        String signed = whole.stripTrailing() + "\n<!--\n     FILE ARCHIVED ON 08:15:22 Jul 04, 2015 AND RETRIEVED FROM THE\n"
                + "     INTERNET ARCHIVE ON 11:02:47 Mar 14, 2026.\n-->\n<!-- playback timings (ms): 12.5 -->\n";
        assertThat(read(signed.getBytes(StandardCharsets.UTF_8), Options.EMPTY))
                .isEqualTo(read(whole.getBytes(StandardCharsets.UTF_8), Options.EMPTY));

        // A page cut before its end is still cut short though a comment follows the cut; a page whose signature
        // alone was cut holds all its posts.
        String cutInComment = whole.stripTrailing() + "\n<!--\n     FILE ARCHIVED ON 08:15";
        String cutBefore = whole.substring(0, whole.lastIndexOf("entry-body-text")) + "<!-- saved -->";
        assertThatThrownBy(() -> read(cutBefore.getBytes(StandardCharsets.UTF_8), Options.EMPTY))
                .hasMessageContaining("cut short");
        assertThat(read(cutInComment.getBytes(StandardCharsets.UTF_8), Options.EMPTY))
                .isEqualTo(read(whole.getBytes(StandardCharsets.UTF_8), Options.EMPTY));
    }

    @Test
    void aPageCutBeforeItsEndSaysSoAndLenientReadingKeepsWhatIsThere() throws IOException {
        String whole = new String(Fixtures.bytes("goo-month.html"), StandardCharsets.UTF_8);
        int lastPost = whole.lastIndexOf("entry-body-text");
        byte[] cut = whole.substring(0, lastPost).getBytes(StandardCharsets.UTF_8);
        int records = read(whole.getBytes(StandardCharsets.UTF_8), Options.EMPTY).size();

        assertThatThrownBy(() -> read(cut, Options.EMPTY)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("page.html:").hasMessageContaining("the page ends before its closing </html>"
                        + " tag: it was cut short").hasMessageContaining("read it leniently to keep what is there");

        List<org.civicwatch.spi.Problem> problems = new java.util.ArrayList<>();
        Dataset kept = read(cut, Options.EMPTY.with(StandardOptions.LENIENT, true)
                .with(StandardOptions.REJECTED, problems::add));
        assertThat(kept.size()).isPositive().isLessThan(records);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("cut short"));
    }

    @Test
    void anExportedPageCutBeforeItsDatasetIsNotReadAsProse() {
        String page = "<!doctype html><html><head><title>t</title></head><body><div class=\"civicwatch\">"
                + "<p>1階の天井に監視カメラが2基。</p>";
        assertThatThrownBy(() -> read(page.getBytes(StandardCharsets.UTF_8), Options.EMPTY))
                .isInstanceOf(DataException.class).hasMessageContaining("cut short");
    }

    @Test
    void anEmbeddedDatasetThatLostItsMarkerSaysSoRatherThanReadingTheProse() throws IOException {
        Dataset dataset = SampleData.gunmaPrefecturalOffice();
        Document page = Document.createShell("https://example.jp/");
        page.head().appendElement("script").attr("type", "application/ld+json")
                .appendChild(new org.jsoup.nodes.DataNode(JsonLdDataset.scriptText(dataset)
                        .replace("\"civicwatch\": \"1\",", "").replace("\"civicwatch\":\"1\",", "")));
        page.body().appendElement("article").appendElement("p").text("1階の天井に監視カメラが9基。");
        byte[] html = page.outerHtml().getBytes(StandardCharsets.UTF_8);
        assertThat(page.outerHtml()).doesNotContain("\"civicwatch\"").contains("\"sightings\"");

        assertThatThrownBy(() -> read(html, Options.EMPTY)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("page.html:").hasMessageContaining("embeds a dataset as JSON-LD without its"
                        + " \"civicwatch\" member").hasMessageContaining("Restore \"civicwatch\": \"1\"");
        List<org.civicwatch.spi.Problem> problems = new java.util.ArrayList<>();
        Dataset prose = read(html, Options.EMPTY.with(StandardOptions.LENIENT, true)
                .with(StandardOptions.REJECTED, problems::add));
        assertThat(prose.sightings()).singleElement().satisfies(s -> assertThat(s.count().value()).isEqualTo(9L));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("without its"));
    }

    @Test
    void anotherSitesSchemaOrgDatasetIsNoLostMarker() throws IOException {
        String page = "<html><head><script type=\"application/ld+json\">{\"@context\": \"https://schema.org\","
                + " \"@type\": \"Dataset\", \"name\": \"統計\", \"info\": \"see the site\"}</script></head><body>"
                + "<article><p>1階の天井に監視カメラが2基。</p></article></body></html>";
        assertThat(read(page.getBytes(StandardCharsets.UTF_8), Options.EMPTY).sightings()).hasSize(1);
    }

    @Test
    void aFragmentWithoutAnHtmlElementIsWholeAsItIs() throws IOException {
        String fragment = "<article><h1>題</h1><p>1階の天井に監視カメラが2基。</p></article>";
        assertThat(read(fragment.getBytes(StandardCharsets.UTF_8), Options.EMPTY).sightings()).hasSize(1);
    }

    @Test
    void aNoncharacterInAPageIsReportedNeverTheEndOfThePage() throws IOException {
        String whole = new String(Fixtures.bytes("goo-month.html"), StandardCharsets.UTF_8);
        int records = read(whole.getBytes(StandardCharsets.UTF_8), Options.EMPTY).size();
        int br = whole.indexOf("<br");
        String marked = whole.substring(0, br) + "<br>\uFFFF" + whole.substring(br);

        assertThatThrownBy(() -> read(marked.getBytes(StandardCharsets.UTF_8), Options.EMPTY))
                .isInstanceOf(DataException.class).hasMessageContaining("the page holds U+FFFF, a noncharacter");
        List<org.civicwatch.spi.Problem> problems = new java.util.ArrayList<>();
        Dataset lenient = read(marked.getBytes(StandardCharsets.UTF_8), Options.EMPTY
                .with(StandardOptions.LENIENT, true).with(StandardOptions.REJECTED, problems::add));
        assertThat(lenient.size()).as("every record, not the ones before the U+FFFF").isEqualTo(records);
        assertThat(problems).hasSize(1);
    }
}
