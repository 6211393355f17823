package org.civicwatch.exporters.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.redaction.Redaction;
import org.civicwatch.redaction.RedactingWriter;
import org.civicwatch.redaction.Redactor;
import org.civicwatch.spi.Options;

/**
 * Holds the records of one page, in any type order, and writes the page when closed: sections group and
 * sort records, so nothing can be written before the last one has come. Writes nothing if the page cannot
 * be built. Redacts each record itself, rather than being wrapped by a redacting writer, to count the names
 * it leaves out for the footer.
 */
final class BlogHtmlWriter implements RedactingWriter {
    private final OutputStream out;
    private final Dataset.Builder records;
    private final Options options;
    private DatasetInfo info;
    private PageSettings settings;
    private int namesLeftOut;
    private boolean closed;

    BlogHtmlWriter(OutputStream out, DatasetInfo info, Options options) {
        this.out = out;
        this.records = Dataset.builder(info);
        this.options = options;
        this.settings = PageSettings.of(options, info);
        this.info = Redactor.redact(info, settings.redaction());
    }

    @Override
    public Redaction redaction() {
        return settings.redaction();
    }

    @Override
    public void write(CivicRecord record) {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        Objects.requireNonNull(record, "record");
        // The footer speaks of names: count those alone, whatever else the redaction leaves out.
        if (settings.redaction().covers(Redaction.privateNames())) {
            namesLeftOut += Redactor.count(record, Redaction.privateNames());
        }
        records.add(Redactor.redact(record, settings.redaction()));
    }

    /** The page is built at close, so late info replaces the info given at open, and decides the labels. */
    @Override
    public void lateInfo(DatasetInfo complete) {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        settings = PageSettings.of(options, Objects.requireNonNull(complete, "complete"));
        info = Redactor.redact(complete, settings.redaction());
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        Dataset held = records.build();
        Dataset dataset = new Dataset(info, held.incidents(), held.sightings(), held.filings(), held.news());
        String page = Page.render(dataset, settings, namesLeftOut);
        out.write(page.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
