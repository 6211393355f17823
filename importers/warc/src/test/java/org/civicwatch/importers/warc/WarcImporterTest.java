package org.civicwatch.importers.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives written here with jwarc: several captures of a post, a revisit, a PDF, an EUC-JP page, damage. */
class WarcImporterTest {
    static final String POST = "https://blog.goo.ne.jp/hibari-kai/e/3a5f0c1d2e4b6a7980f1e2d3c4b5a697";
    static final String OTHER = "https://blog.goo.ne.jp/hibari-kai/e/5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b";
    static final Instant FIRST = Instant.parse("2019-04-10T01:00:00Z");

    /** A goo blog post page holding one sentence of counted cameras. */
    static String page(String permalink, String title, String sentence) {
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta property=\"og:site_name\" content=\"goo blog\"></head><body>"
                + "<div class=\"entry\"><div class=\"entry-top-info\"><span class=\"entry-top-info-time\">"
                + "2019-04-09 20:15:30</span></div><h3><a href=\"" + permalink + "\">" + title + "</a></h3>"
                + "<div class=\"entry-body-text\"><p>" + sentence + "</p></div></div></body></html>";
    }

    static WarcResponse response(String uri, Instant date, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(uri)).date(date).body(http).build();
    }

    /** Records, each as the gzip member a WARC writer makes of it. */
    static List<byte[]> members(WarcRecord... records) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (WarcRecord r : records) {
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            new WarcWriter(Channels.newChannel(one), WarcCompression.GZIP).write(r);
            out.add(one.toByteArray());
        }
        return out;
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    record Read(List<CivicRecord> records, WarcFileReader reader) {
        List<Sighting> sightings() {
            return records.stream().filter(Sighting.class::isInstance).map(Sighting.class::cast).toList();
        }
    }

    static Read read(byte[] warc, Options options) throws IOException {
        try (RecordReader r = new WarcImporter().open(new ByteArrayInputStream(warc), "crawl.warc.gz", options)) {
            List<CivicRecord> out = new ArrayList<>();
            for (CivicRecord c; (c = r.next()) != null; ) {
                out.add(c);
            }
            return new Read(out, (WarcFileReader) r);
        }
    }

    static List<byte[]> crawl() throws IOException {
        byte[] post = page(POST, "県民センター", "1階の天井に監視カメラが3基。").getBytes(StandardCharsets.UTF_8);
        WarcResponse first = response(POST, FIRST, "text/html; charset=utf-8", post);
        WarcResponse again = response("http://blog.goo.ne.jp./hibari-kai/e/3a5f0c1d2e4b6a7980f1e2d3c4b5a697?fm=rss",
                FIRST.plusSeconds(86_400), "text/html; charset=utf-8", post);
        WarcRevisit revisit = new WarcRevisit.Builder(POST, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .date(FIRST.plusSeconds(2 * 86_400)).refersTo(first.id(), POST, FIRST).build();
        WarcRevisit unresolved = new WarcRevisit.Builder(OTHER, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .date(FIRST).refersTo(URI.create("urn:uuid:00000000-0000-4000-8000-000000000000"), OTHER, FIRST).build();
        WarcResponse pdf = response("https://blog.goo.ne.jp/hibari-kai/file/kaiji.pdf", FIRST, "application/pdf",
                "%PDF-1.4 not a page".getBytes(StandardCharsets.ISO_8859_1));
        byte[] eucJp = page(OTHER, "市庁舎", "地下2階の通路の天井に監視カメラが4基。").getBytes(Charset.forName("EUC-JP"));
        WarcResponse euc = response(OTHER, FIRST, "text/html; charset=EUC-JP", eucJp);
        WarcResource resource = new WarcResource.Builder(URI.create("https://kengaku.example.jp/2019/05/01"))
                .date(FIRST).body(MediaType.HTML_UTF8, ("<html><body><article><h1>地下</h1><p>地下1階の売店前の天井に防犯カメラが2台。"
                        + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8)).build();
        return members(first, again, revisit, unresolved, pdf, euc, resource);
    }

    @Test
    void readsEachPostOnceAcrossCapturesNamingTheCaptureUsed() throws IOException {
        Read r = read(concat(crawl()), Options.EMPTY);

        assertThat(r.sightings()).extracting(s -> s.count().value()).containsExactly(3L, 4L, 2L);
        Sighting first = r.sightings().get(0);
        assertThat(first.provenance().source()).isEqualTo(POST);
        assertThat(first.provenance().locator()).startsWith("WARC record urn:uuid:").contains(" of " + POST
                + " captured 2019-04-10T01:00:00Z; body line 1");
        assertThat(r.reader().tallies()).containsEntry("pages", 4L).containsEntry("posts", 3L)
                .containsEntry("captures skipped", 2L).containsEntry("revisits skipped", 1L)
                .containsEntry("non-HTML skipped", 1L).containsEntry("damaged", 0L);
    }

    @Test
    void readsAPageInTheCharsetOfItsHttpContentTypeAtItsTargetUri() throws IOException {
        Read r = read(concat(crawl()), Options.EMPTY);
        assertThat(r.sightings()).filteredOn(s -> s.provenance().source().equals(OTHER)).singleElement()
                .satisfies(s -> assertThat(s.place().floorLabel()).isEqualTo("地下2階"));
        assertThat(r.sightings()).filteredOn(s -> s.provenance().source().equals("https://kengaku.example.jp/2019/05/01"))
                .hasSize(1);
    }

    @Test
    void aTruncatedGzipMemberIsALocatedErrorAndLenientlyTheRestIsRead() throws IOException {
        List<byte[]> members = crawl();
        byte[] cut = Arrays.copyOf(members.get(0), members.get(0).length / 2);
        List<byte[]> damaged = new ArrayList<>(members);
        damaged.set(0, cut);
        byte[] warc = concat(damaged);

        assertThatThrownBy(() -> read(warc, Options.EMPTY)).isInstanceOf(DataException.class)
                .hasMessageContaining("crawl.warc.gz").hasMessageContaining("at byte offset 0, a gzip member is damaged");

        Read r = read(warc, Options.EMPTY.with(StandardOptions.LENIENT, true));
        // the second capture of the post now is the first one read
        assertThat(r.sightings()).extracting(s -> s.count().value()).containsExactly(3L, 4L, 2L);
        assertThat(r.reader().tallies()).containsEntry("damaged", 1L);
        assertThat(r.reader().problems()).singleElement().satisfies(p ->
                assertThat(p.location().source()).isEqualTo("crawl.warc.gz"));
    }

    @Test
    void readsAnUncompressedWarc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE);
        w.write(response(POST, FIRST, "text/html", page(POST, "題", "2階の天井に監視カメラが5基。").getBytes(StandardCharsets.UTF_8)));
        Read r = read(out.toByteArray(), Options.EMPTY);
        assertThat(r.sightings()).extracting(s -> s.count().value()).containsExactly(5L);
    }

    @Test
    void detectsAWarcByItsContent() throws IOException {
        byte[] warc = concat(crawl());
        WarcImporter importer = new WarcImporter();
        assertThat(importer.detect(Arrays.copyOf(warc, 4096), "anything")).isEqualTo(Detection.FULL);
        assertThat(importer.detect("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), null)).isEqualTo(Detection.FULL);
        assertThat(importer.detect("{\"a\":1}".getBytes(StandardCharsets.US_ASCII), "x.warc")).isEqualTo(Detection.NONE);
    }
}
