package org.civicwatch.exporters.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicwatch.exporters.html.BlogHtmlExporter.LabelLanguage;
import org.civicwatch.exporters.html.Words.Label;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

class WordsTest {
    private final Words ja = new Words(LabelLanguage.JA);
    private final Words en = new Words(LabelLanguage.EN);

    @Test
    void knownIncidentTypesHaveWordsInBothLanguages() {
        assertThat(ja.incidentType("eavesdropping")).isEqualTo("盗聴");
        assertThat(ja.incidentType("voyeurism")).isEqualTo("盗撮");
        assertThat(ja.incidentType("stalking")).isEqualTo("ストーカー行為");
        assertThat(en.incidentType("data-misuse")).isEqualTo("data misuse");
        assertThat(ja.incidentType("data_misuse")).as("an underscore for the hyphen").isEqualTo("情報の不正利用");
        assertThat(en.incidentType(" Embezzlement ")).isEqualTo("embezzlement");
    }

    @Test
    void otherIncidentTypesReadAsWordsOrAsWritten() {
        assertThat(ja.incidentType("unlawful-filming")).isEqualTo("unlawful filming");
        assertThat(en.incidentType("records_tampering")).isEqualTo("records tampering");
        assertThat(en.incidentType("bribery")).isEqualTo("bribery");
        assertThat(ja.incidentType("公文書の改ざん")).isEqualTo("公文書の改ざん");
        assertThat(en.incidentType("Data-Misuse of a kind")).isEqualTo("Data-Misuse of a kind");
    }

    @Test
    void timesAreToTheMinuteDatesAndPeriodsAsBefore() {
        assertThat(ja.date(When.parse("2017-06-13T23:48:46+09:00"))).isEqualTo("2017年6月13日 23:48");
        assertThat(en.date(When.parse("2017-06-13T10:00:59-05:30"))).isEqualTo("2017-06-13 10:00 UTC-05:30");
        assertThat(en.date(When.parse("2017-05-29T23:59:59~"))).isEqualTo("c. 2017-05-29 23:59 JST");
        assertThat(ja.date(When.parse("2014-05/2017-03"))).isEqualTo("2014年5月〜2017年3月");
        assertThat(en.date(When.parse("2014-05/.."))).isEqualTo("from 2014-05");
    }

    @Test
    void talliesAndLabelsInEitherLanguage() {
        assertThat(en.tally(RecordType.NEWS, 1)).isEqualTo("1 news article");
        assertThat(en.tally(RecordType.SIGHTING, 13)).isEqualTo("13 sightings");
        assertThat(ja.tally(RecordType.FILING, 2)).isEqualTo("請求 2件");
        assertThat(ja.label(Label.COUNT)).isEqualTo("台数");
        assertThat(en.label(Label.LICENCE)).isEqualTo("Licence");
        assertThat(en.privateNamesLeftOut(1)).isEqualTo("1 name of private persons left out.");
    }
}
