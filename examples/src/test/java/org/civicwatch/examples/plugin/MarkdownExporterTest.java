package org.civicwatch.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.civicwatch.CivicWatch;
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
    void refusesAColumnNoRecordTypeHas() {
        assertThatThrownBy(() -> new MarkdownExporter().open(new ByteArrayOutputStream(),
                SampleData.info(), Options.EMPTY.with(MarkdownExporter.COLUMNS, "id,storey")))
                .isInstanceOf(OptionException.class)
                .hasMessageStartingWith("option 'columns': no record type has a column 'storey'; columns are id, title");
    }
}
