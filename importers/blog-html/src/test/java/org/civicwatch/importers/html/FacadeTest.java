package org.civicwatch.importers.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer as a user meets it: through {@link CivicWatch}, on files. */
class FacadeTest {
    private static final String PERMALINK = "https://blog.goo.ne.jp/kensei-watch/e/5b1e0c2d9a8f47e3b6c1d2e3f4a5b6c7";

    @TempDir
    Path dir;

    private Path copy(String fixture, String name) throws IOException {
        return Files.write(dir.resolve(name), Fixtures.bytes(fixture));
    }

    @Test
    void readsAPageByItsHtmlOrHtmExtensionOrByItsContentWithoutOne() throws IOException {
        Dataset expected = Fixtures.read("ombudsman-post-2017-06.html");
        assertThat(expected.sightings()).hasSize(13);
        for (String name : new String[] {"page.html", "page.htm", "page.HTML", "page"}) {
            Dataset d = CivicWatch.read(copy("ombudsman-post-2017-06.html", name));
            assertThat(d).as(name).isEqualTo(expected);
            assertThat(d.info().sources()).singleElement().satisfies(s -> assertThat(s.url()).isEqualTo(PERMALINK));
        }
    }

    @Test
    void convertsAPageToJsonThatReadsBackAsTheSameRecords() throws IOException {
        Path page = copy("goo-month.html", "page.html");
        Path json = dir.resolve("out.json");
        CivicWatch.convert(page, json);
        Dataset fromPage = CivicWatch.read(page);
        Dataset fromJson = CivicWatch.read(json);
        assertThat(fromJson.records().toList()).isEqualTo(fromPage.records().toList());
        assertThat(fromJson.sightings()).extracting(s -> s.provenance().source()).containsOnly(
                "https://blog.goo.ne.jp/maebashi-note/e/0f0e0d0c0b0a09080706050403020100");
        assertThat(Files.readString(json)).contains("\"2016-11-20T09:05:12+09:00\"").contains("市民課の窓口前");
    }

    @Test
    void aPageOverTheSizeLimitIsAnErrorNamingTheFileAndTheOption() throws IOException {
        Path page = copy("goo-month.html", "big.html");
        assertThatThrownBy(() -> CivicWatch.read(page, "html", Options.EMPTY.with(BlogHtmlImporter.MAX_INPUT_BYTES, 512L)))
                .isInstanceOf(DataException.class)
                .satisfies(e -> assertThat(((DataException) e).location().source()).isEqualTo("big.html"))
                .hasMessageStartingWith("big.html")
                .hasMessageContaining("max-input-bytes");
        Path out = dir.resolve("out.json");
        assertThatThrownBy(() -> CivicWatch.convert(page, "html", Options.EMPTY.with(BlogHtmlImporter.MAX_INPUT_BYTES,
                512L), out, "json", Options.EMPTY)).isInstanceOf(DataException.class);
        assertThat(out).doesNotExist();
    }
}
