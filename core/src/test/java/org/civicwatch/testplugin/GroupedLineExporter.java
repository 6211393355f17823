package org.civicwatch.testplugin;

import java.io.IOException;
import java.io.OutputStream;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;

/**
 * The test line format written by a writer that needs the records grouped by type, in the order of
 * {@link RecordType}, and says so; it refuses a record of an earlier type after a later one.
 */
public class GroupedLineExporter implements Exporter {

    @Override
    public FormatDescriptor descriptor() {
        return LineFormat.renamed("grouped", "grp");
    }

    @Override
    public boolean needsRecordsGrouped() {
        return true;
    }

    @Override
    public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
        RecordWriter lines = new LineExporter().open(out, info, options);
        return new RecordWriter() {
            private RecordType latest = RecordType.INCIDENT;

            @Override
            public void write(CivicRecord record) throws IOException {
                if (record.recordType().compareTo(latest) < 0) {
                    throw new IllegalStateException("a " + record.recordType().singular() + " after a "
                            + latest.singular());
                }
                latest = record.recordType();
                lines.write(record);
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }
}
