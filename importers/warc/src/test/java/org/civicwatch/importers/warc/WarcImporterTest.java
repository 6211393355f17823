package org.civicwatch.importers.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Link;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void aTruncatedGzipMemberIsALocatedWarningAndTheRestIsReadStrictOrLenient() throws IOException {
        List<byte[]> members = crawl();
        byte[] cut = Arrays.copyOf(members.get(0), members.get(0).length / 2);
        List<byte[]> damaged = new ArrayList<>(members);
        damaged.set(0, cut);
        byte[] warc = concat(damaged);

        for (Options o : List.of(Options.EMPTY, Options.EMPTY.with(StandardOptions.LENIENT, true))) {
            Read r = read(warc, o);
            // the second capture of the post now is the first one read
            assertThat(r.sightings()).extracting(s -> s.count().value()).containsExactly(3L, 4L, 2L);
            assertThat(r.reader().tallies()).containsEntry("damaged", 1L).containsEntry("posts", 3L);
            assertThat(r.reader().problems()).singleElement().satisfies(p -> {
                assertThat(p.warning()).isTrue();
                assertThat(p.location().source()).isEqualTo("crawl.warc.gz");
                assertThat(p.location().record()).isEqualTo(1L);
                assertThat(p.message()).contains("at byte offset 0, a gzip member is damaged: ")
                        .contains("the rest of the file is read");
            });
        }
    }

    @Test
    void aBrokenRecordInAGoodMemberIsAWarningAtItsOffsetAndTheNextMemberIsRead() throws IOException {
        List<byte[]> members = crawl();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: nine\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        List<byte[]> parts = new ArrayList<>(members.subList(0, 1));
        parts.add(gz.toByteArray());
        parts.addAll(members.subList(1, members.size()));

        Read r = read(concat(parts), Options.EMPTY);
        assertThat(r.sightings()).extracting(s -> s.count().value()).containsExactly(3L, 4L, 2L);
        assertThat(r.reader().problems()).singleElement().satisfies(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(p.message()).contains("at byte offset " + members.get(0).length + ", a WARC record is broken");
        });
    }

    @Test
    void aProblemInAPageNamesTheFileAndTheRecordByIdAndUrl() throws IOException {
        // a page in a charset no one knows: the page's problem names the record it was read from
        WarcResponse odd = response(POST, FIRST, "text/html; charset=x-no-such-set",
                page(POST, "題", "2階の天井に監視カメラが5基。").getBytes(StandardCharsets.UTF_8));
        byte[] warc = concat(members(odd));
        Read r = read(warc, Options.EMPTY.with(StandardOptions.LENIENT, true));
        assertThat(r.reader().problems()).singleElement().satisfies(p ->
                assertThat(p.location().source()).isEqualTo("crawl.warc.gz, WARC record " + odd.id() + " of " + POST));
    }

    @Test
    void readFromAFileAPostsProvenanceNamesTheCaptureUsedAndHowManyThereWere(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        Files.write(file, concat(crawl()));
        List<Sighting> sightings = new ArrayList<>();
        try (RecordReader r = new WarcImporter().open(file, Options.EMPTY)) {
            for (CivicRecord c; (c = r.next()) != null; ) {
                if (c instanceof Sighting s) {
                    sightings.add(s);
                }
            }
            assertThat(r.tallies()).containsEntry("posts", 3L).containsEntry("captures skipped", 2L);
        }
        // the post: two responses (one at another spelling of its URL) and a revisit; the other: a response and a revisit
        assertThat(sightings).extracting(s -> s.provenance().locator()).satisfiesExactly(
                l -> assertThat(l).matches("WARC record urn:uuid:[-0-9a-f]+ of " + POST
                        + " captured 2019-04-10T01:00:00Z \\(its page was captured 3 times\\); body line 1, page line 1"),
                l -> assertThat(l).contains(" of " + OTHER + " captured 2019-04-10T01:00:00Z (its page was captured 2 times)"),
                l -> assertThat(l).doesNotContain("times"));
    }

    @Test
    void oneIncidentRetoldInPostsOfDifferentCapturesIsOneRecordLinkingEachPost() throws IOException {
        String third = "https://blog.goo.ne.jp/hibari-kai/e/7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d";
        String told = "2018年9月3日、市役所5階の契約課で職員らが録音機で盗聴していた。";
        byte[] warc = concat(members(
                response(POST, FIRST, "text/html; charset=utf-8", page(POST, "盗聴", told).getBytes(StandardCharsets.UTF_8)),
                response(OTHER, FIRST.plusSeconds(60), "text/html; charset=utf-8",
                        page(OTHER, "続報", "1階の天井に監視カメラが3基。").getBytes(StandardCharsets.UTF_8)),
                response(third, FIRST.plusSeconds(120), "text/html; charset=utf-8",
                        page(third, "再び", "先日書いたとおり、" + told).getBytes(StandardCharsets.UTF_8))));
        Read r = read(warc, Options.EMPTY);

        List<Incident> incidents = r.records().stream().filter(Incident.class::isInstance).map(Incident.class::cast).toList();
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo("eavesdropping");
            assertThat(i.links()).extracting(Link::url).containsExactly(POST, third);
        });
        // held till the end: the sighting of the second page comes first
        assertThat(r.records().get(r.records().size() - 1)).isInstanceOf(Incident.class);
    }

    /** ARC, the older format: a description record, then each capture as a URL line and an HTTP response. */
    static byte[] arc(boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String desc = "1 0 civicwatch\nURL IP-address Archive-date Content-type Archive-length\n";
        List<String> records = new ArrayList<>();
        records.add("filedesc://crawl.arc 0.0.0.0 20190410010000 text/plain " + desc.length() + "\n" + desc);
        byte[] html = page(POST, "県民センター", "1階の天井に監視カメラが3基。").getBytes(StandardCharsets.UTF_8);
        byte[] http = concat(List.of(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + html.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), html));
        byte[] pdf = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        List<byte[]> raw = new ArrayList<>();
        raw.add((records.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        raw.add(concat(List.of((POST + " 192.0.2.1 20190410010000 text/html " + http.length + "\n")
                .getBytes(StandardCharsets.US_ASCII), http, "\n".getBytes(StandardCharsets.US_ASCII))));
        raw.add(concat(List.of(("https://blog.goo.ne.jp/hibari-kai/file/a.pdf 192.0.2.1 20190410010500 application/pdf "
                + pdf.length + "\n").getBytes(StandardCharsets.US_ASCII), pdf, "\n".getBytes(StandardCharsets.US_ASCII))));
        for (byte[] r : raw) {
            if (gzip) {
                try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
                    z.write(r);
                }
            } else {
                out.writeBytes(r);
            }
        }
        return out.toByteArray();
    }

    @Test
    void readsAnArcFilePlainOrGzipDetectedByItsContent() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            byte[] arc = arc(gzip);
            assertThat(new WarcImporter().detect(Arrays.copyOf(arc, Math.min(arc.length, 4096)), "crawl.dat"))
                    .as("gzip " + gzip).isEqualTo(Detection.FULL);
            Read r = read(arc, Options.EMPTY);
            assertThat(r.sightings()).as("gzip " + gzip).singleElement().satisfies(s -> {
                assertThat(s.count().value()).isEqualTo(3L);
                assertThat(s.provenance().source()).isEqualTo(POST);
                assertThat(s.provenance().locator()).contains(" of " + POST + " captured 2019-04-10T01:00:00Z");
            });
            assertThat(r.reader().tallies()).containsEntry("posts", 1L).containsEntry("non-HTML skipped", 1L)
                    .containsEntry("damaged", 0L);
            assertThat(r.reader().problems()).isEmpty();
        }
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
