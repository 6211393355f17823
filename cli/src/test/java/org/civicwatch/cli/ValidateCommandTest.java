package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Sighting;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCleanInputExitsZeroAndSaysWhatItHolds() {
        Run run = Run.of("validate", Run.SAMPLE_JSON.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.outText()).isEqualTo(Run.SAMPLE_JSON + ": valid, 3 incidents, 13 sightings, 2 filings, 2 news\n");
    }

    @Test
    void listsEveryProblemWithItsLocationAndExitsOne() throws IOException {
        List<String> lines = Run.plainSampleLines();
        lines.add(2, "{\"type\":\"sighting\",\"record\":{\"id\":\"s1\",\"observed\":\"2017-13-01\",\"device\":\"camera\"}}");
        lines.add(4, "{\"type\":\"sighting\",\"record\":{\"id\":\"s2\",\"device\":\"periscope\"}}");
        Path feed = Files.write(dir.resolve("feed.jsonl"), lines);

        Run run = Run.of("validate", feed.toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        assertThat(run.outText().lines().toList()).hasSize(3).satisfiesExactly(
                first -> assertThat(first).startsWith("feed.jsonl:3:").contains("record 2, field '/record/observed'",
                        "2017-13-01"),
                second -> assertThat(second).startsWith("feed.jsonl:5:").contains("periscope"),
                summary -> assertThat(summary).isEqualTo(feed + ": 2 problems"));
    }

    @Test
    void problemsAreToldAsTheyAreFoundInInputOrderAndCounted() throws IOException {
        // They are printed as they come and only counted, never held: the count is the only state kept.
        List<String> lines = Run.plainSampleLines();
        for (int i = 0; i < 3_000; i++) {
            lines.add(2, "{\"type\":\"sighting\",\"record\":{\"id\":\"bad-" + i + "\",\"device\":\"periscope\"}}");
        }
        Path feed = Files.write(dir.resolve("many.jsonl"), lines);

        Run run = Run.of("validate", feed.toString());

        List<String> out = run.outText().lines().toList();
        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        assertThat(out).hasSize(3_001).last().isEqualTo(feed + ": 3000 problems");
        List<Integer> at = out.subList(0, 3_000).stream()
                .map(l -> Integer.parseInt(l.substring("many.jsonl:".length(), l.indexOf(':', "many.jsonl:".length()))))
                .toList();
        assertThat(at).isSorted().doesNotHaveDuplicates().startsWith(3).endsWith(3_002);
    }

    @Test
    void findsWhatOnlyTheWholeDatasetShowsDuplicateIdsAndDanglingReferences() throws IOException {
        Sighting s = SampleData.gunmaPrefecturalOffice().sightings().get(0);
        Dataset broken = Dataset.builder(SampleData.gunmaPrefecturalOffice().info())
                .add(s, s.toBuilder().related("no-such-record").build(),
                        Sighting.builder("lonely").device(DeviceType.CAMERA).related("missing").build())
                .build();
        Path json = dir.resolve("broken.jsonl");
        CivicWatch.write(broken, json);

        Run run = Run.of("validate", json.toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        // The reader finds the duplicate, with its line; the dataset as a whole the reference to nothing.
        assertThat(run.outText()).isEqualTo("broken.jsonl:3:35: record 2, field '/record/id': duplicate id '" + s.id()
                + "': record 1 (line 2, /record) has it too; ids must be unique in a dataset\n"
                + json + ": sighting 'lonely', field 'related[0]': no record has the id 'missing'\n"
                + json + ": 2 problems\n");
    }

    @Test
    void quietListsOnlyTheProblemsAndManyInputsAreSummed() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"type\":\"sighting\",\"record\":{\"id\":\"x\"}}\n");
        Run quiet = Run.of("validate", "--quiet", Run.SAMPLE_JSON.toString(), bad.toString());
        assertThat(quiet.code()).isEqualTo(ExitCode.DATA);
        assertThat(quiet.outText().lines().toList()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("bad.jsonl:1:").contains("device"));

        Run loud = Run.of("validate", Run.SAMPLE_JSON.toString(), Run.SAMPLE_JSONL.toString(), bad.toString());
        assertThat(loud.outText()).endsWith("1 of 3 inputs have problems\n");
    }

    @Test
    void maxProblemsStopsAnInputAndSaysSo() throws IOException {
        Path bad = Files.writeString(dir.resolve("garbage.jsonl"), "nope\n".repeat(5));
        Run run = Run.of("validate", "--max-problems", "2", bad.toString());

        assertThat(run.code()).isEqualTo(ExitCode.DATA);
        assertThat(run.outText()).contains("more than 2 problems; giving up");
    }

    @Test
    void readsStandardInputInTheNamedFormat() throws IOException {
        Run run = Run.withInput(Files.readAllBytes(Run.SAMPLE_JSONL), "validate", "--from", "jsonl", "-");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.outText()).isEqualTo("stdin: valid, 3 incidents, 13 sightings, 2 filings, 2 news\n");
    }
}
