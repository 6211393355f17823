package org.civicwatch.testplugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;

/** Writes the test line format. */
public class LineExporter implements Exporter {

    @Override
    public FormatDescriptor descriptor() {
        return LineFormat.DESCRIPTOR;
    }

    @Override
    public RecordWriter open(OutputStream out, DatasetInfo info, Options options) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("info " + LineFormat.write(FieldCatalog.DATASET_INFO.toTree(info)) + "\n");
        return new RecordWriter() {
            private boolean closed;

            @Override
            public void write(CivicRecord record) throws IOException {
                if (closed) {
                    throw new IllegalStateException("the writer is closed");
                }
                w.write(record.recordType().singular() + " "
                        + LineFormat.write(FieldCatalog.schemaOf(record).toTree(record)) + "\n");
            }

            @Override
            public void close() throws IOException {
                closed = true;
                w.flush();
            }
        };
    }
}
