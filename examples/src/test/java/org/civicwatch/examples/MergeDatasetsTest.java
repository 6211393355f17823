package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicwatch.examples.CamerasPerFloorTest.output;
import static org.civicwatch.examples.CamerasPerFloorTest.resource;

import java.nio.file.Path;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Link;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeDatasetsTest {

    @Test
    void mergesASurveyItsJsonLinesCopyAndTwoBlogPagesIntoOneFile(@TempDir Path dir) throws Exception {
        Path merged = dir.resolve("merged.json");
        MergeDatasets.Merge[] result = new MergeDatasets.Merge[1];
        String printed = output(out -> result[0] = MergeDatasets.run(merged, List.of(Path.of("data/gunma-2017.json"),
                Path.of("data/gunma-2017.jsonl"), Path.of("data/ombudsman-post-2017-06.html"),
                resource("goo-month-city-hall.html")), out));
        assertThat(printed).isEqualTo("""
                gunma-2017.json: 20 records
                gunma-2017.jsonl: 20 records
                ombudsman-post-2017-06.html: 19 records
                goo-month-city-hall.html: 7 records
                merged 46 records (20 read again) into merged.json
                """);
        Dataset back = CivicWatch.read(merged);
        assertThat(back).isEqualTo(result[0].dataset());
        assertThat(back.validate()).isEmpty();
        assertThat(back.records(RecordType.SIGHTING)).hasSize(13 + 13 + 7);
        // The survey's info, and the sources the blog pages gave: every post read.
        assertThat(back.info().title()).isEqualTo(SampleData.info().title());
        assertThat(back.info().created()).isEqualTo(SampleData.info().created());
        assertThat(back.info().sources()).extracting(Link::url).containsExactly(
                "https://blog.goo.ne.jp/kensei-watch/e/5b1e0c2d9a8f47e3b6c1d2e3f4a5b6c7",
                "https://blog.goo.ne.jp/camera-note/e/0a1b2c3d4e5f60718293a4b5c6d7e8f9",
                "https://blog.goo.ne.jp/camera-note/e/1b2c3d4e5f60718293a4b5c6d7e8f90a");
    }

    @Test
    void keepsTheFirstOfTwoDifferentRecordsWithOneIdAndSaysSo() {
        Dataset survey = SampleData.gunmaPrefecturalOffice();
        Sighting first = survey.sightings().get(0);
        Dataset recount = Dataset.builder(DatasetInfo.titled("recount"))
                .add(first.toBuilder().notes("数え直し").build()).build();
        MergeDatasets.Merge merge = MergeDatasets.merge(List.of(survey, recount), List.of("survey.json", "recount.csv"));
        assertThat(merge.dataset().sightings().get(0)).isEqualTo(first);
        assertThat(merge.dataset().size()).isEqualTo(survey.size());
        assertThat(merge.conflicts()).containsExactly("sighting 'sighting-1f-toilet-corridor' in recount.csv differs"
                + " from the sighting of that id in survey.json; the first is kept");
    }

    @Test
    void takesEachInfoFieldFromTheFirstThatHasItAndEverySource() {
        Link post = Link.to("https://blog.goo.ne.jp/camera-note/e/0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        Link list = Link.to("https://www.city.example.jp/cameras.csv");
        DatasetInfo first = new DatasetInfo(null, null, "市民カメラ調査ノート", null, "ja", null, List.of(post));
        DatasetInfo second = new DatasetInfo("カメラ一覧", null, "市", "CC-BY-4.0", "en",
                When.parse("2019-09-01").withOriginal("令和元年9月1日"), List.of(list, post));
        assertThat(MergeDatasets.info(List.of(first, second))).isEqualTo(new DatasetInfo("カメラ一覧", null,
                "市民カメラ調査ノート", "CC-BY-4.0", "ja", When.parse("2019-09-01").withOriginal("令和元年9月1日"),
                List.of(post, list)));
    }
}
