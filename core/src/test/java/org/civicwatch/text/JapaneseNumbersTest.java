package org.civicwatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicwatch.model.Count;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0            | 0
            〇           | 0
            6            | 6
            ６           | 6
            六           | 6
            十           | 10
            十二         | 12
            二十         | 20
            二〇一七     | 2017
            二千十七     | 2017
            百二十三     | 123
            千           | 1000
            三千五百     | 3500
            5千          | 5000
            五十万       | 500000
            50万         | 500000
            一万二千     | 12000
            1万2345      | 12345
            1億2000万    | 120000000
            1.5万        | 15000
            1,234        | 1234
            １，２３４   | 1234
            1,234,567    | 1234567
            壱萬         | 10000
            参拾         | 30
            51億         | 5100000000
            """)
    void readsNumber(String text, long expected) {
        assertThat(JapaneseNumbers.parseNumber(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                    | there is no number
            abc                   | "a" is not part of a number
            十百                  | 百 cannot follow 十
            万億                  | there is no number before 万
            億万億                | there is no number before 億
            二〇十                | "20" before 十 is not a digit from 1 to 9
            百23                  | digits after 百 must be a single digit
            1,23                  | groups of three digits
            1.5                   | not a whole number
            1.23456万             | not a whole number
            99999999999999999999  | too large
            """)
    void rejectsWhatIsNotANumber(String text, String problem) {
        assertThatThrownBy(() -> JapaneseNumbers.parseNumber(text))
                .isInstanceOf(TextParseException.class)
                .hasMessageContaining("cannot read \"" + text + "\" as a number: ")
                .hasMessageContaining(problem)
                .hasMessageContaining("accepted forms: 123");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2基                              | 2  | EXACT
            ２基                             | 2  | EXACT
            六基                             | 6  | EXACT
            十二台                           | 12 | EXACT
            3名                              | 3  | EXACT
            職員ら3名                        |    |
            1人                              | 1  | EXACT
            5件                              | 5  | EXACT
            3箇所                            | 3  | EXACT
            3か所                            | 3  | EXACT
            3ヶ所                            | 3  | EXACT
            3ケ所                            | 3  | EXACT
            2通                              | 2  | EXACT
            11枚                             | 11 | EXACT
            4個                              | 4  | EXACT
            ひとつ                           | 1  | EXACT
            一つ                             | 1  | EXACT
            ふたり                           | 2  | EXACT
            7                                | 7  | EXACT
            約20台                           | 20 | APPROXIMATE
            およそ20台                       | 20 | APPROXIMATE
            20台ほど                         | 20 | APPROXIMATE
            20台程度                         | 20 | APPROXIMATE
            20台以上                         | 20 | AT_LEAST
            20台余り                         | 20 | AT_LEAST
            少なくとも3基                    | 3  | AT_LEAST
            20台超                           | 21 | AT_LEAST
            数十基                           |    | APPROXIMATE
            十数台                           |    | APPROXIMATE
            二十数台                         |    | APPROXIMATE
            およそ数十基                     |    | APPROXIMATE
            数台                             |    | APPROXIMATE
            複数                             |    | APPROXIMATE
            0台                              | 0  | EXACT
            ０基                             | 0  | EXACT
            ひとつも監視カメラが見当たらない | 0  | EXACT
            一つも見当たらない               | 0  | EXACT
            1台もない                        | 0  | EXACT
            1台も見つからなかった              | 0  | EXACT
            ひとつも設置されていなかった          | 0  | EXACT
            カメラは設置されていませんでした       | 0  | EXACT
            設置されていない                 | 0  | EXACT
            カメラは設置されておらず         | 0  | EXACT
            なし                             | 0  | EXACT
            """)
    void readsCount(String text, Long value, Count.Qualifier qualifier) {
        if (qualifier == null) {
            assertThatThrownBy(() -> JapaneseNumbers.parseCount(text)).isInstanceOf(TextParseException.class);
            return;
        }
        Count count = JapaneseNumbers.parseCount(text);

        assertThat(count.value()).isEqualTo(value);
        assertThat(count.qualifier()).isEqualTo(qualifier);
        assertThat(count.original()).isEqualTo(text);
    }

    @Test
    void absenceIsAFindingOfNone() {
        assertThat(JapaneseNumbers.parseCount("ひとつも監視カメラが見当たらない").isNone()).isTrue();
        assertThat(JapaneseNumbers.parseCount("0台").isNone()).isTrue();
        assertThat(JapaneseNumbers.parseCount("数十基").isNone()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''        | there is nothing to read
            3階       | not a number followed by a counter
            たくさん  | not a number followed by a counter
            20台以下  | "以下" gives an upper bound
            20台未満  | "未満" gives an upper bound
            十百台    | 百 cannot follow 十
            """)
    void rejectsWhatIsNotACount(String text, String problem) {
        assertThatThrownBy(() -> JapaneseNumbers.parseCount(text))
                .isInstanceOf(TextParseException.class)
                .hasMessageContaining("cannot read \"" + text + "\" as a count: ")
                .hasMessageContaining(problem)
                .hasMessageContaining("counters: 基 台");
    }

    @Test
    void findsCountsInASentence() {
        String line = "県庁南側ロビーの天井に2基、北側ロビーにも２基設置。";

        List<Mention<Count>> found = JapaneseNumbers.findCounts(line);

        assertThat(found).extracting(Mention::text).containsExactly("2基", "２基");
        assertThat(found).extracting(m -> m.value().value()).containsExactly(2L, 2L);
        assertThat(found).allSatisfy(m -> assertThat(line.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(found.get(1).value().original()).isEqualTo("２基");
    }

    @Test
    void findsAbsenceButNotTheFloorsBeforeIt() {
        String line = "職員が執務している3階から30階にはひとつも監視カメラが見当たらない。";

        List<Mention<Count>> found = JapaneseNumbers.findCounts(line);

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("ひとつも監視カメラが見当たらない");
            assertThat(m.value().isNone()).isTrue();
            assertThat(m.start()).isEqualTo(line.indexOf("ひとつも"));
        });
    }

    @Test
    void findsVagueCount() {
        List<Mention<Count>> found = JapaneseNumbers.findCounts("県庁内におよそ数十基あると思われる");

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("およそ数十基");
            assertThat(m.value()).isEqualTo(Count.unknown("およそ数十基"));
        });
    }

    @Test
    void findPassesOverNumbersWithoutCounters() {
        assertThat(JapaneseNumbers.findCounts("1995年に51億円の事件、県庁14階で一通り説明を受けた")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            50万円        | 500000
            ５０万円      | 500000
            500,000円     | 500000
            ¥500,000      | 500000
            ￥500,000-    | 500000
            金五十万円    | 500000
            金五十万円也  | 500000
            1億2000万円   | 120000000
            51億円        | 5100000000
            5千円         | 5000
            """)
    void readsYen(String text, long yen) {
        assertThat(JapaneseNumbers.parseYen(text)).isEqualTo(yen);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            約50万円   | a sum of money is recorded exactly
            50万       | it is not a number with 円 or ¥
            50万ドル   | it is not a number with 円 or ¥
            十百円     | 百 cannot follow 十
            """)
    void rejectsWhatIsNotASumInYen(String text, String problem) {
        assertThatThrownBy(() -> JapaneseNumbers.parseYen(text))
                .isInstanceOf(TextParseException.class)
                .hasMessageContaining("cannot read \"" + text + "\" as a sum in yen: " + problem)
                .hasMessageContaining("accepted forms: 50万円");
    }

    @Test
    void findsEveryCountOfAVeryLongSentence() {
        String endless = "天井に2基、".repeat(20_000) + "ひとつもない";
        List<Mention<Count>> found = JapaneseNumbers.findCounts(endless);
        assertThat(found).hasSize(20_001);
        assertThat(found.get(20_000).value().isNone()).isTrue();
    }
}
