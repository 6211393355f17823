package org.civicwatch.importers.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.CheckForNull;
import org.civicwatch.json.JsonFormat;
import org.civicwatch.json.JsonMapping;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.StandardOptions;

/**
 * Reads a civicwatch JSON document ({@link JsonFormat}, format {@code json}), streaming: one record in
 * memory at a time, however large the document. Beside the standard reading options it takes
 * {@link #MAX_RECORD_LENGTH} and {@link #MAX_DOCUMENT_LENGTH}, as does {@link JsonLinesImporter}.
 *
 * <p>Errors carry the line, the column and the JSON Pointer of the value at fault:
 * {@code gunma.json:41:20: record 5, field '/sightings/2/place/floor': cannot read "three" as a floor}.
 * In lenient mode a bad record, or a bad member of one, is reported and passed over; malformed JSON
 * ends the read in either mode, as nothing after it can be trusted.
 */
public final class JsonImporter implements Importer {
    /** Default of {@link #MAX_RECORD_LENGTH}: 4 Mi chars, so that the longest record read fits a 64 MB heap. */
    public static final long DEFAULT_MAX_RECORD_LENGTH = 4L << 20;

    /** Chars in one record: a JSON Lines line, or one element of a document's arrays. */
    public static final Option<Long> MAX_RECORD_LENGTH = Option.number("max-record-length", DEFAULT_MAX_RECORD_LENGTH,
            1024, "Longest record read, in chars (a JSON Lines line, or one element of a document's arrays).");
    /** Chars in the whole input. Memory does not grow with it; it bounds the time an endless input takes. */
    public static final Option<Long> MAX_DOCUMENT_LENGTH = Option.number("max-document-length",
            JsonMapping.DEFAULT_MAX_DOCUMENT_LENGTH, 1024, "Longest input read, in chars.");

    /** The options of both JSON importers: the standard reading options and the two limits. */
    static final List<Option<?>> OPTIONS = options();

    private static final FormatDescriptor DESCRIPTOR = JsonFormat.documentDescriptor(OPTIONS);

    private static List<Option<?>> options() {
        List<Option<?>> all = new ArrayList<>(StandardOptions.READING);
        all.add(MAX_RECORD_LENGTH);
        all.add(MAX_DOCUMENT_LENGTH);
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
        return new JsonDocumentReader(in, sourceName, ReadSettings.of(options));
    }
}
