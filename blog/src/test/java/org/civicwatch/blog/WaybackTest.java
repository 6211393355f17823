package org.civicwatch.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problems;
import org.junit.jupiter.api.Test;

/** A page saved from the Wayback Machine reads as the original. */
class WaybackTest {
    private static final String ORIGINAL = "https://blog.goo.ne.jp/hibari-kai/e/3a5f0c1d2e4b6a7980f1e2d3c4b5a697";

    /** A goo blog post as the Wayback Machine serves it: its toolbar inserted, its links rewritten. */
    static String savedPage() {
        String web = "https://web.archive.org/web/20190409111530/";
        return "<!DOCTYPE html><html lang=\"ja\"><head>"
                + "<script src=\"//web.archive.org/_static/js/wombat.js\"></script>"
                + "<link rel=\"stylesheet\" href=\"/_static/css/banner-styles.css\">"
                + "<meta property=\"og:site_name\" content=\"goo blog\">"
                + "<link rel=\"canonical\" href=\"" + web + ORIGINAL + "\"></head><body>"
                + "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp-base\"><div id=\"wm-ipp\">"
                + "<div class=\"entry\"><h3>広告</h3><p>3階の天井に監視カメラが8基。</p></div>"
                + "<a href=\"/web/20190301000000*/" + ORIGINAL + "\">12 captures</a></div></div>"
                + "<!-- END WAYBACK TOOLBAR INSERT -->"
                + "<div class=\"entry\"><div class=\"entry-top-info\"><span class=\"entry-top-info-time\">"
                + "2019-04-09 20:15:30</span></div><h3><a href=\"/web/20190409111530/" + ORIGINAL + "\">"
                + "県民センターの防犯カメラ</a></h3><div class=\"entry-body-text\">"
                + "<p>1階の天井に監視カメラが3基。</p>"
                + "<p><img src=\"https://web.archive.org/web/20190409111530im_/https://blogimg.goo.ne.jp/p/1.jpg\">"
                + "<a href=\"" + web + "https://blog.goo.ne.jp/hibari-kai/e/0b1c2d3e4f5a69788796a5b4c3d2e1f0\">前回</a></p>"
                + "</div></div></body></html>";
    }

    @Test
    void readsTheOriginalPostWithoutTheToolbarAndNamesTheCaptureTime() {
        BlogSettings settings = BlogSettings.of(Options.EMPTY);
        Problems problems = new Problems(Options.EMPTY);
        BlogPage page = BlogPage.read(savedPage().getBytes(StandardCharsets.UTF_8), null, null, "saved.html", settings,
                problems);

        assertThat(page.capture()).isEqualTo("Wayback Machine capture of 2019-04-09T11:15:30Z");
        assertThat(page.posts()).singleElement().satisfies(p -> {
            assertThat(p.permalink()).isEqualTo(ORIGINAL);
            assertThat(p.images()).containsExactly("https://blogimg.goo.ne.jp/p/1.jpg");
            assertThat(p.links()).containsExactly("https://blog.goo.ne.jp/hibari-kai/e/0b1c2d3e4f5a69788796a5b4c3d2e1f0");
        });
        List<CivicRecord> records = new PostExtractor(settings, "saved.html", problems)
                .records(page.posts().get(0), "saved.html", page.capture());
        assertThat(records).singleElement().isInstanceOfSatisfying(Sighting.class, s -> {
            assertThat(s.count().value()).isEqualTo(3L);
            assertThat(s.provenance().source()).isEqualTo(ORIGINAL);
            assertThat(s.provenance().locator()).startsWith("Wayback Machine capture of 2019-04-09T11:15:30Z; body line 1");
        });
    }

    @Test
    void aWaybackUrlGivenAsThePagesUrlIsReadAsTheOriginal() {
        String page = "<html><body><article><h1>題</h1><p>1階の天井に監視カメラが2基。</p></article></body></html>";
        BlogPage read = BlogPage.read(page.getBytes(StandardCharsets.UTF_8),
                "https://web.archive.org/web/20200101000000/https://example.jp/post/7", null, "p.html",
                BlogSettings.of(Options.EMPTY), new Problems(Options.EMPTY));
        assertThat(read.posts()).singleElement().satisfies(p -> assertThat(p.permalink()).isEqualTo("https://example.jp/post/7"));
        assertThat(read.capture()).isEqualTo("Wayback Machine capture of 2020-01-01T00:00:00Z");
    }

    @Test
    void aPageFromTheBlogItselfNamesNoCapture() {
        String page = "<html><body><article><h1>題</h1><p>1階の天井に監視カメラが2基。</p></article></body></html>";
        assertThat(BlogPage.read(page.getBytes(StandardCharsets.UTF_8), "https://example.jp/post/7", null, "p.html",
                BlogSettings.of(Options.EMPTY), new Problems(Options.EMPTY)).capture()).isNull();
    }
}
