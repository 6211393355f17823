package org.civicwatch.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.civicwatch.CivicWatch;
import org.civicwatch.testkit.RandomDatasets;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes inputs to measure the pipeline with, the same for the same arguments: JSON Lines files of random
 * records, and gzip-compressed web archives of goo blog post pages, each telling counts of cameras, a
 * tenth of them captured again in the next archive.
 *
 * <pre>
 * GenerateInputs FOLDER FILES RECORDS_PER_FILE PAGES_PER_ARCHIVE
 * </pre>
 */
public final class GenerateInputs {
    private static final String BLOG = "https://blog.goo.ne.jp/hakase-no-kai/e/";
    private static final Instant DAY = Instant.parse("2022-05-01T00:00:00Z");

    private GenerateInputs() {
    }

    /**
     * Writes {@code FOLDER/jsonl/part-NN.jsonl} and {@code FOLDER/warc/crawl-NN.warc.gz}.
     *
     * @param args the folder, the number of files of each kind, records per JSON Lines file (a multiple
     *     of 4) and pages per archive
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        int records = Integer.parseInt(args[2]);
        int pages = Integer.parseInt(args[3]);
        Path jsonl = Files.createDirectories(folder.resolve("jsonl"));
        Path warc = Files.createDirectories(folder.resolve("warc"));
        for (int f = 0; f < files; f++) {
            CivicWatch.write(RandomDatasets.generate(1000 + f, records / 4), jsonl.resolve(String.format("part-%02d.jsonl", f)));
            try (OutputStream out = Files.newOutputStream(warc.resolve(String.format("crawl-%02d.warc.gz", f)))) {
                WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP);
                for (int p = 0; p < pages; p++) {
                    // the first tenth of each archive's pages are the last tenth of the archive before, again
                    w.write(capture(f * (pages - pages / 10) + p, f));
                }
            }
        }
        System.out.println("wrote " + files + " JSON Lines files of " + records + " records and " + files
                + " archives of " + pages + " pages to " + folder);
    }

    private static WarcResponse capture(int post, int day) throws IOException {
        String permalink = BLOG + "post-" + post;
        String page = "<!DOCTYPE html><html lang=\"ja\"><head><meta property=\"og:site_name\" content=\"goo blog\"></head>"
                + "<body><div class=\"entry\"><div class=\"entry-top-info\"><span class=\"entry-top-info-time\">"
                + "2022-04-30 21:00:00</span></div><h3><a href=\"" + permalink + "\">庁舎を歩く " + post + "</a></h3>"
                + "<div class=\"entry-body-text\"><p>今日は庁舎を上から順に歩きました。</p><p>" + (post % 9 + 1)
                + "階の天井に監視カメラが" + (post % 5 + 1) + "基。</p><p>" + (post % 7 + 1) + "階の廊下の天井に防犯カメラが"
                + (post % 3 + 2) + "台。</p></div></div></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(permalink)).date(DAY.plusSeconds(day * 86_400L)).body(http).build();
    }
}
