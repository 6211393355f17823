package org.civicwatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
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

    private static List<CivicRecord> ofType(Dataset d, RecordType type) {
        return d.records().filter(r -> r.recordType() == type).toList();
    }
}
