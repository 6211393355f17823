package org.civicwatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.spi.DataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A goo blog page cut anywhere before its end, inside or before any of its posts, never reads clean: every
 * cut is a located error, so a page saved half-way is never taken for a page with fewer posts.
 */
class CutPagesTest {
    private static final Path PROJECT = Path.of("..");
    private static final String FIXTURES = "importers/blog-html/src/test/resources/org/civicwatch/importers/html/";
    /** Cuts per page, spread evenly over it, and every cut within the last post's markers. */
    private static final int CUTS = 300;

    @ParameterizedTest
    @ValueSource(strings = {FIXTURES + "goo-month.html", FIXTURES + "heldout-month-library.html",
        FIXTURES + "round3/month-one-matter.html", "examples/data/ombudsman-post-2017-06.html"})
    void aGooPageCutAnywhereBeforeItsEndIsALocatedErrorNeverACleanReading(String name) throws IOException {
        String whole = Files.readString(PROJECT.resolve(name));
        int end = whole.lastIndexOf("</html>");
        int lastPost = whole.lastIndexOf("entry-body-text");
        assertThat(end).isPositive();
        assertThat(lastPost).isPositive().isLessThan(end);
        assertThat(CivicWatch.read(stream(whole), "page.html", "html").size()).isPositive();

        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < CUTS; i++) {
            cuts.add(1 + (int) ((long) (end - 1) * i / CUTS));
        }
        for (int at = Math.max(1, lastPost - 40); at < Math.min(end, lastPost + 400); at++) {
            cuts.add(at);
        }
        for (int at : cuts) {
            if (Character.isLowSurrogate(whole.charAt(at))) {
                continue;
            }
            String cut = whole.substring(0, at);
            Throwable thrown = catchThrowable(() -> CivicWatch.read(stream(cut), "page.html", "html"));
            assertThat(thrown).as("%s cut after %d of %d chars", name, at, whole.length())
                    .isInstanceOf(DataException.class).hasMessageStartingWith("page.html:");
        }
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
