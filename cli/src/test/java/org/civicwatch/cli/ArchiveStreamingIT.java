package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole blog streams post by post: an export of 10,000 entries and a web archive of 10,000 pages each
 * convert in a JVM of 128 MB heap, with the incidents retold across posts merged. The runnable jar runs as
 * a person runs it, in the {@code verify} phase. Only the sighting and incident extractors run, to keep
 * the time short: what is held across posts is the same.
 */
class ArchiveStreamingIT {
    private static final int POSTS = 10_000;
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void theJarIsBuilt() {
        String built = System.getProperty("civicwatch.jar");
        assumeTrue(built != null && Files.isRegularFile(Path.of(built)),
                "cli/target/civicwatch.jar is built (mvn package); this test runs in mvn verify");
        jar = Path.of(built);
    }

    private String convert(Path in, Path out) throws IOException, InterruptedException {
        Path err = dir.resolve("err.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString(), "convert", "-o", "extract=sightings,incidents",
                "-o", "base-url=" + Archives.BLOG, in.toString(), out.toString());
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("finished: " + command).isTrue();
        String said = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(said).isEqualTo(ExitCode.OK);
        return said;
    }

    private static long lines(Path file) throws IOException {
        try (Stream<String> s = Files.lines(file)) {
            return s.count();
        }
    }

    /** Converts a blog written here, checking what the command says it read and how many lines it wrote. */
    private void convertsIn128Mb(Path in, String format, String tallies) throws Exception {
        Path out = dir.resolve("out.jsonl");
        // posts 9 and 10, 19 and 20 ... tell one incident each: 1000 incidents, each linking its two posts
        assertThat(convert(in, out)).contains("read " + in + " (" + format + "): 1000 incidents, 10000 sightings,"
                + " 0 filings, 0 news; " + tallies + "\n");
        assertThat(lines(out)).as("the info line, the records, the end line").isEqualTo(1 + 11_000 + 1);
    }

    @Test
    void anExportOf10000EntriesConvertsIn128Mb() throws Exception {
        convertsIn128Mb(Archives.export(dir.resolve("export.txt"), POSTS), "mt", "10000 posts");
    }

    @Test
    void aWebArchiveOf10000PagesConvertsIn128Mb() throws Exception {
        convertsIn128Mb(Archives.warc(dir.resolve("crawl.warc.gz"), POSTS), "warc", "10000 pages, 10000 posts");
    }
}
