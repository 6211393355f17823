package org.civicwatch.exporters.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civicwatch.exporters.html.BlogHtmlExporter.LabelLanguage;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;

class PageSettingsTest {
    private static DatasetInfo in(String language) {
        return new DatasetInfo("t", null, null, null, language, null, List.of());
    }

    @Test
    void takesTheDefaultsAndResolvesTheLabelLanguageAgainstTheDatasetInfo() {
        assertThat(PageSettings.of(Options.EMPTY, in("ja"))).isEqualTo(new PageSettings(false, LabelLanguage.JA, true));
        assertThat(PageSettings.of(Options.EMPTY, in("en-GB")).labels()).isEqualTo(LabelLanguage.EN);
        assertThat(PageSettings.of(Options.EMPTY, in("EN")).labels()).isEqualTo(LabelLanguage.EN);
        assertThat(PageSettings.of(Options.EMPTY, in(null)).labels()).isEqualTo(LabelLanguage.JA);
    }

    @Test
    void takesEveryOptionGiven() {
        Options options = Options.EMPTY.with(BlogHtmlExporter.FRAGMENT, true)
                .with(BlogHtmlExporter.LANGUAGE, LabelLanguage.JA)
                .with(BlogHtmlExporter.REDACT_PRIVATE_NAMES, false);

        assertThat(PageSettings.of(options, in("en"))).isEqualTo(new PageSettings(true, LabelLanguage.JA, false));
    }

    @Test
    void holdsAResolvedLanguageOnly() {
        assertThatThrownBy(() -> new PageSettings(false, LabelLanguage.AUTO, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolved");
    }
}
