package org.civicwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Link;
import org.civicwatch.model.Sighting;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives and a Movable Type export, cut into parts on the DirectRunner, against the command. */
class ArchivesPipelineTest {
    private static final String BLOG = "https://blog.goo.ne.jp/tsubame-no-kai/e/";
    private static final Instant DAY = Instant.parse("2021-03-02T03:00:00Z");

    @TempDir
    Path dir;

    /** A goo blog post page telling one count of cameras. */
    private static byte[] page(String post, String title, String sentence) {
        return ("<!DOCTYPE html><html lang=\"ja\"><head><meta property=\"og:site_name\" content=\"goo blog\"></head><body>"
                + "<div class=\"entry\"><div class=\"entry-top-info\"><span class=\"entry-top-info-time\">"
                + "2021-03-01 19:40:00</span></div><h3><a href=\"" + BLOG + post + "\">" + title + "</a></h3>"
                + "<div class=\"entry-body-text\"><p>" + sentence + "</p></div></div></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static WarcResponse capture(String post, long days, byte[] page) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), page)
                .build();
        return new WarcResponse.Builder(URI.create(BLOG + post)).date(DAY.plusSeconds(days * 86_400)).body(http).build();
    }

    private static WarcResponse pdf() throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("application/pdf"),
                "%PDF-1.4 a leaflet".getBytes(StandardCharsets.ISO_8859_1)).build();
        return new WarcResponse.Builder(URI.create(BLOG.replace("/e/", "/file/") + "leaflet.pdf")).date(DAY).body(http)
                .build();
    }

    /** A web archive of records, gzip-compressed one member per record or not compressed. */
    private static byte[] warc(WarcCompression compression, WarcRecord... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarcWriter w = new WarcWriter(Channels.newChannel(out), compression);
        for (WarcRecord r : records) {
            w.write(r);
        }
        return out.toByteArray();
    }

    /** An export of entries, each a BASENAME and a sentence, in goo's shape. */
    private static String export(String... basenameAndSentence) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < basenameAndSentence.length; i += 2) {
            s.append("AUTHOR: tsubame\nTITLE: 見て歩き ").append(i / 2 + 1).append("\nBASENAME: ").append(basenameAndSentence[i])
                    .append("\nSTATUS: Publish\nCONVERT BREAKS: 1\nDATE: 02/0").append(i / 2 + 1)
                    .append("/2021 09:30:00 PM\nCATEGORY: 見て歩き\n-----\nBODY:\n").append(basenameAndSentence[i + 1])
                    .append("\n-----\n--------\n");
        }
        return s.toString();
    }

    /**
     * Three web archives, one post captured in two of them (unchanged) and one captured again changed,
     * one archive uncompressed, and an export: cut into a part per record or per two entries, the shards
     * hold what the command writes for the same captures in one archive, each post from its first
     * capture.
     */
    @Test
    void shardedOutputEqualsTheCommandsConversionOfTheSameArchives() throws Exception {
        WarcResponse hall = capture("hall-1a2b", 0, page("hall-1a2b", "公会堂", "1階の天井に監視カメラが3基。"));
        WarcResponse station = capture("station-3c4d", 0, page("station-3c4d", "駅前", "3階の天井に防犯カメラが2台。"));
        WarcResponse park = capture("park-5e6f", 1, page("park-5e6f", "公園", "管理棟の1階の天井に監視カメラが1基。"));
        byte[] a = warc(WarcCompression.GZIP, hall, station, pdf(), park);
        // the hall again as it was, the station since changed: both are read from their first capture
        WarcResponse hallAgain = capture("hall-1a2b", 30, page("hall-1a2b", "公会堂", "1階の天井に監視カメラが3基。"));
        WarcResponse stationChanged = capture("station-3c4d", 30, page("station-3c4d", "駅前", "3階の天井に防犯カメラが5台。"));
        WarcResponse library = capture("library-7a8b", 31, page("library-7a8b", "図書館", "2階の天井に監視カメラが4基。"));
        byte[] b = warc(WarcCompression.GZIP, hallAgain, stationChanged, library);
        byte[] c = warc(WarcCompression.NONE,
                capture("school-9c0d", 2, page("school-9c0d", "学校", "正門の上に防犯カメラが2台。")),
                capture("market-1e2f", 2, page("market-1e2f", "市場", "1階の入口の天井に監視カメラが6基。")));
        String mt = export("kominkan", "公民館の1階の天井に監視カメラが2基。", "toshokan", "図書室の3階の天井に監視カメラが1基。",
                "kenchosha", "県庁舎の2階の廊下の天井に監視カメラが7基。", "shiminkaikan", "市民会館の4階の天井に防犯カメラが3台。");

        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("crawl-a.warc.gz"), a);
        Files.write(in.resolve("crawl-b.warc.gz"), b);
        Files.write(in.resolve("crawl-c.warc"), c);
        Files.writeString(in.resolve("blog.txt"), mt, StandardCharsets.UTF_8);
        // the single machine's input: the two compressed archives as one, which a WARC reader reads in order
        Path single = Files.createDirectories(dir.resolve("single"));
        Path ab = single.resolve("crawl-ab.warc.gz");
        Files.write(ab, concat(a, b));

        Path cli = dir.resolve("cli.jsonl");
        assertThat(Inputs.runCommand(dir.resolve("cli.log"), "convert", ab.toString(), in.resolve("crawl-c.warc").toString(),
                in.resolve("blog.txt").toString(), cli.toString())).isZero();
        Dataset bySingleMachine = CivicWatch.read(cli);

        Path out = dir.resolve("out");
        assertThat(Inputs.runPipeline(in + "/*", out, "--shards=3", "--partBytes=200"))
                .isEqualTo(PipelineResult.State.DONE);

        List<CivicRecord> records = Inputs.recordsOf(Inputs.readShards(out));
        // the same records but for one clause: the command's reader counts a page's captures in its archive
        // ("captured ... (its page was captured 2 times)"), which the pipeline does not say
        assertThat(records).hasSize(10).extracting(ArchivesPipelineTest::withoutCaptureCount).containsExactlyElementsOf(
                Inputs.recordsOf(List.of(bySingleMachine)).stream().map(ArchivesPipelineTest::withoutCaptureCount).toList());
        assertThat(records).filteredOn(r -> r.provenance().source().equals(BLOG + "station-3c4d")).singleElement()
                .satisfies(r -> assertThat(((Sighting) r).count().value()).isEqualTo(2L));
        assertThat(records).filteredOn(r -> r.provenance().source().equals(BLOG + "hall-1a2b")).singleElement()
                .satisfies(r -> assertThat(r.provenance().locator()).contains("captured 2021-03-02T03:00:00Z"));
        assertThat(Inputs.lines(out.resolve("problems.tsv"))).isEmpty();
        assertThat(Inputs.lines(out.resolve("summary.tsv"))).contains(
                "input\t" + in.resolve("blog.txt") + "\trecords\t4",
                "input\t" + in.resolve("crawl-a.warc.gz") + "\trecords\t3",
                "input\t" + in.resolve("crawl-b.warc.gz") + "\trecords\t3",
                "input\t" + in.resolve("crawl-c.warc") + "\trecords\t2",
                "merged\tlater captures\t2",
                "type\tsighting\t10");
    }

    /**
     * An incident and a filing told in a post of one archive and retold in a post of another, and an
     * incident told in two entries of an export cut apart: each is one record, as the command's readers
     * make it, with the first post's id, linking each post, and the appeal that follows the retold filing
     * names the record kept.
     */
    @Test
    void aMatterRetoldInPostsOfDifferentArchivesAndPartsIsOneRecordAsTheCommandMakesIt() throws Exception {
        byte[] a = warc(WarcCompression.GZIP,
                capture("office-a1", 0, page("office-a1", "市役所", "2月24日(水)14時、会員2名で市役所3階の総務課を訪れたところ、"
                        + "職員が録音機で盗聴していた。")),
                capture("request-a2", 0, page("request-a2", "開示請求", "当会では2月1日付けで公文書開示請求書を県知事に提出しました。")));
        byte[] b = warc(WarcCompression.GZIP,
                capture("office-b1", 1, page("office-b1", "市役所その後", "2月24日(水)14時、市役所3階の総務課で職員が録音機で盗聴していた。")),
                capture("appeal-b2", 1, page("appeal-b2", "審査請求", "2月1日に開示請求をしましたが、同月15日に非開示の決定通知が届きました。"
                        + "そこで2月26日に審査請求書を知事あてに提出しました。")));
        String mt = export("kaigi", "2月1日(月)10時、会員3名で町役場2階の会議室を訪れたところ、職員が録音機で盗聴していた。",
                "kaigi-2", "2月1日(月)10時、町役場2階の会議室で職員が録音機で盗聴していた。");

        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("crawl-a.warc.gz"), a);
        Files.write(in.resolve("crawl-b.warc.gz"), b);
        Files.writeString(in.resolve("blog.txt"), mt, StandardCharsets.UTF_8);
        Path ab = Files.createDirectories(dir.resolve("single")).resolve("crawl-ab.warc.gz");
        Files.write(ab, concat(a, b));
        Path cli = dir.resolve("cli.jsonl");
        assertThat(Inputs.runCommand(dir.resolve("cli.log"), "convert", ab.toString(), in.resolve("blog.txt").toString(),
                cli.toString())).isZero();
        List<CivicRecord> bySingleMachine = Inputs.recordsOf(List.of(CivicWatch.read(cli)));

        Path out = dir.resolve("out");
        assertThat(Inputs.runPipeline(in + "/*", out, "--shards=2", "--partBytes=200"))
                .isEqualTo(PipelineResult.State.DONE);
        List<CivicRecord> records = Inputs.recordsOf(Inputs.readShards(out));

        assertThat(records).hasSize(4).extracting(ArchivesPipelineTest::withoutCaptureCount)
                .containsExactlyInAnyOrderElementsOf(bySingleMachine.stream().map(ArchivesPipelineTest::withoutCaptureCount).toList());
        assertThat(records).filteredOn(r -> r instanceof Incident && r.provenance().source().equals(BLOG + "office-a1"))
                .singleElement().satisfies(r -> assertThat(r.links()).extracting(Link::url)
                        .containsExactly(BLOG + "office-a1", BLOG + "office-b1"));
        Filing request = (Filing) records.stream()
                .filter(r -> r instanceof Filing f && f.kind() == FilingKind.DISCLOSURE_REQUEST).findFirst().orElseThrow();
        assertThat(request.provenance().source()).isEqualTo(BLOG + "request-a2");
        assertThat(request.links()).extracting(Link::url).containsExactly(BLOG + "request-a2", BLOG + "appeal-b2");
        assertThat(request.events()).extracting(e -> e.kind() + " " + e.when().edtf())
                .containsExactly("FILED 2021-02-01", "DECIDED 2021-02-15");
        assertThat(records).filteredOn(r -> r instanceof Filing f && f.kind() == FilingKind.APPEAL).singleElement()
                .satisfies(r -> assertThat(((Filing) r).precededBy()).isEqualTo(request.id()));
        assertThat(records).filteredOn(r -> r.provenance().source().startsWith("blog.txt")).singleElement()
                .satisfies(r -> assertThat(r.provenance().source()).isEqualTo("blog.txt#kaigi"));
        assertThat(Inputs.lines(out.resolve("problems.tsv"))).isEmpty();
        // the three retellings were read in other parts than the first telling: the pipeline merged them
        assertThat(Inputs.lines(out.resolve("summary.tsv"))).contains("merged\tretold matters\t3",
                "type\tincident\t2", "type\tfiling\t2");
    }

    /** Every record of an archive lies in one part: read part by part, the records are the archive's. */
    @Test
    void webArchivesAreCutBetweenRecordsPlainOrCompressed() throws Exception {
        WarcSplitter splitter = new WarcSplitter();
        Importer importer = CivicWatch.formats().importer("warc");
        for (WarcCompression compression : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
            List<WarcRecord> captures = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                captures.add(capture("post-" + i, i, page("post-" + i, "題 " + i, (i + 1) + "階の天井に監視カメラが" + (i + 2) + "基。")));
            }
            byte[] bytes = warc(compression, captures.toArray(WarcRecord[]::new));
            Path file = dir.resolve("crawl-" + compression + ".warc");
            Files.write(file, bytes);

            List<Split> parts = splitter.split(file, "warc", 1);
            assertThat(parts).hasSize(5);
            assertThat(parts.get(0).start()).isZero();
            assertThat(parts.get(4).end()).isEqualTo(Split.TO_THE_END);
            List<CivicRecord> inParts = new ArrayList<>();
            for (Split p : parts) {
                inParts.addAll(readAll(splitter, importer, file, p));
            }
            List<CivicRecord> whole = readAll(splitter, importer, file, Split.whole(file.toString(), "warc"));
            assertThat(inParts).hasSize(5).containsExactlyElementsOf(whole);
        }
    }

    /** An export is cut after whole entries; one with an entry named only by its place is read whole. */
    @Test
    void exportsAreCutBetweenEntriesUnlessAnEntryHasNoBasename() throws Exception {
        MovableTypeSplitter splitter = new MovableTypeSplitter();
        Path file = dir.resolve("blog.txt");
        Files.writeString(file, export("a1", "1階の天井に監視カメラが2基。", "b2", "2階の天井に監視カメラが3基。",
                "c3", "3階の天井に監視カメラが4基。"), StandardCharsets.UTF_8);
        List<Split> parts = splitter.split(file, "mt", 1);
        assertThat(parts).extracting(Split::firstLine).containsExactly(1L, 13L, 25L);
        Importer importer = CivicWatch.formats().importer("mt");
        List<CivicRecord> inParts = new ArrayList<>();
        for (Split p : parts) {
            inParts.addAll(readAll(splitter, importer, file, p));
        }
        assertThat(inParts).hasSize(3).containsExactlyElementsOf(
                readAll(splitter, importer, file, Split.whole(file.toString(), "mt")));

        Path unnamed = dir.resolve("unnamed.txt");
        Files.writeString(unnamed, Files.readString(file).replace("BASENAME: b2\n", ""), StandardCharsets.UTF_8);
        assertThat(splitter.split(unnamed, "mt", 1)).containsExactly(Split.whole(unnamed.toString(), "mt"));
    }

    private static List<CivicRecord> readAll(Splitter splitter, Importer importer, Path file, Split part) throws IOException {
        Options lenient = Options.EMPTY.with(StandardOptions.LENIENT, true);
        List<CivicRecord> out = new ArrayList<>();
        try (RecordReader r = part.isWhole() ? importer.open(file, lenient) : splitter.open(importer, file, part, lenient)) {
            for (CivicRecord rec; (rec = r.next()) != null; ) {
                out.add(rec);
            }
            assertThat(r.problems()).isEmpty();
        }
        return out;
    }

    private static String withoutCaptureCount(CivicRecord r) {
        return r.toString().replaceAll(" \\(its page was captured \\d+ times\\)", "");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
