package org.civicwatch.importers.json;

import java.io.InputStream;
import javax.annotation.CheckForNull;
import org.civicwatch.json.JsonFormat;
import org.civicwatch.spi.Detection;
import org.civicwatch.spi.FormatDescriptor;
import org.civicwatch.spi.Importer;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.RecordReader;

/**
 * Reads civicwatch JSON Lines ({@link JsonFormat}, format {@code jsonl}), one line at a time.
 *
 * <p>Errors carry the line, the column and the JSON Pointer within the line:
 * {@code feed.jsonl:7:45: record 6, field '/record/place/floor': cannot read "three" as a floor}.
 * In lenient mode a bad line, malformed JSON included, is reported and skipped. It takes the options of
 * {@link JsonImporter}.
 */
public final class JsonLinesImporter implements Importer {
    private static final FormatDescriptor DESCRIPTOR = JsonFormat.linesDescriptor(JsonImporter.OPTIONS);

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * {@link Detection#SOLID} when the first line is an object whose first member is {@code "type"}, else
     * {@link Detection#WEAK} for a {@code .jsonl} or {@code .ndjson} name.
     */
    @Override
    public Detection detect(byte[] head, @CheckForNull String fileName) {
        if (Sniffing.startsWithObjectMember(head, JsonFormat.TYPE_MEMBER) && Sniffing.firstLineIsObject(head)) {
            return Detection.SOLID;
        }
        return Importer.super.detect(head, fileName);
    }

    @Override
    public RecordReader open(InputStream in, String sourceName, Options options) {
        return new JsonLinesReader(in, sourceName, ReadSettings.of(options));
    }
}
