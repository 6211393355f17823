package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalGovernmentCodeTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "100005, Gunma Prefecture",
        "010006, Hokkaido",
        "011002, Sapporo",
        "270008, Osaka Prefecture",
        "131041, Shinjuku (remainder 0)",
        "131130, Shibuya (remainder 1)",
        "432041, Arao"
    })
    void acceptsKnownCodes(String code, String name) {
        assertThat(LocalGovernmentCode.validate(code)).isEqualTo(code);
        assertThat(LocalGovernmentCode.checkDigit(code.substring(0, 5))).isEqualTo(code.charAt(5) - '0');
    }

    @Test
    void rejectsAWrongCheckDigitSuggestingTheRightCode() {
        assertThatThrownBy(() -> LocalGovernmentCode.validate("100001"))
                .isInstanceOf(ModelException.class)
                .hasMessage("check digit of \"100001\" should be 5 (did you mean 100005?)");
        assertThatThrownBy(() -> LocalGovernmentCode.validate("131049"))
                .hasMessageContaining("did you mean 131041?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000", "1000050", "10000a", "１０００５", "", " 100005"})
    void rejectsAnythingButSixDigits(String code) {
        assertThatThrownBy(() -> LocalGovernmentCode.validate(code))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("it has six digits, e.g. 100005 for Gunma Prefecture");
    }

    @Test
    void needsFiveDigitsForACheckDigit() {
        assertThatThrownBy(() -> LocalGovernmentCode.checkDigit("1000"))
                .isInstanceOf(ModelException.class).hasMessage("\"1000\" is not five digits");
    }
}
