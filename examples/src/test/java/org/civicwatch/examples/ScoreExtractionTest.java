package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicwatch.examples.CamerasPerFloorTest.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.civicwatch.model.RecordType;
import org.civicwatch.testkit.ExtractionScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreExtractionTest {
    @TempDir
    Path folder;

    /** The sample post with a gold file naming one of its two news articles and a filing it does not hold. */
    private void goldFolder() throws IOException {
        Files.copy(Path.of("data/ombudsman-post-2017-06.html"), folder.resolve("post.html"));
        Files.writeString(folder.resolve("post.gold.json"), """
                {"fixture": "post.html",
                 "news": [{"outlet": "日本経済新聞", "published": "2017-06-14T01:50+09:00"}],
                 "filings": [{"kind": "resident_lawsuit"}]}
                """);
    }

    @Test
    void printsPrecisionAndRecallPerRecordTypeForEachPageAndInTotal() throws Exception {
        goldFolder();
        AtomicReference<Map<RecordType, ExtractionScore.Score>> totals = new AtomicReference<>();

        String printed = output(out -> totals.set(ScoreExtraction.run(List.of(folder), false, out)));

        assertThat(totals.get().get(RecordType.NEWS)).isEqualTo(new ExtractionScore.Score(RecordType.NEWS, 1, 2, 1));
        assertThat(totals.get().get(RecordType.FILING).matched()).isZero();
        assertThat(printed).startsWith("post.html:\n")
                .contains("news       gold   1  extracted   2  matched   1  precision 0.50  recall 1.00")
                .contains("total:\n");
    }

    @Test
    void verboseNamesWhatWasMissedAndWhatWasNotExpected() throws Exception {
        goldFolder();

        String printed = output(out -> ScoreExtraction.run(List.of(folder), true, out));

        assertThat(printed).contains("missed:     {kind=resident_lawsuit}").contains("unexpected: {id=");
    }

    @Test
    void aGoldFileThatNamesNoPageIsAnErrorNamingTheFile() throws Exception {
        Files.writeString(folder.resolve("bad.gold.json"), "[1, 2]");

        assertThatThrownBy(() -> ScoreExtraction.run(List.of(folder), false, System.out))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.gold.json")
                .hasMessageContaining("\"fixture\"");
    }

    @Test
    void theKuromojiExperimentFindsAnAreaAsTheNounPhraseBeforeThePlaceParticle() {
        KuromojiAreas areas = new KuromojiAreas();

        assertThat(areas.area("駐輪場のポールにカメラが１台ある。", "１台")).isEqualTo("駐輪場");
        assertThat(areas.area("先月、公園の北東の角に立てたポールに、防犯カメラが１台取り付けられました。", "１台"))
                .isEqualTo("公園の北東の角");
        assertThat(areas.area("２階の市民課前の廊下の天井に２基。", "２基")).isEqualTo("市民課前の廊下");
        assertThat(areas.area("カメラが１台ある。", "１台")).as("no place particle, no area").isNull();
    }

    @Test
    void scoringWithTheExperimentsAreasAndTimingPrintBoth() throws Exception {
        goldFolder();

        String printed = output(out -> {
            KuromojiAreas areas = new KuromojiAreas();
            ScoreExtraction.run(List.of(folder), false, out, areas::withAreas);
            ScoreExtraction.speed(List.of(folder), 0.2, areas, out);
        });

        assertThat(printed).contains("total:\n").containsPattern("speed: 1 pages, 1 posts, \\d+ characters of post text")
                .containsPattern("\\d+ posts/s of CPU time").containsPattern("ms of CPU time per post");
    }
}
