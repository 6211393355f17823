package org.civicwatch.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.civicwatch.model.Count;
import org.civicwatch.model.Floor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reruns the cases that touch letter case and number formatting with Turkish as the default locale,
 * where {@code "i".toUpperCase()} is {@code "İ"} and a locale-sensitive parser would go wrong.
 */
class TurkishLocaleTest {
    private static Locale saved;

    @BeforeAll
    static void useTurkish() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            h29.5.29                     | 2017-05-29
            r1.5.1                       | 2019-05-01
            S64.1.7                      | 1989-01-07
            2017-06-13T23:48:00+09:00    | 2017-06-13T23:48:00+09:00
            2017-06-13 09:00 JST         | 2017-06-13T09:00+09:00
            2017年6月13日 18時55分       | 2017-06-13T18:55+09:00
            """)
    void readsDatesWithLatinLetters(String text, String edtf) {
        assertThat(JapaneseDates.parse(text).edtf()).isEqualTo(edtf);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            b1f    | -1
            B1F    | -1
            32f    | 32
            b2-3f  | -2..3
            """)
    void readsFloorsWithLatinLetters(String text, String floor) {
        assertThat(JapaneseFloors.parse(text)).isEqualTo(Floor.parse(floor));
    }

    @Test
    void readsNumbersWithoutLocaleGrouping() {
        assertThat(JapaneseNumbers.parseNumber("1,234,567")).isEqualTo(1_234_567L);
        assertThat(JapaneseNumbers.parseCount("約20台")).isEqualTo(Count.about(20).withOriginal("約20台"));
    }

    @Test
    void messagesKeepAsciiDigits() {
        assertThatThrownBy(() -> JapaneseDates.parse("2017年2月30日"))
                .hasMessageContaining("day 30 of 2017-02 does not exist: 2017-02 has 28 days");
        assertThatThrownBy(() -> JapaneseNumbers.parseNumber("99999999999999999999"))
                .hasMessageContaining("the largest is 9223372036854775807");
    }
}
