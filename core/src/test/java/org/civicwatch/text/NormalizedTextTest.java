package org.civicwatch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            平成２９年         | 平成29年
            （月）             | (月)
            ㍻29年             | 平成29年
            3～30階            | 3~30階
            3〜30階            | 3~30階
            3－30階            | 3-30階
            3–30階             | 3-30階
            ＢＦ１             | BF1
            ｶﾞｲﾄﾞ              | ガイド
            """)
    void normalisesOneSpellingOfEachCharacter(String text, String normalised) {
        assertThat(NormalizedText.normalize(text)).isEqualTo(normalised);
    }

    @Test
    void everyKindOfSpaceBecomesOneSpace() {
        assertThat(NormalizedText.normalize("1\u3000階\t2\n")).isEqualTo("1 階 2 ");
    }

    @Test
    void mapsRangesBackToTheOriginal() {
        NormalizedText nt = NormalizedText.of("㍻29年ｶﾞ１階");

        assertThat(nt.text()).isEqualTo("平成29年ガ1階");
        assertThat(nt.originalSlice(0, 2)).isEqualTo("㍻");
        assertThat(nt.originalSlice(6, 8)).isEqualTo("１階");
        assertThat(nt.originalStart(6)).isEqualTo(6);
        assertThat(nt.originalSlice(5, 6)).isEqualTo("ｶﾞ");
    }

    @Test
    void leavesTheOriginalAsGiven() {
        NormalizedText nt = NormalizedText.of("（月）");

        assertThat(nt.original()).isEqualTo("（月）");
        assertThat(nt.originalSlice(0, 3)).isEqualTo("（月）");
    }
}
