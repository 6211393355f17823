package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.civicwatch.model.When.Point;
import org.civicwatch.model.When.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WhenTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2017", "0000", "9999", "2015-03", "2017-05-29", "2016-02-29", "2017-05-29T15:00", "2017-05-29T15:00+09:00",
        "2017-06-13T23:48:00+09:00", "2017-06-13T10:00Z", "2017-06-13T10:00:59-05:30", "2017-06-13T00:00+14:00",
        "2014-05/2017-03", "2014-05/..", "../2017", "/2017", "2017/", "2017~", "2017?", "2017%", "2017-05~/2017-06",
        "2017-05-29?/2017-06-13%", "2017-05-29T15:00+09:00/2017-05-29T16:30+09:00", "2017-05-29/2017-05-29",
        "2017-05-29T23:59:59~"
    })
    void roundTripsEdtfExactly(String edtf) {
        assertThat(When.parse(edtf).edtf()).isEqualTo(edtf);
        assertThat(When.parse(edtf).toString()).isEqualTo(edtf);
        assertThat(When.parse(edtf)).isEqualTo(When.parse(edtf));
    }

    @Test
    void writesAZeroOffsetAsZ() {
        assertThat(When.parse("2017-06-13T10:00+00:00").edtf()).isEqualTo("2017-06-13T10:00Z");
    }

    @ParameterizedTest
    @CsvSource({
        "2017, YEAR",
        "2015-03, MONTH",
        "2017-05-29, DAY",
        "2017-05-29T15:00+09:00, MINUTE",
        "2017-06-13T23:48:00+09:00, SECOND",
        "2014-05/2017-03, MONTH",
        "../2017-03-01, DAY",
        "2017~, YEAR"
    })
    void knowsItsPrecision(String edtf, Precision precision) {
        assertThat(When.parse(edtf).precision()).isEqualTo(precision);
    }

    @Test
    void readsTheFieldsOfAMinuteInJapanTime() {
        Point p = When.parse("2017-05-29T15:00+09:00").start().orElseThrow();

        assertThat(p).isEqualTo(new Point(2017, 5, 29, 15, 0, null, When.JAPAN, false, false));
        assertThat(When.parse("2017-05-29T15:00+09:00").isInterval()).isFalse();
        assertThat(When.parse("2017-05-29T15:00+09:00").end()).isEmpty();
    }

    @Test
    void readsASpanWithBothEnds() {
        When span = When.parse("2014-05/2017-03");

        assertThat(span.isInterval()).isTrue();
        assertThat(span.start()).contains(new Point(2014, 5, null, null, null, null, null, false, false));
        assertThat(span.end()).contains(new Point(2017, 3, null, null, null, null, null, false, false));
        assertThat(span.isOpenStart()).isFalse();
        assertThat(span.isOpenEnd()).isFalse();
        assertThat(span.firstDay()).contains(LocalDate.of(2014, 5, 1));
    }

    @Test
    void tellsAnOpenEndFromAnUnknownOne() {
        assertThat(When.parse("2014-05/..").isOpenEnd()).isTrue();
        assertThat(When.parse("2014-05/..").end()).isEmpty();
        assertThat(When.parse("2014-05/").isOpenEnd()).isFalse();
        assertThat(When.parse("2014-05/").end()).isEmpty();
        assertThat(When.parse("../2017").isOpenStart()).isTrue();
        assertThat(When.parse("/2017").isOpenStart()).isFalse();
        assertThat(When.parse("/2017").start()).isEmpty();
        assertThat(When.parse("../2017").firstDay()).isEmpty();
        assertThat(When.parse("../2017").precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void readsApproximateAndUncertainQualifiers() {
        assertThat(When.parse("2017~").isApproximate()).isTrue();
        assertThat(When.parse("2017~").isUncertain()).isFalse();
        assertThat(When.parse("2017?").isUncertain()).isTrue();
        assertThat(When.parse("2017?").isApproximate()).isFalse();
        assertThat(When.parse("2017%").isApproximate()).isTrue();
        assertThat(When.parse("2017%").isUncertain()).isTrue();
        assertThat(When.parse("2017-05~/2017-06").isApproximate()).isTrue();
        assertThat(When.parse("2017").isApproximate()).isFalse();
    }

    @Test
    void marksEveryEndApproximate() {
        assertThat(When.parse("2017-05/2017-06?").approximate().edtf()).isEqualTo("2017-05~/2017-06%");
        assertThat(When.parse("2014-05/..").approximate().edtf()).isEqualTo("2014-05~/..");
    }

    @Test
    void givesTheFirstDayOfEachPrecision() {
        assertThat(When.parse("2017").firstDay()).contains(LocalDate.of(2017, 1, 1));
        assertThat(When.parse("2015-03").firstDay()).contains(LocalDate.of(2015, 3, 1));
        assertThat(When.parse("2017-06-13T23:48:00+09:00").firstDay()).contains(LocalDate.of(2017, 6, 13));
        assertThat(When.parse("2016-02").start().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(When.parse("2017").start().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @Test
    void buildsTheSameValuesItParses() {
        assertThat(When.ofYear(2017)).isEqualTo(When.parse("2017"));
        assertThat(When.of(YearMonth.of(2015, 3))).isEqualTo(When.parse("2015-03"));
        assertThat(When.of(LocalDate.of(2017, 5, 29))).isEqualTo(When.parse("2017-05-29"));
        OffsetDateTime t = OffsetDateTime.of(2017, 6, 13, 23, 48, 7, 0, When.JAPAN);
        assertThat(When.ofMinute(t)).isEqualTo(When.parse("2017-06-13T23:48+09:00"));
        assertThat(When.ofSecond(t)).isEqualTo(When.parse("2017-06-13T23:48:07+09:00"));
        assertThat(When.ofSecond(t.withOffsetSameLocal(ZoneOffset.UTC)).edtf()).isEqualTo("2017-06-13T23:48:07Z");
        assertThat(When.span(When.parse("2014-05").start().orElseThrow(), null))
                .isEqualTo(When.parse("2014-05/.."));
        assertThat(When.span(null, When.parse("2017").start().orElseThrow())).isEqualTo(When.parse("../2017"));
    }

    @Test
    void ordersByEarliestMomentWithOpenStartsFirst() {
        List<When> values = new ArrayList<>(List.of(When.parse("2017-06"), When.parse("2017"),
                When.parse("../2016"), When.parse("2017-05-29T15:00+09:00"), When.parse("2016-12-31")));
        Collections.sort(values);

        assertThat(values).extracting(When::edtf)
                .containsExactly("../2016", "2016-12-31", "2017", "2017-05-29T15:00+09:00", "2017-06");
    }

    @Test
    void comparesTimesWithDifferentOffsetsAsInstants() {
        // 18:55 in Japan is 09:55 UTC, before 10:00 UTC
        assertThat(When.parse("2017-06-13T18:55+09:00")).isLessThan(When.parse("2017-06-13T10:00Z"));
        assertThat(When.parse("2017-06-13T18:55+09:00/2017-06-13T10:00Z").isInterval()).isTrue();
    }

    @Test
    void keepsTheOriginalTextAndCountsItForEquality() {
        When plain = When.parse("2017-07-18");
        When read = plain.withOriginal("平成29年7月18日");

        assertThat(read.original()).isEqualTo("平成29年7月18日");
        assertThat(read.edtf()).isEqualTo("2017-07-18");
        assertThat(plain.original()).isNull();
        assertThat(read).isNotEqualTo(plain);
        assertThat(read).isEqualTo(When.parse("2017-07-18").withOriginal("平成29年7月18日"));
        assertThat(read.hashCode()).isEqualTo(When.parse("2017-07-18").withOriginal("平成29年7月18日").hashCode());
        assertThat(read.withOriginal("")).isEqualTo(plain);
        assertThat(read.approximate().original()).isEqualTo("平成29年7月18日");
    }

    @Test
    void ordersConsistentlyWithEquals() {
        TreeSet<When> set = new TreeSet<>(List.of(When.parse("2017").withOriginal("2017年"), When.parse("2017"),
                When.parse("2017").withOriginal("平成29年")));

        assertThat(set).hasSize(3);
        assertThat(set.first().original()).isNull();
    }

    @Test
    void acceptsFebruaryTwentyNinthInALeapYearOnly() {
        assertThat(When.parse("2016-02-29").firstDay()).contains(LocalDate.of(2016, 2, 29));
        assertThatThrownBy(() -> When.parse("2017-02-29"))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("2017-02-29 does not exist: 2017-02 has 28 days");
    }

    @Test
    void rejectsFebruaryThirtiethNamingTheDay() {
        assertThatThrownBy(() -> When.parse("2017-02-30"))
                .isInstanceOf(ModelException.class)
                .hasMessage("cannot read \"2017-02-30\": 2017-02-30 does not exist: 2017-02 has 28 days");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2017-13           | month 13 does not exist: months run from 01 to 12",
        "2017-00           | month 0 does not exist: months run from 01 to 12",
        "2017-05-29T24:00  | does not exist: hours run 00-23",
        "2017-05-29T12:60  | does not exist: hours run 00-23, minutes and seconds 00-59",
        "2017-03/2016      | the span 2017-03/2016 ends before it starts",
        "2017-05-29T16:00+09:00/2017-05-29T06:30Z | ends before it starts",
        "../..             | is a span with neither a start nor an end",
        "/                 | is a span with neither a start nor an end",
        "2017/2018/2019    | has more than one '/'",
        "yesterday         | cannot read \"yesterday\" as an EDTF date",
        "17-05-29          | expected a form such as 2017",
        "2017-5-29         | cannot read \"2017-5-29\" as an EDTF date",
        "２０１７          | cannot read \"２０１７\" as an EDTF date",
        "2017-05-29T15:00+19:00 | is not a valid UTC offset",
        "2017-05-29 15:00  | as an EDTF date"
    })
    void rejectsInvalidTextSayingWhy(String edtf, String reason) {
        assertThatThrownBy(() -> When.parse(edtf))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining(reason)
                .extracting(e -> ((ModelException) e).field()).isNull();
    }

    @Test
    void rejectsEmptyText() {
        assertThatThrownBy(() -> When.parse("")).isInstanceOf(ModelException.class)
                .hasMessageContaining("as an EDTF date");
    }

    @Test
    void rejectsPointsWithGapsOrNegativeTimes() {
        assertThatThrownBy(() -> new Point(2017, null, 3, null, null, null, null, false, false))
                .hasMessageContaining("from the year down, without gaps");
        assertThatThrownBy(() -> new Point(2017, 1, 1, null, null, null, When.JAPAN, false, false))
                .hasMessageContaining("without gaps");
        assertThatThrownBy(() -> new Point(2017, 1, 1, -1, 0, null, null, false, false))
                .hasMessageContaining("hours run 00-23");
        assertThatThrownBy(() -> new Point(2017, 1, 1, 10, -5, null, null, false, false))
                .hasMessageContaining("minutes and seconds 00-59");
        assertThatThrownBy(() -> new Point(10000, null, null, null, null, null, null, false, false))
                .hasMessageContaining("year 10000 is outside 0000-9999");
        assertThatThrownBy(() -> new Point(2017, 1, 1, 10, 0, null, ZoneOffset.ofTotalSeconds(9 * 3600 + 30),
                false, false)).hasMessageContaining("whole minutes");
    }

    @Test
    void refusesANullPointInsteadOfWritingNull() {
        assertThatThrownBy(() -> When.of((Point) null)).isInstanceOf(NullPointerException.class).hasMessage("point");
    }

    @Test
    void refusesASpanWithNeitherEnd() {
        assertThatThrownBy(() -> When.span(null, null)).isInstanceOf(ModelException.class)
                .hasMessage("a span needs a start or an end");
    }
}
