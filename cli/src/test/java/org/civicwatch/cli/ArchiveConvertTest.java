package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.Incident;
import org.civicwatch.model.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole blogs converted: an export and a web archive, the progress bar and the summary saying what was read. */
class ArchiveConvertTest {
    @TempDir
    Path dir;

    @Test
    void anExportsSummarySaysThePostsReadAndTheBarShowsThemOnATerminal() throws IOException {
        Path export = Archives.export(dir.resolve("export.txt"), 200);
        Path out = dir.resolve("blog.json");
        Run run = Run.with(CivicWatch.formats(), new byte[0], true, "convert", "-o", "base-url=" + Archives.BLOG,
                export.toString(), out.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        String bar = run.err().substring(0, run.err().indexOf("read "));
        assertThat(bar).containsPattern("\\d+ records  [\\d.]+ [kM]B of [\\d.]+ [kM]B  [\\d.]+ [kM]?B/s.*  \\(\\d+ posts\\)");
        // 200 sightings; posts 9 and 10, 19 and 20 ... 189 and 190 tell 19 incidents, post 199 one more
        assertThat(run.err()).contains("read " + export + " (mt): 20 incidents, 200 sightings, 0 filings, 0 news; 200 posts\n");
        Dataset d = CivicWatch.read(out);
        Incident first = d.records(RecordType.INCIDENT).stream().map(Incident.class::cast)
                .filter(i -> i.links().size() == 2).findFirst().orElseThrow();
        assertThat(first.links()).extracting(l -> l.url()).containsExactly(Archives.permalink(9), Archives.permalink(10));
    }

    @Test
    void anArchivesSummarySaysPostsCapturesSkippedAndDamageWhichIsAWarningAndQuietSaysNothing() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        byte[] first = capture(0, "2019-04-10T01:00:00Z");
        byte[] again = capture(0, "2019-05-10T01:00:00Z");
        byte[] cut = Arrays.copyOf(again, again.length / 2);
        Files.write(warc, join(first, again, cut, capture(1, "2019-04-11T01:00:00Z")));

        Run run = Run.of("convert", warc.toString(), dir.resolve("c.jsonl").toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("read " + warc + " (warc): 0 incidents, 2 sightings, 0 filings, 0 news;"
                + " 3 pages, 2 posts, 1 capture skipped, 1 damaged, 1 warning\n")
                .contains("crawl.warc.gz: record 2: warning: at byte offset " + (first.length + again.length) + ", a gzip member is damaged");

        Run quiet = Run.of("convert", "--quiet", warc.toString(), dir.resolve("q.jsonl").toString());
        assertThat(quiet.code()).isEqualTo(ExitCode.OK);
        assertThat(quiet.err()).isEmpty();
        assertThat(CivicWatch.read(dir.resolve("q.jsonl"))).isEqualTo(CivicWatch.read(dir.resolve("c.jsonl")));
    }

    private static byte[] capture(int post, String date) throws IOException {
        return Archives.member(Archives.response(Archives.permalink(post), Instant.parse(date),
                Archives.page(post).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
