package org.civicwatch.exporters.html;

import java.io.OutputStream;
import org.civicwatch.json.JsonLdDataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.Party;
import org.civicwatch.redaction.Redactor;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;
import org.civicwatch.spi.StandardOptions;

/**
 * Writes blog HTML (format {@code html}): a self-contained UTF-8 page, or with {@link #FRAGMENT} a
 * {@code <div>} with its own small {@code <style>} block to paste into a blog editor. People read the
 * dataset's title and info, the incidents as a timeline, the sightings as a floor-by-floor table (top floor
 * first, basements last, absences marked), the filings as their chain of events with the legal outcome and
 * what really happened kept apart, and the news as citations. Labels are Japanese or English
 * ({@link #LANGUAGE}). The page is built as a jsoup DOM, so every string is escaped; only http(s) URLs become
 * links, with {@code rel="noopener noreferrer"}.
 *
 * <p>The whole dataset is embedded as JSON-LD per {@link JsonLdDataset}, so the blog HTML importer reads
 * the page back as exactly the dataset written. The same dataset always gives the same bytes.
 *
 * <p><b>Private names.</b> The standard option {@link StandardOptions#REDACT} is honoured here, and for a
 * page it defaults to {@code private-names} ({@link #REDACT}): a page is written to be published, and the
 * field catalog marks the name of anyone who is not a public figure ({@link Party#hasPublicName()} false) as
 * personal data. The core {@link Redactor} leaves such names out of the page <em>and</em> of the embedded
 * JSON-LD, and the footer says how many; {@code personal-data} also leaves out provenance quotes (which the
 * page itself never shows). For a dataset holding private names the round trip is therefore lossy by
 * design: the page reads back with those names missing (a party left with nothing but its name is left out
 * whole; an observer or filer becomes absent). Names in free text (a summary, a note) are the author's
 * responsibility and are kept. Datasets without private names, the sample among them, round-trip exactly
 * with the defaults; a lossless copy of any dataset needs {@code redact=none}, which the conformance round
 * trip of this module uses.
 *
 * <p><b>Memory.</b> Sections group records by type and sort them (the timeline by date, the table by floor),
 * so a writer from {@link #open} holds every record of the page until {@link RecordWriter#close()}, then
 * writes the page in one go: nothing is written if building the page fails. A page is for people to read,
 * so holding its records in memory is acceptable; for large datasets use JSON Lines.
 */
public final class BlogHtmlExporter implements Exporter {
    /** Which language the page's labels are in. */
    public enum LabelLanguage {
        /** English when the dataset info's language is English, Japanese otherwise. */
        AUTO,
        /** Japanese labels (階, 台数, なし). */
        JA,
        /** English labels (floor, count, none found). */
        EN
    }

    /** Write a fragment to paste into a blog editor instead of a whole page. */
    public static final Option<Boolean> FRAGMENT = Option.bool("fragment", false,
            "Write a <div> to paste into a blog editor (its styles in a <style> block inside it) instead of a"
                    + " whole page.");
    /** The language of the labels. */
    public static final Option<LabelLanguage> LANGUAGE = Option.choice("language", LabelLanguage.class,
            LabelLanguage.AUTO, "Labels in Japanese (ja) or English (en); auto: English if the dataset info's"
                    + " language is English, else Japanese.");
    /**
     * The standard {@link StandardOptions#REDACT}, on for pages: names of private persons are left out of the
     * page and of its embedded data unless {@code redact=none} is given.
     */
    public static final Option<StandardOptions.Redact> REDACT =
            StandardOptions.REDACT.withDefault(StandardOptions.Redact.PRIVATE_NAMES);

    static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("html").name("Blog HTML")
            .mediaType("text/html").extensions("html", "htm").options(FRAGMENT, LANGUAGE, REDACT)
            .description("A page or blog fragment for people to read, with the dataset embedded as JSON-LD").build();

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** True: the page is written at close, so the info may come after the records. */
    @Override
    public boolean takesLateInfo() {
        return true;
    }

    @Override
    public RecordWriter open(OutputStream out, DatasetInfo info, Options options) {
        return new BlogHtmlWriter(out, info, options);
    }
}
