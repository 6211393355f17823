package org.civicwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsCommandTest {
    @Test
    void countsRecordsDatesFloorsAndOutcomesOfTheSampleDataset() {
        Run run = Run.of("stats", Run.SAMPLE_JSON.toString());

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.outText()).isEqualTo("""
                Records: 20 (3 incidents, 13 sightings, 2 filings, 2 news)
                Dates: 2014-05-01 to 2017-06-14 (earliest 2014-05/2017-03; latest 2017-06-14T01:50+09:00, "2017年6月14日1:50")
                Sightings per floor:
                  群馬県庁
                    floor -1 (地下1階)                2 sightings  2 cameras
                    floor 1 (1階)                     5 sightings  at least 8 cameras
                    floor 2 (2階)                     1 sighting   at least 1 camera
                    floors 3 to 30 (3階から30階)      2 sightings  0 cameras (none found), 1 count of motion sensors not known
                    floor 31 (31階)                   1 sighting   at least 2 cameras
                    floor 32 (最上階32階)             1 sighting   6 cameras
                    no floor given                    1 sighting   1 count of cameras not known
                Filings per outcome:
                  partially-disclosed      1
                  dismissed                1
                """);
    }

    @Test
    void readsTheSamplePostAndAStreamAlike() throws java.io.IOException {
        Run post = Run.of("stats", Run.SAMPLE_POST.toString());
        assertThat(post.code()).isEqualTo(ExitCode.OK);
        assertThat(post.outText()).startsWith("Records: 19 (2 incidents, 13 sightings, 2 filings, 2 news)\n");

        Run stream = Run.withInput(java.nio.file.Files.readAllBytes(Run.SAMPLE_JSONL), "stats", "-");
        assertThat(stream.code()).isEqualTo(ExitCode.OK);
        assertThat(stream.outText()).isEqualTo(Run.of("stats", Run.SAMPLE_JSON.toString()).outText());
    }

    @Test
    void theTerminalWidthOfJapaneseTextCountsWideCharactersTwice() {
        assertThat(DatasetStats.displayWidth("floor 1 (1階)")).isEqualTo(13);
        assertThat(DatasetStats.displayWidth("ＡＢ")).isEqualTo(4);
        assertThat(DatasetStats.displayWidth("abc")).isEqualTo(3);
    }
}
