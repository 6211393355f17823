package org.civicwatch.exporters.json;

import java.io.OutputStream;
import java.util.List;
import org.civicwatch.importers.json.JsonFormat;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.spi.Exporter;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordWriter;

/**
 * Writes a civicwatch JSON document ({@link JsonFormat}, format {@code json}): {@code civicwatch} and
 * {@code info} first, then the four arrays in {@link org.civicwatch.model.RecordType} order, records
 * as they arrive, each in field catalog order. Records must come in
 * {@link org.civicwatch.model.Dataset#records()} order.
 */
public final class JsonExporter implements Exporter {
    /** Indent by two spaces, one member a line (the default), or write everything on one line. */
    public static final Option<Boolean> PRETTY = Option.bool("pretty", true,
            "Indent by two spaces, one member a line; false writes the document on one line.");

    private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.of(JsonFormat.DOCUMENT_ID, "civicwatch JSON",
            JsonFormat.DOCUMENT_MEDIA_TYPE, List.of("json"), List.of(PRETTY),
            "One JSON document: {\"civicwatch\": \"1\", \"info\": ..., \"incidents\": [...], ...}");

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RecordWriter open(OutputStream out, DatasetInfo info, Options options) {
        options.requireOnly(DESCRIPTOR.id(), DESCRIPTOR.options());
        return new JsonDocumentWriter(out, info, options.require(PRETTY));
    }
}
