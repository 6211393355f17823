package org.civicwatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseDatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2017年6月13日                              | 2017-06-13
            2017年6月13日 18時55分                     | 2017-06-13T18:55+09:00
            2017/6/7 0:22                              | 2017-06-07T00:22+09:00
            2006年02月01日 01時35分46秒                | 2006-02-01T01:35:46+09:00
            2017-06-13 23:48:00                        | 2017-06-13T23:48:00+09:00
            2017-06-13T23:48:00+09:00                  | 2017-06-13T23:48:00+09:00
            2017-06-13 09:00 JST                       | 2017-06-13T09:00+09:00
            2017.6.13                                  | 2017-06-13
            ２０１７／６／１３                         | 2017-06-13
            2017年6月13日 18:55                        | 2017-06-13T18:55+09:00
            2017年6月13日18時半                        | 2017-06-13T18:30+09:00
            2017年6月13日 正午                         | 2017-06-13T12:00+09:00
            平成29年7月18日                            | 2017-07-18
            平成２９年７月１８日                       | 2017-07-18
            平成二十九年七月十八日                     | 2017-07-18
            二〇一七年六月十三日                       | 2017-06-13
            ㍻29年7月18日                              | 2017-07-18
            令和元年5月1日                             | 2019-05-01
            令和6年4月15日(月)午後4時10分頃            | 2024-04-15T16:10+09:00~
            H29.5.29                                   | 2017-05-29
            h29.5.29                                   | 2017-05-29
            R1.5.1                                     | 2019-05-01
            R元.5.1                                    | 2019-05-01
            S64.1.7                                    | 1989-01-07
            昭和64年1月7日                             | 1989-01-07
            明治6年1月1日                              | 1873-01-01
            大正15年12月24日                           | 1926-12-24
            2017年5月29日(月)                          | 2017-05-29
            2017年5月29日（月）15時                     | 2017-05-29T15:00+09:00
            2024年4月15日 月曜日                        | 2024-04-15
            2017年6月13日(火・祝)                      | 2017-06-13
            2017年6月13日 午前9時30分                  | 2017-06-13T09:30+09:00
            2017年6月13日午後0時5分                    | 2017-06-13T12:05+09:00
            2017年6月13日 午前0時                      | 2017-06-13T00:00+09:00
            2015年3月                                  | 2015-03
            ２０１５年３月                             | 2015-03
            2017年                                     | 2017
            平成29年                                   | 2017
            2017年頃                                   | 2017~
            2015年3月ごろ                              | 2015-03~
            2014年5月以降                              | 2014-05/..
            2015年4月以来                              | 2015-04/..
            2014年から                                 | 2014/..
            2015年4月18日(土)以前                      | ../2015-04-18
            2014年5月から2017年3月にかけて             | 2014-05/2017-03
            2014年5月から2017年3月まで                 | 2014-05/2017-03
            2014年5月～2017年3月                       | 2014-05/2017-03
            2017年6月13日〜2017年6月15日               | 2017-06-13/2017-06-15
            2017年6月13日から15日まで                  | 2017-06-13/2017-06-15
            2016年12月28日から1月5日                   | 2016-12-28/2017-01-05
            2017年6月13日18時から20時30分まで          | 2017-06-13T18:00+09:00/2017-06-13T20:30+09:00
            平成27年4月から平成29年3月                  | 2015-04/2017-03
            2017年度                                   | 2017-04/2018-03
            平成29年度                                 | 2017-04/2018-03
            """)
    void readsDate(String text, String edtf) {
        When when = JapaneseDates.parse(text);

        assertThat(when.edtf()).isEqualTo(edtf);
        assertThat(when.original()).isEqualTo(text);
    }

    @Test
    void timesAreMinutePreciseUnlessSecondsAreGiven() {
        assertThat(JapaneseDates.parse("2017年6月13日 18時55分").precision()).isEqualTo(When.Precision.MINUTE);
        assertThat(JapaneseDates.parse("2017年6月13日 18時").precision()).isEqualTo(When.Precision.MINUTE);
        assertThat(JapaneseDates.parse("2006年02月01日 01時35分46秒").precision()).isEqualTo(When.Precision.SECOND);
        assertThat(JapaneseDates.parse("2017年6月13日").precision()).isEqualTo(When.Precision.DAY);
    }

    @Test
    void approximateDateIsMarkedSo() {
        When when = JapaneseDates.parse("令和6年4月15日(月)午後4時10分頃");

        assertThat(when.isApproximate()).isTrue();
        assertThat(when.start().orElseThrow().offset()).isEqualTo(When.JAPAN);
    }

    @Test
    void cleanDateHasNoWarnings() {
        ParsedDate d = JapaneseDates.parseWithWarnings("平成29年7月18日(火)");

        assertThat(d.when().edtf()).isEqualTo("2017-07-18");
        assertThat(d.warnings()).isEmpty();
        assertThat(d.isClean()).isTrue();
    }

    @Test
    void readsOldEraAfterTheEraChangeWithWarning() {
        ParsedDate d = JapaneseDates.parseWithWarnings("平成31年5月1日");

        assertThat(d.when().edtf()).isEqualTo("2019-05-01");
        assertThat(d.when().original()).isEqualTo("平成31年5月1日");
        assertThat(d.warnings()).singleElement().asString()
                .contains("\"平成31年5月1日\"", "平成 era", "ended on 2019-04-30", "read as 2019-05-01");
    }

    @Test
    void readsOldEraYearAfterTheEraChangeWithWarning() {
        ParsedDate d = JapaneseDates.parseWithWarnings("平成32年");

        assertThat(d.when().edtf()).isEqualTo("2020");
        assertThat(d.warnings()).singleElement().asString().contains("read as 2020");
    }

    @Test
    void lastDayOfAnEraNeedsNoWarning() {
        assertThat(JapaneseDates.parseWithWarnings("平成31年4月30日").warnings()).isEmpty();
        assertThat(JapaneseDates.parseWithWarnings("S64.1.7").warnings()).isEmpty();
        assertThat(JapaneseDates.parseWithWarnings("S64.1.8").warnings()).hasSize(1);
    }

    @Test
    void warnsOfWeekdayThatDoesNotMatchTheDate() {
        ParsedDate d = JapaneseDates.parseWithWarnings("2017年5月30日(月)");

        assertThat(d.when().edtf()).isEqualTo("2017-05-30");
        assertThat(d.warnings()).singleElement().asString().contains("2017-05-30 is a 火曜日, not 月曜日");
    }

    @Test
    void dropsPartOfDayWithoutTimeWithWarning() {
        ParsedDate d = JapaneseDates.parseWithWarnings("2015年4月22日(水)午後");

        assertThat(d.when().edtf()).isEqualTo("2015-04-22");
        assertThat(d.warnings()).singleElement().asString().contains("午後");
    }

    @Test
    void takesMissingYearFromTheDateOfWriting() {
        ParsedDate d = JapaneseDates.parseWithWarnings("5月29日(月)15時", LocalDate.of(2017, 6, 13));

        assertThat(d.when().edtf()).isEqualTo("2017-05-29T15:00+09:00");
        assertThat(d.when().original()).isEqualTo("5月29日(月)15時");
        assertThat(d.warnings()).singleElement().asString().contains("no year", "2017", "2017-06-13");
    }

    @Test
    void missingYearIsNeverAfterTheDateOfWriting() {
        ParsedDate d = JapaneseDates.parseWithWarnings("12月28日", LocalDate.of(2017, 1, 10));

        assertThat(d.when().edtf()).isEqualTo("2016-12-28");
    }

    @Test
    void aWeekdayThatFitsOnlyTheYearAfterNamesADayAnnouncedAhead() {
        ParsedDate ahead = JapaneseDates.parseWithWarnings("9月7日（木）午後2時", LocalDate.of(2017, 6, 13));
        assertThat(ahead.when().edtf()).isEqualTo("2017-09-07T14:00+09:00");
        assertThat(ahead.warnings()).singleElement().asString().contains("no year", "2017", "木曜日");
        // a weekday that fits the year before the day of writing keeps it; one fitting neither year is only checked
        assertThat(JapaneseDates.parseWithWarnings("9月7日（水）", LocalDate.of(2017, 6, 13)).when().edtf()).isEqualTo("2016-09-07");
        ParsedDate neither = JapaneseDates.parseWithWarnings("9月7日（金）", LocalDate.of(2017, 6, 13));
        assertThat(neither.when().edtf()).isEqualTo("2016-09-07");
        assertThat(neither.warnings()).anySatisfy(w -> assertThat(w).contains("check the date"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2017年2月30日                 | day 30 of 2017-02 does not exist: 2017-02 has 28 days
            2016年2月30日                 | 2016-02 has 29 days
            2017年13月1日                 | month 13 does not exist
            2017/0/12                     | month 0 does not exist
            平成元年1月7日                | is before the 平成 era began on 1989-01-08
            平成0年5月1日                 | era year 0 does not exist
            明治5年1月1日                 | lunisolar
            2017年6月13日 25時            | does not exist: hours run 0-23
            2017年6月13日 18時60分        | does not exist
            2017年6月13日 午後12時        | ambiguous
            2017年6月13日 午後13時        | takes hours 0 to 11
            5月29日                       | the year is missing
            昨日                          | it does not start with a date
            ''                            | it does not start with a date
            2017年6月13日ごろの話         | "の話" after the date is not part of a date
            2017年6月15日から2017年6月13日 | ends before it starts
            2017                          | it does not start with a date
            """)
    void rejectsWhatIsNotADate(String text, String problem) {
        assertThatThrownBy(() -> JapaneseDates.parse(text))
                .isInstanceOf(TextParseException.class)
                .hasMessageContaining("cannot read \"" + text + "\" as a date")
                .hasMessageContaining(problem)
                .hasMessageContaining("accepted forms: 2017年6月13日")
                .extracting(e -> ((TextParseException) e).text()).isEqualTo(text);
    }

    @Test
    void findsDatesInASentence() {
        String line = "○2015年3月20日:勤務中の件で開示請求、4月22日(水)午後に意見陳述";

        List<Mention<ParsedDate>> found = JapaneseDates.findAll(line);

        assertThat(found).hasSize(2);
        assertThat(found.get(0)).satisfies(m -> {
            assertThat(m.text()).isEqualTo("2015年3月20日");
            assertThat(m.start()).isEqualTo(1);
            assertThat(line.substring(m.start(), m.end())).isEqualTo("2015年3月20日");
            assertThat(m.value().when().edtf()).isEqualTo("2015-03-20");
            assertThat(m.value().when().original()).isEqualTo("2015年3月20日");
            assertThat(m.value().warnings()).isEmpty();
        });
        assertThat(found.get(1)).satisfies(m -> {
            assertThat(m.text()).isEqualTo("4月22日(水)午後");
            assertThat(m.value().when().edtf()).isEqualTo("2015-04-22");
            assertThat(m.value().warnings()).hasSize(2).first().asString()
                    .contains("read as 2015, the year of the date before it");
        });
    }

    @Test
    void yearlessDateAfterADateInDecemberIsInTheNextYear() {
        List<Mention<ParsedDate>> found = JapaneseDates.findAll("2016年12月28日に請求し、1月5日に補正");

        assertThat(found).extracting(m -> m.value().when().edtf()).containsExactly("2016-12-28", "2017-01-05");
    }

    @Test
    void aYearlessDateToldAfterALaterOneKeepsItsYearWhenOnlyThatYearFitsItsWeekday() {
        List<Mention<ParsedDate>> found = JapaneseDates.findAll("市は９月２９日（木）、８月２７日（土）に録音した職員を訓告とした。",
                LocalDate.of(2022, 9, 30));

        assertThat(found).extracting(m -> m.value().when().edtf()).as("2023-08-27 is a Sunday")
                .containsExactly("2022-09-29", "2022-08-27");
        assertThat(JapaneseDates.findAll("2016年12月28日（水）に請求し、1月5日（木）に補正")).extracting(m -> m.value().when().edtf())
                .as("the weekday fits the next year").containsExactly("2016-12-28", "2017-01-05");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ことし3月     | 2017-03
            今年1月       | 2017-01
            去年6月       | 2016-06
            昨年の7月     | 2016-07
            一昨年        | 2015
            来年4月1日    | 2018-04-01
            """)
    void readsYearsNamedRelativeToTheDateOfWriting(String text, String edtf) {
        ParsedDate d = JapaneseDates.parseWithWarnings(text, LocalDate.of(2017, 6, 13));

        assertThat(d.when().edtf()).isEqualTo(edtf);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void relativeYearNeedsTheDateOfWriting() {
        assertThatThrownBy(() -> JapaneseDates.parse("去年6月"))
                .isInstanceOf(TextParseException.class)
                .hasMessageContaining("relative to the date of writing");
        assertThat(JapaneseDates.findAll("去年6月には")).isEmpty();
    }

    @Test
    void findPassesOverWordsThatMerelyContainAYearWord() {
        assertThat(JapaneseDates.findAll("日本年金機構の事務所", LocalDate.of(2017, 6, 13))).isEmpty();
    }

    @Test
    void findsYearlessDatesGivenTheDateOfWriting() {
        String line = "■5月29日(月)15時に会員4名で訪問し、2017年6月13日に報告";

        List<Mention<ParsedDate>> found = JapaneseDates.findAll(line, LocalDate.of(2017, 6, 13));

        assertThat(found).extracting(m -> m.value().when().edtf())
                .containsExactly("2017-05-29T15:00+09:00", "2017-06-13");
        assertThat(found).extracting(Mention::text).containsExactly("5月29日(月)15時", "2017年6月13日");
        assertThat(found.get(0).value().warnings()).hasSize(1);
        assertThat(found.get(1).start()).isEqualTo(line.indexOf("2017年"));
    }

    @Test
    void findPassesOverDatesThatDoNotExistAndNumbersThatAreNotDates() {
        assertThat(JapaneseDates.findAll("2017年2月30日に職員ら3名が14階で")).isEmpty();
    }

    @Test
    void findKeepsOffsetsInTheOriginalText() {
        String line = "（報告）平成２９年７月１８日（火）";

        Mention<ParsedDate> m = JapaneseDates.findAll(line).get(0);

        assertThat(m.text()).isEqualTo("平成２９年７月１８日（火）");
        assertThat(m.start()).isEqualTo(4);
        assertThat(m.end()).isEqualTo(line.length());
        assertThat(m.value().when().edtf()).isEqualTo("2017-07-18");
    }

    @Test
    void aYearlessDateInAMonthThatDoesNotExistIsNoDateEvenWithTheDateOfWriting() {
        LocalDate written = LocalDate.of(2017, 6, 13);
        assertThat(JapaneseDates.findAll("9999年99月99日に盗聴", written)).isEmpty();
        assertThat(JapaneseDates.findAll("0月0日と13月1日", written)).isEmpty();
    }

    @Test
    void aTwoDigitYearBeforeAMonthIsOfThisCenturyGivenTheDateOfWriting() {
        List<Mention<ParsedDate>> found = JapaneseDates.findAll("会は19年10月に請求し、翌20年2月に却下された", LocalDate.of(2021, 5, 1));

        assertThat(found).extracting(m -> m.value().when().edtf()).containsExactly("2019-10", "2020-02");
        assertThat(found).extracting(Mention::text).containsExactly("19年10月", "20年2月");
    }

    @Test
    void aTwoDigitYearAfterTheWritingOrWithoutAMonthOrADateOfWritingIsNoYear() {
        // 平成30年 written short, in 2019: not 2030, and not a November of some other year either
        assertThat(JapaneseDates.findAll("30年11月に", LocalDate.of(2019, 3, 1))).isEmpty();
        assertThat(JapaneseDates.findAll("30年11月に", LocalDate.of(2019, 12, 1))).isEmpty();
        // a month after the writing, in the year of writing
        assertThat(JapaneseDates.findAll("23年12月に", LocalDate.of(2023, 6, 13))).isEmpty();
        // a year of the last century is none of this one, and its month is not read alone
        assertThat(JapaneseDates.findAll("98年3月に", LocalDate.of(2023, 6, 13))).isEmpty();
        assertThat(JapaneseDates.findAll("創立21年の会", LocalDate.of(2023, 3, 1))).isEmpty();
        assertThat(JapaneseDates.findAll("21年11か月", LocalDate.of(2023, 3, 1))).isEmpty();
        assertThat(JapaneseDates.findAll("21年11月")).isEmpty();
    }

    @Test
    void aTwoDigitYearAfterAnotherYearsMarkIsThatYearWrittenShortNotThisCenturys() {
        LocalDate written = LocalDate.of(2023, 3, 1);
        // 同21年 after 平成20年 is 平成21年 (2009); H21 is an era's letter
        assertThat(JapaneseDates.findAll("平成20年4月に請求し、同21年11月に却下された", written))
                .extracting(m -> m.value().when().edtf()).containsExactly("2008-04");
        assertThat(JapaneseDates.findAll("H21年11月に", written)).extracting(m -> m.value().when().edtf())
                .doesNotContain("2021-11");
        // the year of writing itself, up to its month, is still read
        assertThat(JapaneseDates.findAll("23年2月に", written)).extracting(m -> m.value().when().edtf())
                .containsExactly("2023-02");
    }
}
