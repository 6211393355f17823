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

/**
 * The importer as a user meets it: through {@link CivicWatch}, on files. Converting pages into other formats,
 * which needs their exporters, is tested in {@code examples} ({@code BlogHtmlFacadeTest}).
 */
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
    void aPageOverTheSizeLimitIsAnErrorNamingTheFileAndTheOption() throws IOException {
        Path page = copy("goo-month.html", "big.html");
        assertThatThrownBy(() -> CivicWatch.read(page, "html", Options.EMPTY.with(BlogHtmlImporter.MAX_INPUT_BYTES, 512L)))
                .isInstanceOf(DataException.class)
                .satisfies(e -> assertThat(((DataException) e).location().source()).isEqualTo("big.html"))
                .hasMessageStartingWith("big.html")
                .hasMessageContaining("max-input-bytes");
    }
}
