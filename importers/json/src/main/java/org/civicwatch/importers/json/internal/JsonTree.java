package org.civicwatch.importers.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * One JSON value read from a parser as plain Java values ({@code LinkedHashMap}, {@code ArrayList},
 * {@code String}, {@code Long}, {@code BigInteger}, {@code Double}, {@code Boolean}, null), with the
 * line and column where each value starts, by JSON Pointer relative to the value. Holds one record,
 * never more.
 */
public final class JsonTree {
    private final @CheckForNull Object value;
    private final Map<String, long[]> positions;
    private final String root;
    private final long length;

    private JsonTree(@CheckForNull Object value, Map<String, long[]> positions, String root, long length) {
        this.value = value;
        this.positions = positions;
        this.root = root;
        this.length = length;
    }

    /**
     * Reads the value at the parser's current token (which must be its first) up to its end.
     *
     * @param maxLength the most chars the value may span
     * @throws TooLongException if it spans more
     */
    public static JsonTree read(JsonParser p, long maxLength) {
        Map<String, long[]> positions = new HashMap<>();
        long start = p.currentTokenLocation().getCharOffset();
        Reading r = new Reading(p, positions, start, maxLength);
        Object value = r.value("");
        long end = p.currentLocation().getCharOffset();
        return new JsonTree(value, positions, "", end - start);
    }

    /** The value read. */
    @CheckForNull
    public Object value() {
        return value;
    }

    /** The member of an object at a pointer ({@code /record}), with pointers relative to it. */
    public JsonTree under(String pointer) {
        Object member = value instanceof Map<?, ?> map ? map.get(pointer.substring(1)) : null;
        return new JsonTree(member, positions, root + pointer, length);
    }

    /** The chars the value spans. */
    public long length() {
        return length;
    }

    /**
     * Where the value at a pointer starts, or its nearest enclosing value when it is absent:
     * {@code {line, column}}.
     */
    public long[] position(String pointer) {
        String p = root + pointer;
        while (true) {
            long[] at = positions.get(p);
            if (at != null || p.isEmpty()) {
                return at == null ? new long[] {0, 0} : at;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** A name as a JSON Pointer reference token ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
    public static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }

    /** A value is longer than allowed; the parser stands inside it. */
    public static final class TooLongException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLongException() {
            super(null, null, false, false);
        }
    }

    private static final class Reading {
        private final JsonParser p;
        private final Map<String, long[]> positions;
        private final long start;
        private final long maxLength;

        Reading(JsonParser p, Map<String, long[]> positions, long start, long maxLength) {
            this.p = p;
            this.positions = positions;
            this.start = start;
            this.maxLength = maxLength;
        }

        @CheckForNull
        Object value(String pointer) {
            TokenStreamLocation at = p.currentTokenLocation();
            if (at.getCharOffset() - start > maxLength) {
                throw new TooLongException();
            }
            positions.put(pointer, new long[] {at.getLineNr(), at.getColumnNr()});
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT: {
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                        String name = p.currentName();
                        p.nextToken();
                        map.put(name, value(pointer + "/" + escape(name)));
                    }
                    return map;
                }
                case START_ARRAY: {
                    List<Object> list = new ArrayList<>();
                    for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                        list.add(value(pointer + "/" + list.size()));
                    }
                    return list;
                }
                case VALUE_STRING:
                    return p.getString();
                case VALUE_NUMBER_INT:
                    return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue()
                            : (Object) p.getLongValue();
                case VALUE_NUMBER_FLOAT:
                    return p.getDoubleValue();
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                default:
                    throw new IllegalStateException("unexpected token " + t);
            }
        }
    }
}
