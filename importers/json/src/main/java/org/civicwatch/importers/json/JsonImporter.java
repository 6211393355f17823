package org.civicwatch.importers.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;

/**
 * Reads a civicwatch JSON document ({@link JsonFormat}, format {@code json}), streaming: one record in
 * memory at a time, however large the document.
 *
 * <p>Errors carry the line, the column and the JSON Pointer of the value at fault:
 * {@code gunma.json:41:20: record 5, field '/sightings/2/place/floor': cannot read "three" as a floor}.
 * In lenient mode a bad record, or a bad member of one, is reported and passed over; malformed JSON
 * ends the read in either mode, as nothing after it can be trusted.
 */
public final class JsonImporter implements Importer {
    static final List<Option<?>> OPTIONS = options();

    private static final FormatDescriptor DESCRIPTOR = JsonFormat.documentDescriptor(OPTIONS);

    static List<Option<?>> options() {
        List<Option<?>> all = new ArrayList<>(StandardOptions.READING);
        all.addAll(JsonFormat.LIMIT_OPTIONS);
        return List.copyOf(all);
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** {@link Detection#FULL} for {@code {"civicwatch"} at the start, else {@link Detection#WEAK} for a {@code .json} name. */
    @Override
    public Detection detect(byte[] head, @CheckForNull String fileName) {
        if (Sniffing.startsWithObjectMember(head, JsonFormat.VERSION_MEMBER)) {
            return Detection.FULL;
        }
        return Importer.super.detect(head, fileName);
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) throws IOException {
        return new JsonDocumentReader(in, sourceName, options);
    }
}
