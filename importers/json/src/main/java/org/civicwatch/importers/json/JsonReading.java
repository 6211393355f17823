package org.civicwatch.importers.json;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.importers.json.internal.Decoder;
import org.civicwatch.importers.json.internal.JsonTree;
import org.civicwatch.importers.json.internal.TreeWriter;
import org.civicwatch.importers.json.internal.Utf8;
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

    JsonReading(String source, Options options) {
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
     * @param rejectedText makes the input to hand aside if it is rejected (only then: it may be long)
     */
    @CheckForNull
    CivicRecord record(RecordType type, JsonTree tree, String base, long record, Supplier<String> rejectedText) {
        ObjectSchema<? extends CivicRecord> schema = FieldCatalog.schema(type);
        CivicRecord decoded;
        try {
            decoded = Decoder.decode(schema, tree.value(), unknownFields(tree, base, record));
        } catch (Decoder.Mismatch m) {
            problems.report(new DataException(at(tree, base, m.pointer(), record), m.getMessage()),
                    problems.lenient() ? rejectedText.get() : null);
            return null;
        }
        long[] position = tree.position("/id");
        Seen first = ids.putIfAbsent(decoded.id(), new Seen(record, line(position), base));
        if (first != null) {
            problems.report(new DataException(at(tree, base, "/id", record), "duplicate id '" + decoded.id()
                    + "': record " + first.record() + " (line " + first.line()
                    + (first.pointer().isEmpty() ? "" : ", " + first.pointer()) + ") has it too; ids must be unique"
                    + " in a dataset"), problems.lenient() ? rejectedText.get() : null);
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
            if (io.getCause() instanceof CharacterCodingException coding) {
                return new DataException(where, Utf8.problem(coding), e);
            }
            throw io.getCause();
        }
        return new DataException(where, explain(e), e);
    }

    private static final Pattern LIMIT = Pattern.compile(" \\((\\d+), from `[^`]*`\\)");
    private static final Pattern JACKSON_HINT = Pattern.compile(
            "(: enable `[^`]*` to allow| \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)"
                    + "| \\(start marker at \\[[^\\]]*\\]\\))");

    /** Jackson's complaint in words for the person holding the file, without advice meant for Jackson's users. */
    static String explain(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            String limit = LIMIT.matcher(message).replaceAll(" ($1)");
            return "the input passes a read limit: " + limit + (limit.startsWith("Document length")
                    ? "; raise the option max-document-length if it is meant to be"
                    : "; civicwatch JSON sets this limit so that a hostile file cannot exhaust memory (see 'Read"
                    + " limits' in the JSON importer's README)");
        }
        if (message.startsWith("Non-standard token")) {
            return "malformed JSON: " + message.replaceAll(":.*", "") + ": NaN and Infinity are not JSON numbers;"
                    + " leave the value out instead";
        }
        if (message.contains("ALLOW_COMMENTS")) {
            return "malformed JSON: a comment; JSON has none, remove it";
        }
        if (message.startsWith("Duplicate Object property")) {
            return "malformed JSON: " + message.replace("Duplicate Object property", "member")
                    + " appears twice in one object; keep one";
        }
        return "malformed JSON: " + JACKSON_HINT.matcher(message).replaceAll("");
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
