package org.civicwatch.importers.json;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.importers.json.internal.Decoder;
import org.civicwatch.importers.json.internal.JsonTree;
import org.civicwatch.importers.json.internal.TreeWriter;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.Problems;
import org.civicwatch.spi.RecordReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * What both JSON readers share: decoding records and info through the catalog, locating problems,
 * lenient mode and duplicate ids.
 */
abstract class JsonReading implements RecordReader {
    /** Where each id was first seen: its record number and line; the only state that grows with the input. */
    private record Seen(long record, long line, String pointer) {
    }

    final String source;
    final Problems problems;
    final long maxRecordLength;
    final long maxDocumentLength;
    private final Map<String, Seen> ids = new HashMap<>();
    DatasetInfo info = DatasetInfo.EMPTY;
    Location location;
    long records;

    JsonReading(String source, Options options, List<org.civicwatch.spi.Option<?>> accepted, String formatId) {
        options.requireOnly(formatId, accepted);
        this.source = source;
        this.problems = new Problems(options);
        this.maxRecordLength = options.require(JsonFormat.MAX_RECORD_LENGTH);
        this.maxDocumentLength = options.require(JsonFormat.MAX_DOCUMENT_LENGTH);
        this.location = Location.of(source);
    }

    /** Line of a tree position: the line in the input (JSON Lines parse each line alone). */
    abstract long line(long[] position);

    /** Where a value of a tree is: the record number, and the pointer prefixed by {@code base}. */
    Location at(JsonTree tree, String base, String pointer, long record) {
        long[] position = tree.position(pointer);
        String full = base + pointer;
        return new Location(source, line(position), position[1], record, full.isEmpty() ? null : full);
    }

    /**
     * Decodes a record; null when it was rejected in lenient mode.
     *
     * @param base the pointer of the record in the input
     * @param rejected the input to hand aside if it is rejected
     */
    @CheckForNull
    CivicRecord record(RecordType type, JsonTree tree, String base, long record, String rejected) {
        ObjectSchema<? extends CivicRecord> schema = FieldCatalog.schema(type);
        CivicRecord decoded;
        try {
            decoded = Decoder.decode(schema, tree.value(), unknownFields(tree, base, record));
        } catch (Decoder.Mismatch m) {
            problems.report(new DataException(at(tree, base, m.pointer(), record), m.getMessage()), rejected);
            return null;
        }
        long[] position = tree.position("/id");
        Seen first = ids.putIfAbsent(decoded.id(), new Seen(record, line(position), base));
        if (first != null) {
            problems.report(new DataException(at(tree, base, "/id", record), "duplicate id '" + decoded.id()
                    + "': record " + first.record() + " (line " + first.line()
                    + (first.pointer().isEmpty() ? "" : ", " + first.pointer()) + ") has it too; ids must be unique"
                    + " in a dataset"), rejected);
            return null;
        }
        long[] start = tree.position("");
        location = new Location(source, line(start), start[1], record, base.isEmpty() ? null : base);
        return decoded;
    }

    /** Decodes the dataset info; in lenient mode a bad one is reported and left empty. */
    void info(JsonTree tree, String base) {
        try {
            info = Decoder.decode(FieldCatalog.DATASET_INFO, tree.value(), unknownFields(tree, base, 0));
        } catch (Decoder.Mismatch m) {
            problems.report(new DataException(at(tree, base, m.pointer(), 0), m.getMessage()),
                    TreeWriter.toJson(tree.value()));
        }
    }

    private Decoder.UnknownFields unknownFields(JsonTree tree, String base, long record) {
        return (pointer, message, member) -> {
            if (!problems.lenient()) {
                throw new Decoder.Mismatch(pointer, message);
            }
            problems.report(new DataException(at(tree, base, pointer, record), message
                    + "; the field was left out"), member);
        };
    }

    /** A value that is too long, as an error at the start of the value. */
    DataException tooLong(JsonParser p, long line, long record) {
        TokenStreamLocation at = p.currentLocation();
        return new DataException(new Location(source, line, at.getColumnNr(), record, pointer(p)),
                "the record is longer than " + maxRecordLength
                        + " chars; raise the option max-record-length if it is meant to be");
    }

    /**
     * Jackson's complaint about the input, or the input's own failure, as an error with its location.
     *
     * @param line the line, or 0 to take Jackson's
     *
     * @throws IOException if the input itself failed (not bad data)
     */
    DataException malformed(JacksonException e, @CheckForNull JsonParser p, long line, long record)
            throws IOException {
        TokenStreamLocation at = e.getLocation();
        if ((at == null || at.getLineNr() <= 0) && p != null) {
            at = p.currentLocation();
        }
        if (at == null) {
            at = TokenStreamLocation.NA;
        }
        long where0 = line > 0 ? line : at.getLineNr();
        Location where = new Location(source, Math.max(0, where0), Math.max(0, at.getColumnNr()), record,
                p == null ? null : pointer(p));
        if (e instanceof JacksonIOException io) {
            if (io.getCause() instanceof CharacterCodingException) {
                return new DataException(where, "the input is not UTF-8 text (JSON must be UTF-8)", e);
            }
            throw io.getCause();
        }
        if (e instanceof StreamConstraintsException) {
            return new DataException(where, "the input passes a read limit: " + e.getOriginalMessage()
                    + ". civicwatch limits JSON input so that a hostile file cannot exhaust memory"
                    + " (see JsonFormat)", e);
        }
        return new DataException(where, "malformed JSON: " + e.getOriginalMessage(), e);
    }

    /** The JSON Pointer of the parser's current place; null at the root. */
    @CheckForNull
    static String pointer(JsonParser p) {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        return pointer.isEmpty() ? null : pointer;
    }

    @Override
    public DatasetInfo info() {
        return info;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public List<Problem> problems() {
        return problems.list();
    }
}
