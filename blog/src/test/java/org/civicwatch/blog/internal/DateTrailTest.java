package org.civicwatch.blog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.civicwatch.model.When;
import org.civicwatch.text.Mention;
import org.junit.jupiter.api.Test;

class DateTrailTest {
    private static List<String> edtf(List<Mention<When>> dates) {
        return dates.stream().map(m -> m.value().edtf() + " " + m.text()).toList();
    }

    @Test
    void wordsThatCountFromTheDateBeforeResolveAgainstItAcrossSentences() {
        DateTrail trail = new DateTrail(LocalDate.of(2019, 2, 20));

        assertThat(edtf(trail.read("11月5日付けで提出しましたが、同月19日付けで決定通知が届きました。")))
                .containsExactly("2018-11-05 11月5日", "2018-11-19 同月19日");
        assertThat(edtf(trail.read("同日、再度提出しましたが、翌日には通知が届きました。")))
                .containsExactly("2018-11-19 同日", "2018-11-20 翌日");
        assertThat(edtf(trail.read("翌月３日に、同年１２月２５日に、前日に")))
                .containsExactly("2018-12-03 翌月３日", "2018-12-25 同年１２月２５日", "2018-12-24 前日");
        assertThat(edtf(trail.read("本日、判決が言い渡されました。"))).containsExactly("2019-02-20 本日");
        assertThat(trail.last()).isEqualTo(LocalDate.of(2019, 2, 20));
    }

    @Test
    void eraYearsFullWidthDigitsAndASpanOpenAtATimeAreReadAsTheirStart() {
        DateTrail trail = new DateTrail(LocalDate.of(2020, 3, 10));

        assertThat(edtf(trail.read("令和元年５月７日付けで")))
                .containsExactly("2019-05-07 令和元年５月７日");
        assertThat(edtf(trail.read("令和２年３月１０日午後１時１０分から判決言渡しがあり")))
                .containsExactly("2020-03-10T13:10+09:00 令和２年３月１０日午後１時１０分から");
    }

    @Test
    void aRelativeWordWithNothingBeforeItAndADayThatDoesNotExistAreNoDate() {
        DateTrail trail = new DateTrail(null);

        assertThat(trail.read("同日、翌日")).isEmpty();
        trail.read("2019年2月1日");
        assertThat(trail.read("同月30日")).isEmpty();
        assertThat(trail.last()).isEqualTo(LocalDate.of(2019, 2, 1));
    }

    @Test
    void aDateWithoutAYearFollowsTheStoryUnlessThatPutsItAfterTheDayOfWriting() {
        DateTrail trail = new DateTrail(LocalDate.of(2020, 3, 5));

        assertThat(edtf(trail.read("平成３１年２月１日付けで提出しました。"))).containsExactly("2019-02-01 平成３１年２月１日");
        assertThat(edtf(trail.read("２月２５日付けで受理されました。"))).containsExactly("2019-02-25 ２月２５日");
        assertThat(edtf(trail.read("１２月６日に結審しました。"))).containsExactly("2019-12-06 １２月６日");
        assertThat(edtf(trail.read("２月２８日に判決がありました。"))).containsExactly("2020-02-28 ２月２８日");

        DateTrail later = new DateTrail(LocalDate.of(2023, 2, 10));
        later.read("令和５年１月３０日付けで裁決がありました。");
        assertThat(edtf(later.read("１２月５日に請求しました。"))).as("the next December is after the post: the one before")
                .containsExactly("2022-12-05 １２月５日");
    }

    @Test
    void lastMonthAndThisMonthCountFromTheDayOfWriting() {
        DateTrail trail = new DateTrail(LocalDate.of(2023, 1, 27));

        assertThat(edtf(trail.read("令和４年５月１日に、先月１２日に、今月３日に")))
                .containsExactly("2022-05-01 令和４年５月１日", "2022-12-12 先月１２日", "2023-01-03 今月３日");
        assertThat(edtf(trail.read("同月２０日"))).containsExactly("2023-01-20 同月２０日");
    }

    @Test
    void aYearOrAFiscalYearIsNoMonthForTheWordsAfterItAndASessionTheyOpenAtATimeStartsAtItsMinute() {
        DateTrail trail = new DateTrail(LocalDate.of(2019, 11, 2));
        trail.read("令和元年７月１６日に請求しました。市が平成３０年度に発注した工事です。");

        assertThat(trail.read("請求は同月２５日に受理され、翌月２０日午前１０時から陳述が行われました。"))
                .extracting(m -> m.value().edtf()).containsExactly("2019-07-25", "2019-08-20T10:00+09:00");
        // a time that opens no session is not carried
        assertThat(new DateTrail(LocalDate.of(2019, 11, 2)).read("１１月１日に出し、翌日午後２時に届きました。"))
                .extracting(m -> m.value().edtf()).containsExactly("2019-11-01", "2019-11-02");
    }

    @Test
    void aMonthInTheRecordsARequestAsksForIsNoDayToCountFromAndAMonthAloneNoDayForTheNextDay() {
        DateTrail trail = new DateTrail(LocalDate.of(2022, 10, 8));
        trail.read("９月５日（月）、公文書開示請求書を出した。");
        trail.read("請求した文書は「港東署が令和４年８月に実施した訪問の記録」。");
        assertThat(edtf(trail.read("翌日、市長あてにも請求した。"))).containsExactly("2022-09-06 翌日");
        assertThat(edtf(trail.read("同月１５日付けで決定が出た。"))).containsExactly("2022-09-15 同月１５日");

        DateTrail month = new DateTrail(LocalDate.of(2022, 10, 8));
        assertThat(edtf(month.read("令和４年８月に請求し、同月２５日に決定が出て、翌日に届いた。")))
                .containsExactly("2022-08 令和４年８月", "2022-08-25 同月２５日", "2022-08-26 翌日");
        assertThat(edtf(new DateTrail(LocalDate.of(2022, 10, 8)).read("令和４年８月に請求し、翌日に届いた。")))
                .containsExactly("2022-08 令和４年８月");
    }

    @Test
    void theWeekdayWrittenAfterAMonthCountedFromTheDateBeforeDecidesTheMonth() {
        DateTrail trail = new DateTrail(LocalDate.of(2017, 6, 20));
        trail.read("例会は５月１８日（木）でした。マイクは６月８日（木）に外されました。");
        assertThat(edtf(trail.read("その翌週の同月２５日（木）に請求していました。"))).as("6月25日 is a Sunday")
                .containsExactly("2017-05-25 同月２５日");
        trail.read("６月８日（木）に外されました。");
        assertThat(edtf(trail.read("同月２２日（木）に届いた。"))).as("fits its own month").containsExactly("2017-06-22 同月２２日");
        trail.read("６月８日（木）に外されました。");
        assertThat(edtf(trail.read("同月２３日（月）に届いた。"))).as("fits no month near: as written")
                .containsExactly("2017-06-23 同月２３日");
    }
}
