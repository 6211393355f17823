package org.civicwatch.exporters.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicwatch.exporters.html.BlogHtmlExporter.LabelLanguage;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.redaction.Redaction;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;

class PageSettingsTest {
    private static DatasetInfo in(String language) {
        return new DatasetInfo("t", null, null, null, language, null, List.of());
    }

    @Test
    void takesTheDefaultsAndResolvesTheLabelLanguageAgainstTheDatasetInfo() {
        assertThat(PageSettings.of(Options.EMPTY, in("ja"))).isEqualTo(new PageSettings(false, LabelLanguage.JA, Redaction.privateNames()));
        assertThat(PageSettings.of(Options.EMPTY, in("en-GB")).labels()).isEqualTo(LabelLanguage.EN);
        assertThat(PageSettings.of(Options.EMPTY, in("EN")).labels()).isEqualTo(LabelLanguage.EN);
        assertThat(PageSettings.of(Options.EMPTY, in(null)).labels()).isEqualTo(LabelLanguage.JA);
    }

    @Test
    void takesEveryOptionGiven() {
        Options options = Options.EMPTY.with(BlogHtmlExporter.FRAGMENT, true)
                .with(BlogHtmlExporter.LANGUAGE, LabelLanguage.JA)
                .with(StandardOptions.REDACT, StandardOptions.Redact.NONE);

        assertThat(PageSettings.of(options, in("en"))).isEqualTo(new PageSettings(true, LabelLanguage.JA, Redaction.none()));
    }

    @Test
    void holdsAResolvedLanguageOnly() {
        assertThatThrownBy(() -> new PageSettings(false, LabelLanguage.AUTO, Redaction.privateNames()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolved");
    }
}
