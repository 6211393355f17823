package org.civicwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.civicwatch.CivicWatch;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;
import org.civicwatch.testkit.RandomDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertPipelineTest {
    @TempDir
    Path dir;

    /**
     * JSON Lines cut into many parts and single CSV files, with records repeated across inputs: the
     * shards hold what the command writes for the same glob, and every shard begins with its info.
     */
    @Test
    void shardedOutputEqualsTheCommandsConversionOfTheSameInputs() throws Exception {
        Dataset d = RandomDatasets.generate(11, 12, RandomDatasets.Fill.EVERY_FIELD);
        List<CivicRecord> incidents = ofType(d, RecordType.INCIDENT);
        List<CivicRecord> sightings = ofType(d, RecordType.SIGHTING);
        List<CivicRecord> filings = ofType(d, RecordType.FILING);
        List<CivicRecord> news = ofType(d, RecordType.NEWS);
        Path in = Files.createDirectories(dir.resolve("in"));
        List<CivicRecord> a = new ArrayList<>(incidents);
        a.addAll(sightings.subList(0, 6));
        Inputs.write(d.info(), a, in.resolve("a.jsonl"));
        // b repeats two records of a, as a month page and a category page repeat a post
        List<CivicRecord> b = new ArrayList<>(sightings.subList(4, 12));
        b.addAll(filings);
        Inputs.write(RandomDatasets.generate(12, 0).info(), b, in.resolve("b.jsonl"));
        Inputs.write(d.info(), news.subList(0, 8), in.resolve("c-news.csv"));
        Inputs.write(d.info(), news.subList(6, 12), in.resolve("d-news.csv"));

        Path cli = dir.resolve("cli.jsonl");
        assertThat(Inputs.runCommand(dir.resolve("cli.log"), "convert", in + "/*", cli.toString())).isZero();
        Dataset single = CivicWatch.read(cli);

        Path out = dir.resolve("out");
        assertThat(Inputs.runPipeline(in + "/*", out, "--shards=3", "--partBytes=4000"))
                .isEqualTo(PipelineResult.State.DONE);

        List<Dataset> shards = Inputs.readShards(out);
        assertThat(shards).hasSize(3);
        assertThat(Inputs.recordsOf(shards)).hasSize(48).containsExactlyElementsOf(Inputs.recordsOf(List.of(single)));
        assertThat(shards).allSatisfy(s -> assertThat(s.info()).isEqualTo(single.info()));
        assertThat(Inputs.lines(out.resolve("problems.tsv"))).isEmpty();
        assertThat(Inputs.lines(out.resolve("summary.tsv"))).containsExactly(
                "input\t" + in.resolve("a.jsonl") + "\tproblems\t0",
                "input\t" + in.resolve("a.jsonl") + "\trecords\t18",
                "input\t" + in.resolve("b.jsonl") + "\tproblems\t0",
                "input\t" + in.resolve("b.jsonl") + "\trecords\t20",
                "input\t" + in.resolve("c-news.csv") + "\tproblems\t0",
                "input\t" + in.resolve("c-news.csv") + "\trecords\t8",
                "input\t" + in.resolve("d-news.csv") + "\tproblems\t0",
                "input\t" + in.resolve("d-news.csv") + "\trecords\t6",
                "merged\trepeated\t4",
                "type\tfiling\t12",
                "type\tincident\t12",
                "type\tnews\t12",
                "type\tsighting\t12");
    }

    /**
     * A bad line far into a file cut into parts, a file no format reads, and two inputs that give one id
     * to different records: each is a problem in problems.tsv, located as the whole-file reader locates it,
     * with what was rejected; everything else is written.
     */
    @Test
    void everyProblemReachesProblemsTsvAndTheRestIsWritten() throws Exception {
        Dataset d = RandomDatasets.generate(21, 10);
        Path in = Files.createDirectories(dir.resolve("in"));
        Path a = in.resolve("a.jsonl");
        CivicWatch.write(d, a);
        List<String> lines = new ArrayList<>(Files.readAllLines(a, StandardCharsets.UTF_8));
        lines.set(30, "{\"type\":\"sighting\",\"record\":");
        Files.write(a, lines, StandardCharsets.UTF_8);
        CivicRecord taken = d.records().toList().get(3);
        CivicRecord other = RandomDatasets.generate(22, 1).records().filter(r -> r.recordType() == taken.recordType())
                .findFirst().orElseThrow();
        CivicRecord contradicting = FieldCatalog.schemaOf(other).create(withId(other, taken.id()));
        Inputs.write(d.info(), List.of(contradicting), in.resolve("b.jsonl"));
        Files.write(in.resolve("notes.bin"), new byte[] {0, 1, 2, (byte) 0xff, 0, 7});

        List<Problem> wholeFile;
        List<CivicRecord> readWhole = new ArrayList<>();
        try (RecordReader r = CivicWatch.formats().importer("jsonl").open(a,
                Options.EMPTY.with(StandardOptions.LENIENT, true))) {
            for (CivicRecord rec; (rec = r.next()) != null; ) {
                readWhole.add(rec);
            }
            wholeFile = r.problems();
        }

        Path out = dir.resolve("out");
        assertThat(Inputs.runPipeline(in + "/*", out, "--shards=2", "--partBytes=3000"))
                .isEqualTo(PipelineResult.State.DONE);

        assertThat(Inputs.recordsOf(Inputs.readShards(out))).containsExactlyElementsOf(
                Inputs.recordsOf(List.of(Dataset.of(d.info(), readWhole))));
        List<String> problems = Inputs.lines(out.resolve("problems.tsv")).stream().sorted().toList();
        assertThat(problems).hasSize(3);
        Problem bad = wholeFile.get(0);
        // the line and column of the whole file's reader; the record index is left out past the first part
        assertThat(bad.location().line()).isEqualTo(31);
        assertThat(problems.get(0)).isEqualTo(String.join("\t", a.toString(), "31", Long.toString(bad.location().column()),
                "0", bad.location().field(), bad.message(), "{\"type\":\"sighting\",\"record\":"));
        // b.jsonl is cut after its info line, so the record is known by its line alone
        assertThat(problems.get(1)).startsWith(in.resolve("b.jsonl") + "\t2\t0\t0\tid\tthe id '" + taken.id()
                + "' is also the id of another record in a.jsonl;").contains("\t{\"type\":\"" + taken.recordType().singular());
        assertThat(problems.get(2)).startsWith(in.resolve("notes.bin") + "\t0\t0\t0\t\t");
        assertThat(Inputs.lines(out.resolve("summary.tsv"))).contains(
                "input\t" + a + "\tproblems\t1",
                "input\t" + in.resolve("b.jsonl") + "\tproblems\t1",
                "input\t" + in.resolve("notes.bin") + "\tproblems\t1",
                "input\t" + in.resolve("notes.bin") + "\trecords\t0",
                "merged\trepeated\t1");
    }

    private static java.util.Map<String, Object> withId(CivicRecord r, String id) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(FieldCatalog.schemaOf(r).values(r));
        values.put("id", id);
        return values;
    }

    private static List<CivicRecord> ofType(Dataset d, RecordType type) {
        return d.records().filter(r -> r.recordType() == type).toList();
    }
}
