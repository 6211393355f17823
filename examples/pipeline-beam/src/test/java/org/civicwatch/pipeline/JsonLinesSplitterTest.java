package org.civicwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.testkit.RandomDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSplitterTest {
    private static final Options LENIENT = Options.EMPTY.with(StandardOptions.LENIENT, true);

    @TempDir
    Path dir;

    private final JsonLinesSplitter splitter = new JsonLinesSplitter();
    private final Importer jsonl = CivicWatch.formats().importer("jsonl");

    @Test
    void isFoundForJsonLinesOnly() {
        assertThat(Splitters.of("jsonl")).isInstanceOf(JsonLinesSplitter.class);
        assertThat(Splitters.of("csv")).isNull();
        assertThat(Splitters.of("html")).isNull();
    }

    @Test
    void cutsAtLineStartsAndCoversTheFileWithTheLineEachPartStartsOn() throws Exception {
        Path file = dir.resolve("a.jsonl");
        CivicWatch.write(RandomDatasets.generate(3, 10), file);
        byte[] bytes = Files.readAllBytes(file);

        List<Split> parts = splitter.split(file, "jsonl", 2000);

        assertThat(parts).hasSizeGreaterThan(3);
        long expectedStart = 0;
        for (int i = 0; i < parts.size(); i++) {
            Split p = parts.get(i);
            assertThat(p.part()).isEqualTo(i);
            assertThat(p.start()).isEqualTo(expectedStart);
            assertThat(p.start() == 0 || bytes[(int) p.start() - 1] == '\n').isTrue();
            assertThat(p.firstLine()).isEqualTo(1 + newlinesBefore(bytes, p.start()));
            if (i < parts.size() - 1) {
                assertThat(p.end() - p.start()).isGreaterThanOrEqualTo(2000);
                expectedStart = p.end();
            }
        }
        assertThat(parts.get(parts.size() - 1).end()).isEqualTo(Split.TO_THE_END);
    }

    @Test
    void aSmallFileIsOnePart() throws Exception {
        Path file = dir.resolve("small.jsonl");
        CivicWatch.write(RandomDatasets.generate(3, 1), file);
        assertThat(splitter.split(file, "jsonl", 1 << 20)).containsExactly(
                new Split(file.toString(), "jsonl", 0, 0, Split.TO_THE_END, 1));
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        assertThat(splitter.split(empty, "jsonl", 10)).hasSize(1);
    }

    @Test
    void thePartsReadOneAfterTheOtherGiveTheWholeFile() throws Exception {
        Path file = dir.resolve("a.jsonl");
        Dataset d = RandomDatasets.generate(5, 10, RandomDatasets.Fill.EVERY_FIELD);
        CivicWatch.write(d, file);

        List<CivicRecord> records = new ArrayList<>();
        DatasetInfo info = null;
        for (Split part : splitter.split(file, "jsonl", 3000)) {
            try (RecordReader r = splitter.open(jsonl, file, part, LENIENT)) {
                for (CivicRecord rec; (rec = r.next()) != null; ) {
                    records.add(rec);
                }
                assertThat(r.problems()).isEmpty();
                if (part.part() == 0) {
                    info = r.info();
                }
            }
        }
        assertThat(records).containsExactlyElementsOf(d.records().toList());
        assertThat(info).isEqualTo(d.info());
    }

    @Test
    void aBadLineInALaterPartIsReportedAtTheFilesLineAsTheWholeFileReaderReportsIt() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        CivicWatch.write(RandomDatasets.generate(8, 10), file);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(33, lines.get(33).replace("\"record\":{", "\"record\":{\"colour\":\"red\","));
        lines.set(36, "{\"type\":\"sighting\",\"record\":");
        Files.write(file, lines, StandardCharsets.UTF_8);

        List<Problem> whole;
        try (RecordReader r = jsonl.open(file, LENIENT)) {
            while (r.next() != null) {
                assertThat(r.location().line()).isPositive();
            }
            whole = r.problems();
        }
        List<Problem> inParts = new ArrayList<>();
        List<Split> parts = splitter.split(file, "jsonl", 2500);
        for (Split part : parts) {
            try (RecordReader r = splitter.open(jsonl, file, part, LENIENT)) {
                while (r.next() != null) {
                    assertThat(r.location().line()).isGreaterThanOrEqualTo(part.firstLine());
                }
                inParts.addAll(r.problems());
            }
        }

        // the whole file's reader also checks the end line, which a part cannot (it counts the whole file):
        // the damaged line still counts as a record line, so the end line finds none lost
        assertThat(whole).extracting(p -> p.location().line()).containsExactly(34L, 37L);
        assertThat(parts.get(0).end()).isLessThan(Files.size(file) / 2);
        assertThat(inParts).extracting(p -> p.location().line()).containsExactly(34L, 37L);
        assertThat(inParts).extracting(p -> p.location().line()).containsExactlyElementsOf(
                whole.subList(0, 2).stream().map(p -> p.location().line()).toList());
        assertThat(inParts).extracting(Problem::message).containsExactlyElementsOf(
                whole.subList(0, 2).stream().map(Problem::message).toList());
        assertThat(inParts).extracting(p -> p.location().source()).containsOnly("bad.jsonl");
        assertThat(inParts.get(1).rejected()).isEqualTo("{\"type\":\"sighting\",\"record\":");
    }

    /**
     * The end line and its announcement are blanked in place, streamed, however the bytes arrive: one at a
     * time, or in blocks that cut the markers.
     */
    @Test
    void theEndLineIsBlankedAsAStreamWhateverTheBlocksTheBytesArriveIn() throws Exception {
        String info = "{\"type\":\"info\",\"trailer\":true,\"title\":\"t\"}\n";
        String record = "{\"type\":\"sighting\",\"record\":{\"id\":\"s-1\"}}\r\n";
        String end = "{\"type\":\"end\",\"records\":1}\n";
        String text = info + record + end + "{\"type\":\"en\"}";
        String expected = info.replace("\"trailer\":true,", " ".repeat(15)) + record + " ".repeat(end.length() - 1)
                + "\n{\"type\":\"en\"}";
        for (int block : new int[] {1, 2, 7, 13, 1 << 16}) {
            java.io.InputStream trickle = new java.io.FilterInputStream(
                    new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
                @Override
                public int read(byte[] b, int off, int len) throws java.io.IOException {
                    return super.read(b, off, Math.min(len, block));
                }
            };
            try (java.io.InputStream in = new WithoutEndLine(trickle)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as("blocks of %d", block)
                        .isEqualTo(expected);
            }
        }
    }

    private static long newlinesBefore(byte[] bytes, long end) {
        long n = 0;
        for (int i = 0; i < end; i++) {
            n += bytes[i] == '\n' ? 1 : 0;
        }
        return n;
    }
}
