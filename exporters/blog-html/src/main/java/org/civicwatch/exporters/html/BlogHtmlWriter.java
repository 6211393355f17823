package org.civicwatch.exporters.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.RecordWriter;

/**
 * Holds the records of one page, in any type order, and writes the page when closed: sections group and
 * sort records, so nothing can be written before the last one has come. Writes nothing if the page cannot
 * be built.
 */
final class BlogHtmlWriter implements RecordWriter {
    private final OutputStream out;
    private final Dataset.Builder records;
    private final PageSettings settings;
    private final @CheckForNull PrivateNames privateNames;
    private boolean closed;

    BlogHtmlWriter(OutputStream out, DatasetInfo info, PageSettings settings) {
        this.out = out;
        this.records = Dataset.builder(info);
        this.settings = settings;
        this.privateNames = settings.redactPrivateNames() ? new PrivateNames() : null;
    }

    @Override
    public void write(CivicRecord record) {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        Objects.requireNonNull(record, "record");
        records.add(privateNames == null ? record : privateNames.redact(record));
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        String page = Page.render(records.build(), settings, privateNames == null ? 0 : privateNames.removed());
        out.write(page.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
