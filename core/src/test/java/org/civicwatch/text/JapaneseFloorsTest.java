package org.civicwatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicwatch.model.Floor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseFloorsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1階              | 1
            １階             | 1
            14階             | 14
            十五階           | 15
            三十二階         | 32
            32F              | 32
            1F               | 1
            ２Ｆ             | 2
            地上3階          | 3
            地下1階          | -1
            地下２階         | -2
            地下 1 階        | -1
            B1               | -1
            B1F              | -1
            b1f              | -1
            Ｂ１Ｆ           | -1
            B2階             | -2
            最上階32階       | 32
            最上階の32階     | 32
            32階(最上階)     | 32
            3階から30階      | 3..30
            3階から30階まで  | 3..30
            3～30階          | 3..30
            3〜30階          | 3..30
            3-30階           | 3..30
            3－30階          | 3..30
            3‐30階           | 3..30
            3から30階        | 3..30
            3F-30F           | 3..30
            30階から3階      | 3..30
            地下1階から3階   | -1..3
            B2-3F            | -2..3
            地下1～3階       | -3..-1
            """)
    void readsFloor(String text, String floor) {
        assertThat(JapaneseFloors.parse(text)).isEqualTo(Floor.parse(floor));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            最上階       | 最上階 (the top floor) must be given with its number, as in 最上階32階
            中2階        | a mezzanine (中2階) has no whole floor number
            屋上         | the roof (屋上) has no floor number
            3階建て      | the height of a building
            0階          | there is no floor 0
            地下0階      | there is no floor 0
            3            | not a floor number with 階 or F
            3から30      | not a floor number with 階 or F
            階段         | not a floor number with 階 or F
            ''           | not a floor number with 階 or F
            """)
    void rejectsWhatIsNotAFloor(String text, String problem) {
        assertThatThrownBy(() -> JapaneseFloors.parse(text))
                .isInstanceOf(TextParseException.class)
                .hasMessageContaining("cannot read \"" + text + "\" as a floor: ")
                .hasMessageContaining(problem)
                .hasMessageContaining("accepted forms: 1階");
    }

    @Test
    void findsEveryFloorInASentenceWithItsOffsets() {
        String line = "県庁最上階32階や31階のロビー、地下1階の廊下にも設置";

        List<Mention<Floor>> found = JapaneseFloors.findAll(line);

        assertThat(found).extracting(Mention::text).containsExactly("最上階32階", "31階", "地下1階");
        assertThat(found).extracting(Mention::value).containsExactly(Floor.of(32), Floor.of(31), Floor.of(-1));
        assertThat(found).extracting(Mention::start).containsExactly(2, 9, 17);
        assertThat(found).allSatisfy(m -> assertThat(line.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void findsRangeAsOneMention() {
        String line = "職員が執務している3階から30階にはひとつも監視カメラが見当たらない";

        assertThat(JapaneseFloors.findAll(line)).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo(Floor.range(3, 30));
            assertThat(m.text()).isEqualTo("3階から30階");
            assertThat(m.start()).isEqualTo(9);
            assertThat(m.end()).isEqualTo(16);
        });
    }

    @Test
    void findKeepsOffsetsOfFullWidthText() {
        String line = "（写真）県庁１５階の健康福祉課";

        assertThat(JapaneseFloors.findAll(line)).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo(Floor.of(15));
            assertThat(m.text()).isEqualTo("１５階");
            assertThat(m.start()).isEqualTo(6);
        });
    }

    @Test
    void findPassesOverWhatIsNotAFloor() {
        assertThat(JapaneseFloors.findAll("5階建ての庁舎の中2階に2基、B5判の資料、2017年、最上階")).isEmpty();
    }

    @Test
    void aFloorWithFInsideARunOfLatinLettersAndDigitsIsPartOfACode() {
        assertThat(JapaneseFloors.findAll("記事 https://blog.goo.ne.jp/x/e/0a9b8c7d6e5f40312a3b4c5d6e7f8091 、型番AB3F")).isEmpty();
        assertThat(JapaneseFloors.findAll("1階2か所、3F・B1F、2Fの会議室")).extracting(m -> m.text())
                .containsExactly("1階", "3F", "B1F", "2F");
    }
}
