package org.civicwatch.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicwatch.examples.CamerasPerFloorTest.output;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.ModelException;
import org.civicwatch.samples.SampleData;
import org.junit.jupiter.api.Test;

class FilingsByOutcomeTest {
    private static final Path SAMPLE = Path.of("data/gunma-2017.json");

    @Test
    void printsTheDismissedFilingWithItsChainAndWhatReallyHappened() throws Exception {
        String printed = output(out -> FilingsByOutcome.run(SAMPLE, List.of("dismissed"), out));
        assertThat(printed).isEqualTo("""
                gunma-2017.json: 2 filings, 1 dismissed
                dismissed
                  filing-2015-audit: resident audit request, filed 2015-03-23
                    勤務中に動画編集をしていた職員の給与返還を求める住民監査請求
                    2015-03-23  filed  住民監査請求
                    2015-04-04  correction_requested  補正通知
                    2015-04-08  corrected  補正書を提出
                    2015-04-12  correction_requested  再補正命令
                    2015-04-16  corrected  再補正書を提出
                    2015-04-18  accepted  受理
                    2015-04-22  hearing  監査委員に意見陳述
                    2015-05-31  decided  却下の監査結果
                    what happened: 職員が給与50万円を返還 (500000 JPY), 2015-07
                """);
    }

    @Test
    void withoutOutcomesGroupsEveryFilingByItsOutcome() throws Exception {
        String printed = output(out -> FilingsByOutcome.run(SAMPLE, List.of(), out));
        assertThat(printed.lines().filter(l -> !l.startsWith(" ")).toList()).containsExactly(
                "gunma-2017.json: 2 filings, by outcome", "partially_disclosed", "dismissed");
    }

    @Test
    void findsNothingForAnOutcomeNoFilingHad() throws Exception {
        assertThat(output(out -> FilingsByOutcome.run(SAMPLE, List.of("rejected", "not_held"), out)))
                .isEqualTo("gunma-2017.json: 2 filings, 0 rejected or not_held\n");
        assertThat(FilingsByOutcome.withOutcome(SampleData.gunmaPrefecturalOffice(), Set.of(FilingOutcome.DISMISSED,
                FilingOutcome.PARTIALLY_DISCLOSED))).extracting(Filing::id)
                .containsExactly("filing-2015-disclosure", "filing-2015-audit");
    }

    @Test
    void refusesAnOutcomeThatDoesNotExistListingThoseThatDo() {
        assertThatThrownBy(() -> FilingsByOutcome.run(SAMPLE, List.of("lost"), System.out))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("\"lost\" is not one of pending, disclosed, partially_disclosed, not_disclosed,"
                        + " not_held, dismissed, rejected, recommendation, withdrawn");
    }
}
