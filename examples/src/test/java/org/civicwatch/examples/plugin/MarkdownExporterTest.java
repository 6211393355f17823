package org.civicwatch.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.Provenance;
import org.civicwatch.model.Sighting;
import org.civicwatch.samples.SampleData;
import org.civicwatch.testkit.Conformance;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {

    @Test
    void isFoundThroughTheServiceLoaderAndPassesTheConformanceCheck() {
        assertThat(CivicWatch.formats().exporter("markdown")).isInstanceOf(MarkdownExporter.class);
        Conformance.check(null, new MarkdownExporter()).assertPassed();
    }

    @Test
    void writesOneTablePerRecordTypeWithTheCatalogsColumns() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownExporter().write(SampleData.gunmaPrefecturalOffice(), out,
                Options.EMPTY.with(MarkdownExporter.COLUMNS, "id, place_floor, place_floor_label, count_value"));
        String md = out.toString(StandardCharsets.UTF_8);
        assertThat(md).startsWith("# 群馬県庁の監視カメラと盗聴疑惑\n")
                .contains("\n## sightings\n\n| id | place_floor | place_floor_label | count_value |\n|---|---|---|---|\n")
                .contains("| sighting-3f-30f-office-space | 3..30 | 3階から30階 | 0 |\n")
                .contains("| sighting-32f-observation-hall | 32 | 最上階32階 | 6 |\n")
                .contains("\n## news\n");
    }

    private static final Sighting SEEN_BY_A_MEMBER = Sighting.builder("sighting-6f").device(DeviceType.CAMERA)
            .observer(new Party(PartyKind.PERSON, "山田花子", "会員", "市民オンブズマン群馬", null, null, false))
            .provenance(new Provenance("post.html", "paragraph 3", "6階では2基を確認", null, null)).build();
    private static final Sighting SEEN_BY_THE_GROUP = Sighting.builder("sighting-32f").device(DeviceType.CAMERA)
            .observer(SampleData.OMBUDSMAN).build();

    /** The two sightings as Markdown, with options given as on a command line. */
    private static String markdown(Map<String, String> given) throws IOException {
        Map<String, String> options = new LinkedHashMap<>(given);
        options.put("columns", "id,observer_name,observer_title,provenance_quote");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarkdownExporter md = new MarkdownExporter();
        md.write(Dataset.builder(SampleData.info()).add(SEEN_BY_A_MEMBER, SEEN_BY_THE_GROUP).build(), out,
                Options.parse(options, md.descriptor().options()));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void honoursTheStandardRedactOption() throws IOException {
        assertThat(markdown(Map.of())).contains("| sighting-6f | 山田花子 | 会員 | 6階では2基を確認 |\n");
        assertThat(markdown(Map.of("redact", "private-names")))
                .contains("| sighting-6f |  | 会員 | 6階では2基を確認 |\n",
                        "| sighting-32f | 市民オンブズマン群馬 |  |  |\n")
                .doesNotContain("山田花子");
        assertThat(markdown(Map.of("redact", "personal-data")))
                .contains("| sighting-6f |  | 会員 |  |\n", "| sighting-32f | 市民オンブズマン群馬 |  |  |\n")
                .doesNotContain("山田花子", "6階では2基を確認");
    }

    @Test
    void aConversionFromRecordsOfMixedTypesWritesOneTablePerType(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        assertThat(new MarkdownExporter().needsRecordsGrouped()).isTrue();
        var sample = SampleData.gunmaPrefecturalOffice();
        java.util.List<org.civicwatch.model.CivicRecord> newsFirst = java.util.stream.Stream.concat(
                sample.news().stream(), sample.records().filter(r -> !sample.news().contains(r))).toList();
        java.nio.file.Path lines = dir.resolve("news-first.jsonl");
        try (var w = CivicWatch.formats().exporter("jsonl").open(lines, sample.info(), Options.EMPTY)) {
            for (var r : newsFirst) {
                w.write(r);
            }
        }
        java.nio.file.Path md = dir.resolve("tables.md");
        CivicWatch.convert(lines, md);
        String text = java.nio.file.Files.readString(md);
        assertThat(text.split("\n## ", -1)).extracting(s -> s.substring(0, s.indexOf('\n')))
                .containsExactly("# 群馬県庁の監視カメラと盗聴疑惑", "incidents", "sightings", "filings", "news");
        java.io.ByteArrayOutputStream direct = new java.io.ByteArrayOutputStream();
        new MarkdownExporter().write(sample, direct, Options.EMPTY);
        assertThat(text).isEqualTo(direct.toString(StandardCharsets.UTF_8));
    }

    @Test
    void keepsPipesAndLineBreaksFromBreakingTheTable() {
        assertThat(MarkdownExporter.cell("a|b\nc<script>")).isEqualTo("a\\|b<br>c&lt;script>");
        assertThat(MarkdownExporter.cell("[x](javascript:alert(1))")).isEqualTo("\\[x\\](javascript:alert(1))");
    }

    @Test
    void showsEntitiesEmphasisAndCodeAsTheyAreWritten() {
        assertThat(MarkdownExporter.cell("&lt;b&gt; *em* _u_ `code` ~~del~~ a\r\nb\rc"))
                .isEqualTo("&amp;lt;b&amp;gt; \\*em\\* \\_u\\_ \\`code\\` \\~\\~del\\~\\~ a<br>b<br>c");
    }

    @Test
    void refusesAColumnNoRecordTypeHas() {
        assertThatThrownBy(() -> new MarkdownExporter().open(new ByteArrayOutputStream(),
                SampleData.info(), Options.EMPTY.with(MarkdownExporter.COLUMNS, "id,storey")))
                .isInstanceOf(OptionException.class)
                .hasMessageStartingWith("option 'columns': no record type has a column 'storey'; columns are id, title");
    }
}
