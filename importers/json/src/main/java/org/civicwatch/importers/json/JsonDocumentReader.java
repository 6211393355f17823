package org.civicwatch.importers.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.importers.json.internal.JsonTree;
import org.civicwatch.importers.json.internal.Recording;
import org.civicwatch.json.RecordCodec;
import tools.jackson.core.TokenStreamContext;
import org.civicwatch.importers.json.internal.Utf8;
import org.civicwatch.json.JsonFormat;
import org.civicwatch.json.JsonMapping;
import org.civicwatch.json.JsonTrees;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a civicwatch JSON document with a streaming parser, one array element at a time, so memory
 * holds one record whatever the size of the document.
 */
final class JsonDocumentReader extends JsonReading {
    private static final String MEMBERS = String.join(", ", DatasetTree.members());
    /** The index of the id among each record type's fields, by the type's ordinal. */
    private static final int[] ID = java.util.Arrays.stream(RecordType.values())
            .mapToInt(t -> FieldCatalog.schema(t).indexOf("id")).toArray();

    private final Recording text;
    private final JsonParser parser;
    /** The line of the id of the record read last on the fast path, as {@code ids[0]}. */
    private final long[] idLine = new long[1];
    /** The members of the document read so far. */
    private final Set<String> members = new HashSet<>();
    private boolean started;
    private boolean finished;
    private boolean versionSeen;
    private boolean infoSeen;
    private @CheckForNull RecordType array;
    private int index;
    /** For each array read, the number of records before it and its type, to name a record by its number. */
    private long[] arrayStarts = new long[4];
    private RecordType[] arrayTypes = new RecordType[4];
    private int arrays;

    JsonDocumentReader(InputStream in, String source, ReadSettings settings) throws IOException {
        super(source, settings);
        // A record read on the fast path and found irregular is read again from its text; one longer than
        // the limit is kept up to what the tree form needs to find where it passes the limit (past a string
        // of the longest length allowed).
        this.text = new Recording(Utf8.reader(in), maxRecordLength + 2L * JsonMapping.MAX_STRING_LENGTH + 8192);
        // A member given twice is found by RecordCodec in records, by JsonTrees elsewhere, and here at the top.
        this.parser = JsonMapping.factoryFindingNoDuplicates(maxDocumentLength)
                .createParser(ObjectReadContext.empty(), text);
    }

    @Override
    long line(long[] position) {
        return position[0];
    }

    @Override
    String base(long record) {
        int a = arrays - 1;
        while (a > 0 && arrayStarts[a] >= record) {
            a--;
        }
        return "/" + DatasetTree.member(arrayTypes[a]) + "/" + (record - arrayStarts[a] - 1);
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        if (finished) {
            return null;
        }
        try {
            if (!started) {
                start();
            }
            while (true) {
                if (array != null) {
                    JsonToken t = parser.nextToken();
                    if (t == JsonToken.END_ARRAY) {
                        array = null;
                        continue;
                    }
                    CivicRecord r = element(array, index++, t);
                    if (r != null) {
                        return r;
                    }
                    continue;
                }
                JsonToken t = parser.nextToken();
                if (t == JsonToken.END_OBJECT) {
                    finish();
                    return null;
                }
                String name = parser.currentName();
                if (!members.add(name)) {
                    throw JsonTrees.duplicate(parser, name);
                }
                member(name, parser.nextToken());
            }
        } catch (JacksonException e) {
            finished = true;
            throw malformed(e, parser, 0, array == null ? 0 : records);
        }
    }

    /** True once the {@code info} member is read: a document holds one (a second is malformed JSON). */
    @Override
    public boolean infoComplete() {
        return infoSeen || finished;
    }

    private void start() {
        started = true;
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_OBJECT) {
            finished = true;
            throw new DataException(here(0), (t == null ? "the input is empty" : "the input starts with "
                    + describe(t)) + "; a civicwatch JSON document is an object: {\"civicwatch\": \"1\", \"info\": {...},"
                    + " \"incidents\": [...], ...}");
        }
    }

    private void member(String name, JsonToken value) {
        if (name.equals(JsonFormat.VERSION_MEMBER)) {
            if (value != JsonToken.VALUE_STRING || !parser.getString().equals(JsonFormat.VERSION)) {
                finished = true;
                throw new DataException(here(0).atField("/" + name), "unsupported version "
                        + (value == JsonToken.VALUE_STRING ? "\"" + parser.getString() + "\"" : describe(value))
                        + ": this reader reads civicwatch JSON version \"" + JsonFormat.VERSION + "\"");
            }
            versionSeen = true;
        } else if (name.equals(JsonFormat.INFO_MEMBER)) {
            JsonTree tree = tree("/" + name, 0);
            info(tree, "/" + name);
            infoSeen = true;
        } else if (DatasetTree.recordsIn(name).isPresent()) {
            if (value == JsonToken.START_ARRAY) {
                array = DatasetTree.recordsIn(name).orElseThrow();
                index = 0;
                if (arrays == arrayStarts.length) {
                    arrayStarts = java.util.Arrays.copyOf(arrayStarts, arrays * 2);
                    arrayTypes = java.util.Arrays.copyOf(arrayTypes, arrays * 2);
                }
                arrayStarts[arrays] = records;
                arrayTypes[arrays++] = array;
            } else {
                problems.report(new DataException(here(0).atField("/" + name), "expected an array of " + name
                        + ", got " + describe(value)), null);
                JsonTrees.skip(parser);
            }
        } else {
            problems.report(new DataException(here(0).atField("/" + JsonTrees.escape(name)), "unknown member '"
                    + name + "'; a civicwatch document has " + MEMBERS), null);
            JsonTrees.skip(parser);
        }
    }

    @CheckForNull
    private CivicRecord element(RecordType type, int i, JsonToken t) {
        long record = records + 1;
        String base = "/" + DatasetTree.member(type) + "/" + i;
        if (t != JsonToken.START_OBJECT) {
            records = record;
            problems.report(new DataException(here(record).atField(base), "expected an object ("
                    + type.singular() + "), got " + describe(t)), null);
            JsonTrees.skip(parser);
            return null;
        }
        TokenStreamLocation start = parser.currentTokenLocation();
        text.keepFrom(start.getCharOffset());
        try {
            CivicRecord plain;
            try {
                plain = plainRecord(type, start, base);
            } catch (JacksonException e) {
                records = record;
                throw e;
            }
            if (plain != null) {
                return plain;
            }
            records = record;
            JsonTree tree = again(start, base, record);
            return record(type, tree, base, record, () -> JsonTrees.toJson(tree.value()));
        } finally {
            text.done();
        }
    }

    /**
     * Reads a record straight into its type when it is plainly valid, short enough and its id new;
     * otherwise reads on to its end and gives null, for {@link #again} to read it again and say why.
     */
    @CheckForNull
    private CivicRecord plainRecord(RecordType type, TokenStreamLocation start, String base) {
        RecordCodec<? extends CivicRecord> codec = RecordCodec.of(FieldCatalog.schema(type));
        TokenStreamContext object = parser.streamReadContext();
        CivicRecord r;
        idLine[0] = start.getLineNr();
        try {
            r = codec.read(parser, ID[type.ordinal()], idLine);
        } catch (RecordCodec.Irregular e) {
            // On to the record's end, where the tree form would stand.
            while (parser.streamReadContext() != object.getParent() || parser.currentToken() != JsonToken.END_OBJECT) {
                parser.nextToken();
            }
            return null;
        }
        if (parser.currentLocation().getCharOffset() - start.getCharOffset() > maxRecordLength) {
            return null;
        }
        return take(r, idLine[0], start.getLineNr(), start.getColumnNr(), base) ? r : null;
    }

    /** Reads a record again from its text, through its tree, which locates every problem. */
    private JsonTree again(TokenStreamLocation start, String base, long record) {
        long end = parser.currentLocation().getCharOffset();
        try (JsonParser p = JsonMapping.mapper(maxDocumentLength).createParser(text.text(end))) {
            p.nextToken();
            try {
                return JsonTree.read(p, maxRecordLength, start.getLineNr(), start.getColumnNr());
            } catch (JsonTree.TooLongException e) {
                finished = true;
                long[] at = JsonTree.shift(p.currentLocation(), start.getLineNr(), start.getColumnNr());
                String inside = pointer(p);
                throw tooLong(new Location(source, at[0], at[1], record, inside == null ? base : base + inside));
            } catch (JacksonException e) {
                finished = true;
                if (!text.cut()) {
                    // The whole record was kept, and read once: a member given twice, which only this parser
                    // looks for.
                    long[] at = JsonTree.shift(e.getLocation() == null ? p.currentLocation() : e.getLocation(),
                            start.getLineNr(), start.getColumnNr());
                    String inside = pointer(p);
                    throw new DataException(new Location(source, at[0], at[1], record,
                            inside == null ? base : base + inside), JsonMapping.explain(e), e);
                }
                // Otherwise only a record cut short ends early, one longer than the limit.
                throw tooLong(new Location(source, parser.currentLocation().getLineNr(),
                        parser.currentLocation().getColumnNr(), record, base));
            }
        }
    }

    private JsonTree tree(String base, long record) {
        try {
            return JsonTree.read(parser, maxRecordLength);
        } catch (JsonTree.TooLongException e) {
            finished = true;
            throw tooLong(parser, parser.currentLocation().getLineNr(), record);
        }
    }

    private void finish() {
        finished = true;
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw new DataException(here(0), "there is more after the end of the document: " + describe(after));
        }
        if (!versionSeen) {
            throw new DataException(Location.at(source, 1, 1), "not a civicwatch JSON document: the member"
                    + " \"civicwatch\": \"" + JsonFormat.VERSION + "\" is missing");
        }
    }

    private Location here(long record) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return new Location(source, at.getLineNr(), at.getColumnNr(), record, null);
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    @Override
    public void close() {
        finished = true;
        parser.close();
    }
}
