package org.civicwatch.importers.json;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.importers.json.internal.JsonTree;
import org.civicwatch.importers.json.internal.Utf8;
import org.civicwatch.json.JsonMapping;
import org.civicwatch.json.JsonTrees;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.ModelException;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.civicwatch.spi.Problem;
import org.civicwatch.spi.Problems;
import org.civicwatch.spi.RecordReader;
import org.civicwatch.spi.SeenIds;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * What both JSON readers share: decoding records and info through the catalog
 * ({@link ObjectSchema#fromTree}), locating problems, lenient mode and duplicate ids.
 */
abstract class JsonReading implements RecordReader {
    final String source;
    final Problems problems;
    final long maxRecordLength;
    final long maxDocumentLength;
    /**
     * Each id with where it was first seen, its record number and line packed in one long; the only state
     * that grows with the input, by about 22 bytes a record.
     */
    private final SeenIds ids = new SeenIds();
    DatasetInfo info = DatasetInfo.EMPTY;
    Location location;
    long records;

    JsonReading(String source, ReadSettings settings) {
        this.source = source;
        this.problems = new Problems(settings.reading());
        this.maxRecordLength = settings.maxRecordLength();
        this.maxDocumentLength = settings.maxDocumentLength();
        this.location = Location.of(source);
    }

    /** Line of a tree position: the line in the input (JSON Lines parse each line alone). */
    abstract long line(long[] position);

    /** The JSON Pointer of the record with that number in the input, as {@link #record} was given it. */
    abstract String base(long record);

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
            decoded = schema.fromTree(tree.value(), unknownFields(tree, base, record));
        } catch (ModelException e) {
            problems.report(new DataException(at(tree, base, pointer(e.field()), record), e.reason()),
                    problems.lenient() ? rejectedText.get() : null);
            return null;
        }
        long[] position = tree.position("/id");
        long first = ids.add(decoded.id(), tag(record, line(position)));
        if (first != SeenIds.NEW) {
            long firstRecord = first >>> 32;
            String firstBase = base(firstRecord);
            problems.report(new DataException(at(tree, base, "/id", record), "duplicate id '" + decoded.id()
                    + "': record " + firstRecord + " (line " + (first & 0xFFFF_FFFFL)
                    + (firstBase.isEmpty() ? "" : ", " + firstBase) + ") has it too; ids must be unique"
                    + " in a dataset"), problems.lenient() ? rejectedText.get() : null);
            return null;
        }
        long[] start = tree.position("");
        location = new Location(source, line(start), start[1], record, base.isEmpty() ? null : base);
        return decoded;
    }

    /**
     * Takes a record read on the fast path ({@link org.civicwatch.json.RecordCodec}) as the next one, if its
     * id is new; otherwise leaves everything as it was, for the tree path to read the record again and
     * report the duplicate with its location.
     *
     * @param column where the record starts on its line
     * @return whether it was taken
     */
    boolean take(CivicRecord decoded, long line, long column, String base) {
        return take(decoded, line, line, column, base);
    }

    /**
     * Takes a record read on the fast path, as {@link #take(CivicRecord, long, long, String)} does, whose
     * id is on another line than its start.
     */
    boolean take(CivicRecord decoded, long idLine, long line, long column, String base) {
        long record = records + 1;
        if (ids.add(decoded.id(), tag(record, idLine)) != SeenIds.NEW) {
            return false;
        }
        records = record;
        location = new Location(source, line, column, record, base.isEmpty() ? null : base);
        return true;
    }

    /** A record number and a line in one long for {@link SeenIds}: 31 bits and 32, each kept at its largest past that. */
    private static long tag(long record, long line) {
        return Math.min(record, Integer.MAX_VALUE) << 32 | Math.min(line, 0xFFFF_FFFFL);
    }

    /** Decodes the dataset info; in lenient mode a bad one is reported and left empty. */
    void info(JsonTree tree, String base) {
        try {
            info = FieldCatalog.DATASET_INFO.fromTree(tree.value(), unknownFields(tree, base, 0));
        } catch (ModelException e) {
            problems.report(new DataException(at(tree, base, pointer(e.field()), 0), e.reason()),
                    JsonTrees.toJson(tree.value()));
        }
    }

    /** An unknown member: an error in strict mode (which ends the read), left out in lenient mode. */
    private ObjectSchema.UnknownFields unknownFields(JsonTree tree, String base, long record) {
        return (path, value, message) -> {
            StringBuilder pointer = new StringBuilder();
            path.forEach(step -> pointer.append('/').append(JsonTrees.escape(String.valueOf(step))));
            Location where = at(tree, base, pointer.toString(), record);
            if (!problems.lenient()) {
                throw new DataException(where, message);
            }
            problems.report(new DataException(where, message + "; the field was left out"),
                    JsonTrees.toJson(Collections.singletonMap(String.valueOf(path.get(path.size() - 1)), value)));
        };
    }

    /** A catalog path ({@code events[1].when}) as a JSON Pointer ({@code /events/1/when}); "" for null. */
    static String pointer(@CheckForNull String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("/");
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                if (s.length() > 1) {
                    s.append('/');
                }
            } else if (c != ']') {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** A value that is too long, as an error at the start of the value. */
    DataException tooLong(JsonParser p, long line, long record) {
        TokenStreamLocation at = p.currentLocation();
        return tooLong(new Location(source, line, at.getColumnNr(), record, pointer(p)));
    }

    /** A value that is too long, as an error where it passes the limit. */
    DataException tooLong(Location where) {
        return new DataException(where, "the record is longer than " + maxRecordLength
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
        return new DataException(where, JsonMapping.explain(e), e);
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
