package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Locale-sensitive cases rerun under a Turkish default locale (where "I".toLowerCase() is "ı") and under
 * locales that write digits other than 0-9.
 */
class TurkishLocaleTest {
    private Locale saved;

    @BeforeEach
    void turkish() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void namesRecordTypesWithoutTurkishCaseRules() {
        assertThat(RecordType.named("INCIDENTS")).contains(RecordType.INCIDENT);
        assertThat(RecordType.named("FILING")).contains(RecordType.FILING);
        assertThat(RecordType.INCIDENT.singular()).isEqualTo("incident");
    }

    @Test
    void namesTheDeviceInAMessageWithoutTurkishCaseRules() {
        assertThatThrownBy(() -> Sighting.builder("s").device(DeviceType.MICROPHONE).cameraType(CameraType.FIXED)
                .build()).hasMessageEndingWith("the device is microphone");
        assertThat(DeviceType.valueOf("MICROPHONE").osmSurveillanceType()).isEqualTo("other");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "ar-EG", "hi-IN-u-nu-deva", "th-TH-u-nu-thai", "fa"})
    void writesDatesWithAsciiDigitsInAnyLocale(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));

        assertThat(When.parse("2017-06-13T23:48:05+09:00").edtf()).isEqualTo("2017-06-13T23:48:05+09:00");
        assertThat(When.parse("2014-05/..").approximate().edtf()).isEqualTo("2014-05~/..");
        assertThat(When.ofYear(7).edtf()).isEqualTo("0007");
        assertThatThrownBy(() -> When.parse("2017-02-30")).hasMessageContaining("2017-02-30 does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "ar-EG", "hi-IN-u-nu-deva"})
    void writesFloorsAndCodesWithAsciiDigitsInAnyLocale(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));

        assertThat(Floor.range(3, 30).toString()).isEqualTo("3..30");
        assertThat(Floor.range(3, 30).osmLevel()).isEqualTo("2-29");
        assertThat(Floor.parse("-1").osmLevel()).isEqualTo("-1");
        assertThatThrownBy(() -> LocalGovernmentCode.validate("100001")).hasMessageContaining("did you mean 100005?");
    }
}
