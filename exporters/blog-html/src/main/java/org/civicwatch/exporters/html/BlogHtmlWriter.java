package org.civicwatch.exporters.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;

/**
 * Holds the records of one page, in any type order, and writes the page when closed: sections group and
 * sort records, so nothing can be written before the last one has come. Writes nothing if the page cannot
 * be built.
 */
final class BlogHtmlWriter implements RecordWriter {
    private final OutputStream out;
    private final Dataset.Builder records;
    private final Options options;
    private DatasetInfo info;
    private PageSettings settings;
    private final @CheckForNull PrivateNames privateNames;
    private boolean closed;

    BlogHtmlWriter(OutputStream out, DatasetInfo info, Options options) {
        this.out = out;
        this.records = Dataset.builder(info);
        this.options = options;
        this.info = info;
        this.settings = PageSettings.of(options, info);
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

    /** The page is built at close, so late info replaces the info given at open, and decides the labels. */
    @Override
    public void lateInfo(DatasetInfo complete) {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        info = Objects.requireNonNull(complete, "complete");
        settings = PageSettings.of(options, complete);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        Dataset held = records.build();
        Dataset dataset = new Dataset(info, held.incidents(), held.sightings(), held.filings(), held.news());
        String page = Page.render(dataset, settings, privateNames == null ? 0 : privateNames.removed());
        out.write(page.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
