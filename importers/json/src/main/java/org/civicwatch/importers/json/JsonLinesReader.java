package org.civicwatch.importers.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;
import org.civicwatch.importers.json.internal.JsonTree;
import org.civicwatch.importers.json.internal.ByteLines;
import org.civicwatch.importers.json.internal.DecodedLines;
import org.civicwatch.importers.json.internal.Utf8;
import org.civicwatch.json.JsonFormat;
import org.civicwatch.json.JsonMapping;
import org.civicwatch.json.JsonTrees;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.RecordType;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import org.civicwatch.catalog.FieldCatalog;
import org.civicwatch.json.RecordCodec;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON Lines one line at a time; in lenient mode a bad line is reported and skipped. */
final class JsonLinesReader extends JsonReading {
    private static final String TYPES = "info, " + Arrays.stream(RecordType.values()).map(RecordType::singular)
            .collect(Collectors.joining(", "));

    private final DecodedLines lines;
    /** Record types by the name a line gives them ({@code sighting}). */
    private static final Map<String, RecordType> RECORD_TYPES = Arrays.stream(RecordType.values())
            .collect(Collectors.toUnmodifiableMap(RecordType::singular, t -> t));

    private final JsonMapper mapper = JsonMapping.mapper();
    /** The fast path's parsers: a member given twice is found by {@link RecordCodec} instead. */
    private static final TokenStreamFactory FACTORY = JsonMapping.factoryFindingNoDuplicates();
    private long line;
    private boolean any;
    private boolean finished;
    /** Whether the info line said that an end line follows. */
    private boolean endAnnounced;
    /** Whether the end line was read. */
    private boolean ended;
    /**
     * The record lines read so far, taken or rejected, for the end line to check: every line but the
     * info line and the end line, and but a first line that gave no record (a damaged info line).
     */
    private long recordLines;
    /** Whether the line being read is the info line or the end line. */
    private boolean frameLine;

    JsonLinesReader(InputStream in, String source, ReadSettings settings) {
        super(source, settings);
        this.lines = new DecodedLines(in, maxRecordLength, maxDocumentLength, JsonLinesReader::plainLine);
    }

    @Override
    long line(long[] position) {
        return line;
    }

    @Override
    String base(long record) {
        return "/" + JsonFormat.RECORD_MEMBER;
    }

    @Override
    @CheckForNull
    public CivicRecord next() throws IOException {
        while (!finished) {
            boolean more;
            try {
                more = lines.next();
            } catch (ByteLines.TooLongException e) {
                line = lines.lineNumber() + (e.wholeInput() ? 1 : 0);
                if (e.wholeInput()) {
                    finished = true;
                    throw new DataException(Location.at(source, line, 0), e.getMessage());
                }
                problems.report(new DataException(Location.at(source, line, 1), e.getMessage()), null);
                recordLines++;
                continue;
            } catch (java.nio.charset.CharacterCodingException e) {
                finished = true;
                throw new DataException(Location.at(source, lines.lineNumber() + 1, 0), Utf8.problem(e), e);
            }
            if (!more) {
                finished = true;
                if (endAnnounced && !ended) {
                    problems.report(new DataException(Location.at(source, lines.lineNumber() + 1, 0), "the input"
                            + " ends before its end line, which its info line says follows: it was cut short after"
                            + " line " + lines.lineNumber() + "; write it again, or copy it whole"), null);
                }
                return null;
            }
            line = lines.lineNumber();
            if (!ended && lines.plainUtf8() && lines.decoded() instanceof Plain plain
                    && take(plain.record, line, plain.column, "/" + JsonFormat.RECORD_MEMBER)) {
                // Read whole by the byte parser, which decodes every string, the line is UTF-8.
                any = true;
                recordLines++;
                return plain.record;
            }
            try {
                lines.requireUtf8();
            } catch (java.nio.charset.CharacterCodingException e) {
                finished = true;
                throw new DataException(Location.at(source, line, 0), Utf8.problem(e), e);
            }
            if (lines.blank()) {
                continue;
            }
            if (ended) {
                problems.report(new DataException(Location.at(source, line, 1), "a line after the end line; the"
                        + " end line must be the last"), lines.text());
                continue;
            }
            boolean first = !any;
            any = true;
            frameLine = false;
            CivicRecord r = treeLine(lines.text(), first);
            if (!frameLine && (r != null || !first)) {
                recordLines++;
            }
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** True once the first line is read: an info line anywhere else is refused. */
    @Override
    public boolean infoComplete() {
        return any || finished;
    }

    /** A line read on the fast path: its record, and where the record starts on the line. */
    private record Plain(CivicRecord record, long column) {
    }

    /**
     * Reads a line straight into a record when it is plainly valid (type first, then the record, nothing
     * else); null when it is not, for {@link #treeLine} to read it again and say why. Free of side effects,
     * it runs on any thread ({@link DecodedLines}); whether the id is new is asked when the record is taken.
     */
    @CheckForNull
    private static Plain plainLine(byte[] buffer, int start, int length) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), buffer, start, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.PROPERTY_NAME
                    || !JsonFormat.TYPE_MEMBER.equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            RecordType type = RECORD_TYPES.get(p.getString());
            if (type == null || p.nextToken() != JsonToken.PROPERTY_NAME
                    || !JsonFormat.RECORD_MEMBER.equals(p.currentName())
                    || p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            long column = p.currentTokenLocation().getColumnNr();
            CivicRecord r = RecordCodec.of(FieldCatalog.schema(type)).read(p);
            if (p.nextToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
            return new Plain(r, column);
        } catch (RecordCodec.Irregular | JacksonException e) {
            return null;
        }
    }

    /** Reads a line through its tree, which locates every problem. */
    @CheckForNull
    private CivicRecord treeLine(String text, boolean first) throws IOException {
        JsonTree tree;
        JsonParser p = mapper.createParser(text);
        try {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                problems.report(new DataException(new Location(source, line, p.currentTokenLocation().getColumnNr(), 0,
                        null), "a line must hold one JSON object, {\"type\": ..., ...}"), text);
                return null;
            }
            try {
                tree = JsonTree.read(p, maxRecordLength);
            } catch (JsonTree.TooLongException e) {
                throw new IllegalStateException("a line within max-record-length is longer", e);
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                problems.report(new DataException(new Location(source, line, p.currentTokenLocation().getColumnNr(), 0,
                        null), "a line must hold one JSON object, but more follows it"), text);
                return null;
            }
        } catch (JacksonException e) {
            problems.report(malformed(e, p, line, 0), text);
            return null;
        } finally {
            p.close();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) tree.value();
        Object type = object.get(JsonFormat.TYPE_MEMBER);
        if (!(type instanceof String name)) {
            problems.report(new DataException(at(tree, "", type == null ? "" : "/type", 0), type == null
                    ? "the line has no \"type\"; it must be one of " + TYPES
                    : "\"type\" must be one of " + TYPES + ", got " + ScalarType.describeValue(type)), text);
            return null;
        }
        if (name.equals(JsonFormat.INFO_TYPE)) {
            infoLine(tree, object, first, text);
            return null;
        }
        if (name.equals(JsonFormat.END_TYPE)) {
            endLine(tree, object, text);
            return null;
        }
        RecordType recordType = RecordType.named(name).filter(t -> t.singular().equals(name)).orElse(null);
        if (recordType == null) {
            problems.report(new DataException(at(tree, "", "/type", 0), "unknown type \"" + name
                    + "\"; it must be one of " + TYPES), text);
            return null;
        }
        long record = ++records;
        extraMembers(tree, object, record, JsonFormat.TYPE_MEMBER, JsonFormat.RECORD_MEMBER);
        Object value = object.get(JsonFormat.RECORD_MEMBER);
        if (!(value instanceof Map)) {
            problems.report(new DataException(at(tree, "", value == null ? "" : "/record", record), value == null
                    ? "the line has no \"record\" holding the " + name
                    : "\"record\" must be an object (" + name + "), got " + ScalarType.describeValue(value)), text);
            return null;
        }
        return record(recordType, tree.under("/" + JsonFormat.RECORD_MEMBER), "/" + JsonFormat.RECORD_MEMBER, record,
                () -> text);
    }

    private void infoLine(JsonTree tree, Map<String, Object> object, boolean first, String text) {
        frameLine = true;
        if (!first) {
            problems.report(new DataException(at(tree, "", "/type", 0),
                    "an info line must be the first line; this one was left out"), text);
            return;
        }
        Object version = object.get(JsonFormat.VERSION_MEMBER);
        if (!JsonFormat.VERSION.equals(version)) {
            finished = true;
            throw new DataException(at(tree, "", version == null ? "" : "/civicwatch", 0), version == null
                    ? "the info line has no \"civicwatch\": \"" + JsonFormat.VERSION + "\""
                    : "unsupported version " + ScalarType.describeValue(version)
                    + ": this reader reads civicwatch JSON version \"" + JsonFormat.VERSION + "\"");
        }
        extraMembers(tree, object, 0, JsonFormat.TYPE_MEMBER, JsonFormat.VERSION_MEMBER, JsonFormat.TRAILER_MEMBER,
                JsonFormat.INFO_MEMBER);
        endAnnounced = Boolean.TRUE.equals(object.get(JsonFormat.TRAILER_MEMBER));
        if (object.get(JsonFormat.INFO_MEMBER) != null) {
            info(tree.under("/" + JsonFormat.INFO_MEMBER), "/" + JsonFormat.INFO_MEMBER);
        }
    }

    /**
     * The end line: it counts the record lines before it, so that lines lost from the middle of a file are
     * told too; nothing but blank lines may follow it.
     */
    private void endLine(JsonTree tree, Map<String, Object> object, String text) {
        ended = true;
        frameLine = true;
        extraMembers(tree, object, 0, JsonFormat.TYPE_MEMBER, JsonFormat.RECORDS_MEMBER);
        Object count = object.get(JsonFormat.RECORDS_MEMBER);
        if (!(count instanceof Long n) || n != recordLines) {
            problems.report(new DataException(at(tree, "", count == null ? "" : "/" + JsonFormat.RECORDS_MEMBER, 0),
                    count instanceof Long n
                            ? "the end line counts " + n + " record lines, but " + recordLines + " came before it:"
                            + " lines were lost or added; write the file again"
                            : "the end line must count its record lines, {\"type\": \"end\", \"records\": "
                            + recordLines + "}, got " + ScalarType.describeValue(count)), text);
        }
    }

    /** Reports members beyond the expected ones: an error in strict mode, left out in lenient mode. */
    private void extraMembers(JsonTree tree, Map<String, Object> object, long record, String... expected) {
        for (String member : object.keySet()) {
            if (!Arrays.asList(expected).contains(member)) {
                problems.report(new DataException(at(tree, "", "/" + JsonTrees.escape(member), record),
                        "unknown member '" + member + "'; a line has " + String.join(", ", expected)
                                + (problems.lenient() ? "; it was left out" : "")),
                        JsonTrees.toJson(Map.of(member, object.get(member))));
            }
        }
    }

    @Override
    public void close() {
        finished = true;
        lines.close();
    }
}
