package org.civicwatch.importers.json;

import java.io.IOException;
import java.io.InputStream;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.importers.json.internal.JsonTree;
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
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a civicwatch JSON document with a streaming parser, one array element at a time, so memory
 * holds one record whatever the size of the document.
 */
final class JsonDocumentReader extends JsonReading {
    private static final String MEMBERS = String.join(", ", DatasetTree.members());

    private final JsonParser parser;
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
        this.parser = JsonMapping.mapper(maxDocumentLength).createParser(Utf8.reader(in));
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
                parser.skipChildren();
            }
        } else {
            problems.report(new DataException(here(0).atField("/" + JsonTrees.escape(name)), "unknown member '"
                    + name + "'; a civicwatch document has " + MEMBERS), null);
            parser.skipChildren();
        }
    }

    @CheckForNull
    private CivicRecord element(RecordType type, int i, JsonToken t) {
        long record = ++records;
        String base = "/" + DatasetTree.member(type) + "/" + i;
        if (t != JsonToken.START_OBJECT) {
            problems.report(new DataException(here(record).atField(base), "expected an object ("
                    + type.singular() + "), got " + describe(t)), null);
            parser.skipChildren();
            return null;
        }
        JsonTree tree = tree(base, record);
        return record(type, tree, base, record, () -> JsonTrees.toJson(tree.value()));
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
