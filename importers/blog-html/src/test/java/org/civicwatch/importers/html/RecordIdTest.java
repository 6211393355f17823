package org.civicwatch.importers.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.civicwatch.blog.Permalinks;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;

/** Record ids: the same on every read, and unique across the posts of a page. */
class RecordIdTest {
    private static final String SENTENCE = "県庁の1階の売店前の天井に監視カメラが2基。";

    private static Dataset read(String html) throws IOException {
        return new BlogHtmlImporter().read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "month.html",
                Options.EMPTY);
    }

    private static String entry(String link, String time) {
        return "<div class=\"entry\"><div class=\"entry-top\"><h3>" + link + "</h3><div class=\"entry-top-info\">"
                + "<span class=\"entry-top-info-time\">" + time + "</span></div></div><div class=\"entry-body\">"
                + "<div class=\"entry-body-text\">" + SENTENCE + "</div></div></div>";
    }

    private static String month(String entries) {
        return "<html lang=\"ja\"><head><meta charset=\"utf-8\"><meta property=\"og:site_name\" content=\"goo blog\">"
                + "</head><body>" + entries + "</body></html>";
    }

    @Test
    void readingAMonthPageTwiceGivesEqualDatasetsWithUniqueIds() throws IOException {
        Dataset first = Fixtures.read("goo-month.html");
        Dataset again = Fixtures.read("goo-month.html");
        assertThat(first).isEqualTo(again);
        assertThat(first.records().map(CivicRecord::id)).doesNotHaveDuplicates().hasSizeGreaterThan(4);
        String key = Permalinks.key("https://blog.goo.ne.jp/maebashi-note/e/0f0e0d0c0b0a09080706050403020100");
        assertThat(key).startsWith("0f0e0d0c0b0a09080706050403020100-").hasSize(41);
        assertThat(first.sightings()).extracting(CivicRecord::id).containsExactly(key + ".sighting-1",
                key + ".sighting-2", key + ".sighting-3");
    }

    @Test
    void twoPostsSayingTheSameSentenceGiveRecordsWithTheirOwnIdsAndPermalinks() throws IOException {
        Dataset d = read(month(entry("<a href=\"https://blog.goo.ne.jp/w/e/aaaa\">一</a>", "2017年06月01日 10時00分00秒")
                + entry("<a href=\"https://blog.goo.ne.jp/w/e/bbbb\">二</a>", "2017年06月02日 10時00分00秒")));
        assertThat(d.sightings()).hasSize(2);
        Sighting a = d.sightings().get(0);
        Sighting b = d.sightings().get(1);
        assertThat(a.id()).startsWith("aaaa-").endsWith(".sighting-1");
        assertThat(b.id()).startsWith("bbbb-").endsWith(".sighting-1");
        assertThat(a.provenance().source()).isEqualTo("https://blog.goo.ne.jp/w/e/aaaa");
        assertThat(b.provenance().source()).isEqualTo("https://blog.goo.ne.jp/w/e/bbbb");
        assertThat(a.provenance().quote()).isEqualTo(b.provenance().quote()).isEqualTo(SENTENCE);
        assertThat(a.count()).isEqualTo(b.count());
    }

    @Test
    void postsWithoutPermalinksOfTheirOwnStillGetDistinctStableIds() throws IOException {
        String page = month(entry("無題", "2017年06月01日 10時00分00秒") + entry("無題", "2017年06月02日 10時00分00秒")
                + entry("無題", "2017年06月03日 10時00分00秒"));
        Dataset d = read(page);
        assertThat(d.sightings()).hasSize(3);
        assertThat(d.sightings()).extracting(CivicRecord::id).doesNotHaveDuplicates();
        assertThat(d.sightings()).extracting(s -> s.provenance().source()).containsOnly("month.html");
        assertThat(d.validate()).isEmpty();
        assertThat(read(page)).isEqualTo(d);
    }
}
