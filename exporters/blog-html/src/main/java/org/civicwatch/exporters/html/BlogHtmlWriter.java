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

/**
 * Holds the records of one page, in any type order, and writes the page when closed: sections group and
 * sort records, so nothing can be written before the last one has come. Writes nothing if the page cannot
 * be built. Redacts each record itself, rather than being wrapped by a redacting writer, to count the names
 * it leaves out for the footer.
 */
final class BlogHtmlWriter implements RedactingWriter {
    private final OutputStream out;
    private final Dataset.Builder records;
    private final PageSettings settings;
    private int namesLeftOut;
    private boolean closed;

    BlogHtmlWriter(OutputStream out, DatasetInfo info, PageSettings settings) {
        this.out = out;
        this.records = Dataset.builder(info);
        this.settings = settings;
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

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        String page = Page.render(records.build(), settings, namesLeftOut);
        out.write(page.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
