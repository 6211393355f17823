package org.civicwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownFormatsTest {

    @Test
    void theShippedTableNamesTheModulesOfTheFormatsThatExist() {
        assertThat(KnownFormats.all()).extracting(KnownFormat::id).containsExactly("json", "jsonl", "html", "csv",
                "datapackage", "mt", "warc");
        assertThat(KnownFormats.byId("JSONL")).get().satisfies(f -> {
            assertThat(f.extensions()).containsExactly("jsonl", "ndjson");
            assertThat(f.folders()).isFalse();
            assertThat(f.importerArtifact()).isEqualTo("org.civicwatch:civicwatch-importer-json");
            assertThat(f.exporterArtifact()).isEqualTo("org.civicwatch:civicwatch-exporter-json");
            assertThat(f.description()).isEqualTo("civicwatch JSON Lines, one record a line");
        });
        assertThat(KnownFormats.byId("html").orElseThrow().artifact(false))
                .isEqualTo("org.civicwatch:civicwatch-exporter-blog-html");
        assertThat(KnownFormats.byId("xlsx")).isEmpty();
        assertThat(KnownFormats.byExtension("HTM")).extracting(KnownFormat::id).containsExactly("html");
        assertThat(KnownFormats.byExtension("txt")).extracting(KnownFormat::id).containsExactly("mt");
        assertThat(KnownFormats.byExtension("md")).isEmpty();
        assertThat(KnownFormats.folders()).extracting(KnownFormat::id).containsExactly("datapackage");
        assertThat(KnownFormats.byExtension("zip")).singleElement().satisfies(f -> {
            assertThat(f.extensions()).containsExactly("zip");
            assertThat(f.folders()).isTrue();
            assertThat(f.importerArtifact()).isEqualTo("org.civicwatch:civicwatch-importer-csv");
            assertThat(f.exporterArtifact()).isEqualTo("org.civicwatch:civicwatch-exporter-csv");
        });
    }

    @Test
    void listsFormatsWhoseOwnExtensionItIsFirst() {
        List<KnownFormat> table = KnownFormats.parse(List.of(
                "geojson\tgeojson,json\t-\tcom.example:geo\tplaces as GeoJSON",
                "json\tjson\torg.civicwatch:civicwatch-importer-json\t-\ta document"), "t.tsv");
        assertThat(table).extracting(KnownFormat::id).containsExactly("geojson", "json");
        assertThat(table.get(0).importerArtifact()).isNull();
        assertThat(table.get(1).exporterArtifact()).isNull();
    }

    @Test
    void readsFoldersCommentsAndBlankLines() {
        List<KnownFormat> table = KnownFormats.parse(List.of("# a comment", "", "pack\tzip,/\tg:i\tg:e\ta folder or zip"),
                "t.tsv");
        assertThat(table).singleElement().satisfies(f -> {
            assertThat(f.extensions()).containsExactly("zip");
            assertThat(f.folders()).isTrue();
        });
    }

    @Test
    void aMalformedRowIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> KnownFormats.parse(List.of("# head", "json json g:i g:e what"), "t.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("t.tsv:2: expected 5 columns separated by tabs (id, extensions, importer, exporter, what),"
                        + " got 1");
        assertThatThrownBy(() -> KnownFormats.parse(List.of("Json\tjson\tg:i\tg:e\twhat"), "t.tsv"))
                .hasMessage("t.tsv:1: \"Json\" is not a format id");
        assertThatThrownBy(() -> KnownFormats.parse(List.of("json\t.json\tg:i\tg:e\twhat"), "t.tsv"))
                .hasMessage("t.tsv:1: \".json\" is not an extension (lower case, without the dot) nor \"/\"");
        assertThatThrownBy(() -> KnownFormats.parse(List.of("json\tjson\tcivicwatch-importer-json\tg:e\twhat"), "t.tsv"))
                .hasMessage("t.tsv:1: \"civicwatch-importer-json\" is not a Maven artifact (groupId:artifactId) nor \"-\"");
        assertThatThrownBy(() -> KnownFormats.parse(List.of("json\tjson\t-\t-\twhat"), "t.tsv"))
                .hasMessage("t.tsv:1: format 'json' names neither an importer nor an exporter");
        assertThatThrownBy(() -> KnownFormats.parse(List.of("json\tjson\tg:i\t-\t "), "t.tsv"))
                .hasMessage("t.tsv:1: say what format 'json' is");
        assertThatThrownBy(() -> KnownFormats.parse(List.of("json\tjson\tg:i\t-\tone", "json\tjs\tg:i\t-\ttwo"),
                "t.tsv")).hasMessage("t.tsv:2: format 'json' has a row already");
    }
}
