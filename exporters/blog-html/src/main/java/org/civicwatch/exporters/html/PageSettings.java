package org.civicwatch.exporters.html;

import java.util.Locale;
import org.civicwatch.exporters.html.BlogHtmlExporter.LabelLanguage;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.redaction.Redaction;
import org.civicwatch.spi.Options;

/**
 * How one page is written, taken from the exporter's options once, when a writer is opened: the writer and
 * the page read only this value.
 *
 * @param fragment a {@code <div>} to paste into a blog instead of a whole page
 * @param labels the language of the labels, {@link LabelLanguage#JA} or {@link LabelLanguage#EN} (never
 *     {@code AUTO}: that is resolved against the dataset info)
 * @param redaction what personal data to leave out of the page and its embedded data (the standard
 *     {@code redact} option, {@code private-names} by default for a page)
 */
record PageSettings(boolean fragment, LabelLanguage labels, Redaction redaction) {
    PageSettings {
        if (labels == LabelLanguage.AUTO) {
            throw new IllegalArgumentException("the label language must be resolved against the dataset info");
        }
    }

    /** {@return the settings the options give for a dataset, with {@code language=auto} resolved against its info} */
    static PageSettings of(Options options, DatasetInfo info) {
        LabelLanguage labels = options.require(BlogHtmlExporter.LANGUAGE);
        if (labels == LabelLanguage.AUTO) {
            labels = info.language() != null && info.language().toLowerCase(Locale.ROOT).startsWith("en")
                    ? LabelLanguage.EN : LabelLanguage.JA;
        }
        return new PageSettings(options.require(BlogHtmlExporter.FRAGMENT), labels,
                Redaction.from(options, BlogHtmlExporter.DESCRIPTOR));
    }
}
