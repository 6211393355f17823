package org.civicwatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {
    private static final Filing REQUEST = Filing.builder("p.filing-1", FilingKind.DISCLOSURE_REQUEST)
            .filed(When.parse("2018-11-05")).outcome(FilingOutcome.PARTIALLY_DISCLOSED).build();
    private static final Filing APPEAL = Filing.builder("p.filing-2", FilingKind.APPEAL)
            .filed(When.parse("2018-12-03")).precededBy("p.filing-1").build();
    private static final Dataset EXTRACTED = Dataset.of(DatasetInfo.titled("scored"), List.of(REQUEST, APPEAL));

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void matchesAReferenceByWhatTheRecordItNamesIs() {
        Map<String, Object> gold = map("filings", List.of(
                map("kind", "appeal", "precededBy", map("kind", "disclosure_request", "filed", "2018-11-05"))));

        ExtractionScore.Result r = ExtractionScore.score(gold, EXTRACTED);

        assertThat(r.of(RecordType.FILING)).isEqualTo(new ExtractionScore.Score(RecordType.FILING, 1, 2, 1));
        assertThat(r.of(RecordType.FILING).precision()).isEqualTo(0.5);
        assertThat(r.unexpected()).singleElement().satisfies(u -> assertThat(u).containsEntry("kind", "disclosure_request")
                .doesNotContainKey("provenance"));
    }

    @Test
    void aReferenceToADifferentRecordIsNoMatch() {
        Map<String, Object> gold = map("filings", List.of(
                map("kind", "appeal", "precededBy", map("filed", "2018-12-03"))));

        ExtractionScore.Result r = ExtractionScore.score(gold, EXTRACTED);

        assertThat(r.of(RecordType.FILING).matched()).isZero();
        assertThat(r.missed()).hasSize(1);
    }

    @Test
    void aNullInTheGoldFileMeansTheFieldIsAbsent() {
        Map<String, Object> absent = map("kind", "disclosure_request", "precededBy", null);
        Map<String, Object> wrongly = map("kind", "appeal", "precededBy", null);
        Map<String, Object> gold = map("filings", Arrays.asList(absent, wrongly));

        ExtractionScore.Result r = ExtractionScore.score(gold, EXTRACTED);

        assertThat(r.of(RecordType.FILING).matched()).isEqualTo(1);
        assertThat(r.of(RecordType.FILING).recall()).isEqualTo(0.5);
        assertThat(r.of(RecordType.NEWS).precision()).isEqualTo(1.0);
    }

    @Test
    void aMapGivingOnlyNullsIsMetByAnAbsentOneButOneGivingAValueIsNot() {
        Map<String, Object> nothing = map("kind", "appeal", "subject", map("text", null));
        Map<String, Object> something = map("kind", "disclosure_request", "subject", map("text", "監視カメラ"));
        Map<String, Object> gold = map("filings", Arrays.asList(nothing, something));

        ExtractionScore.Result r = ExtractionScore.score(gold, EXTRACTED);

        assertThat(r.of(RecordType.FILING).matched()).isEqualTo(1);
        assertThat(r.missed()).singleElement().isEqualTo(something);
    }

    @Test
    void scoresAddUpOverPages() {
        ExtractionScore.Score a = new ExtractionScore.Score(RecordType.NEWS, 2, 1, 1);
        ExtractionScore.Score b = new ExtractionScore.Score(RecordType.NEWS, 3, 4, 2);

        assertThat(a.plus(b)).isEqualTo(new ExtractionScore.Score(RecordType.NEWS, 5, 5, 3));
        assertThat(a.plus(b).recall()).isEqualTo(0.6);
    }

    @Test
    void aTimeWithItsZeroSecondsIsTheSameTimeButADifferentMinuteOrOffsetIsNot() {
        Filing heard = Filing.builder("p.filing-1", FilingKind.DISCLOSURE_REQUEST).filed(When.parse("2018-11-05T21:30+09:00"))
                .build();
        Dataset extracted = Dataset.of(DatasetInfo.titled("scored"), List.of(heard));

        assertThat(ExtractionScore.score(map("filings", List.of(map("filed", "2018-11-05T21:30:00+09:00"))), extracted)
                .of(RecordType.FILING).matched()).isEqualTo(1);
        assertThat(ExtractionScore.score(map("filings", List.of(map("filed", "2018-11-05T21:31:00+09:00"))), extracted)
                .of(RecordType.FILING).matched()).isZero();
        assertThat(ExtractionScore.score(map("filings", List.of(map("filed", "2018-11-05T21:30+00:00"))), extracted)
                .of(RecordType.FILING).matched()).isZero();
        assertThat(ExtractionScore.score(map("filings", List.of(map("filed", "2018-11-05"))), extracted)
                .of(RecordType.FILING).matched()).isZero();
    }

    @Test
    void aMissedRecordIsToldBesideTheNearestUnmatchedRecordWithTheFieldsItGetsWrong() {
        Map<String, Object> gold = map("filings", List.of(
                map("kind", "appeal", "filed", "2018-12-03", "outcome", "revoked"),
                map("kind", "complaint")));

        ExtractionScore.Result r = ExtractionScore.score(gold, EXTRACTED);

        assertThat(r.of(RecordType.FILING).matched()).isZero();
        // the appeal meets two of three fields; the complaint meets no field of either record, so it has no near miss
        assertThat(r.nearMisses()).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(RecordType.FILING);
            assertThat(n.wrong()).containsExactly("outcome");
            assertThat(n.nearest()).containsEntry("kind", "appeal");
        });
    }
}
