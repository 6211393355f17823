package org.civicwatch.exporters.json;

import java.io.OutputStream;
import java.util.List;
import org.civicwatch.json.JsonFormat;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;

/**
 * Writes civicwatch JSON Lines ({@link JsonFormat}, format {@code jsonl}): an info line, then one line
 * per record, {@code {"type": "sighting", "record": {...}}}, each ended by LF. Records may come in any
 * order. It has no options: a line is always compact.
 */
public final class JsonLinesExporter implements Exporter {
    private static final FormatDescriptor DESCRIPTOR = JsonFormat.linesDescriptor(List.of());

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RecordWriter open(OutputStream out, DatasetInfo info, Options options) {
        return new JsonLinesWriter(out, info);
    }
}
