package org.civicwatch.json;

import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.CheckForNull;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * The field catalog's tree form as JSON: plain Java values ({@code Map} in its order, {@code List},
 * {@code String}, {@code Long}, {@code BigInteger}, {@code Double}, {@code Boolean}, null), as
 * {@link org.civicwatch.catalog.ObjectSchema#toTree} and {@link org.civicwatch.catalog.DatasetTree#toTree}
 * make them and {@code fromTree} reads them. Reading gives whole numbers as {@code Long}, or
 * {@code BigInteger} beyond its range, so that a reader can say a number is too large rather than fail.
 *
 * <pre>{@code
 * String json = JsonTrees.toJson(DatasetTree.toTree(dataset));
 * Dataset back = DatasetTree.fromTree(JsonTrees.parse(json));
 * }</pre>
 */
public final class JsonTrees {
    private JsonTrees() {
    }

    /**
     * Writes one value and everything inside it.
     *
     * @param g where it goes
     * @param value a tree value
     * @throws IllegalArgumentException for a value of another Java type
     */
    public static void write(JsonGenerator g, @CheckForNull Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("not a JSON tree value: " + value.getClass().getName());
        }
    }

    /**
     * {@return the compact JSON text of a tree}
     *
     * @param value a tree value
     */
    public static String toJson(@CheckForNull Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonMapping.writer(false).createGenerator(out)) {
            write(g, value);
        }
        return out.toString();
    }

    /** Told where each value of a tree starts while {@link #read} reads it. */
    @FunctionalInterface
    public interface ValueStarts {
        /**
         * Hears of one value, before it is read.
         *
         * @param pointer the JSON Pointer of the value, relative to the value read ("" for that value)
         * @param p the parser, standing on the value's first token ({@code currentTokenLocation()} is where it is)
         */
        void at(String pointer, JsonParser p);
    }

    /**
     * Parses one JSON value, with the read limits of {@link JsonMapping}, into the tree form: objects as
     * {@code LinkedHashMap} in their order, arrays as {@code ArrayList}, whole numbers as {@code Long} (or
     * {@code BigInteger} beyond), other numbers as {@code Double}.
     *
     * @param json the text of one JSON value
     * @return its tree, or null for {@code null}
     * @throws JacksonException if it is not one JSON value or passes a limit ({@link JsonMapping#explain}
     *     says it in words)
     */
    @CheckForNull
    public static Object parse(String json) {
        try (JsonParser p = JsonMapping.mapper().createParser(json)) {
            if (p.nextToken() == null) {
                throw new StreamReadException(p, "no JSON value, only white space");
            }
            Object tree = read(p, null);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new StreamReadException(p, "more follows the JSON value: " + after.asString());
            }
            return tree;
        }
    }

    /**
     * Reads the value at the parser's current token (which must be its first) to its end, as
     * {@link #parse} does, for readers that stream: the parser then stands on the value's last token.
     *
     * @param p the parser
     * @param starts told where each value starts, or null
     * @return the value's tree
     * @throws JacksonException if the JSON is malformed or passes a limit
     */
    @CheckForNull
    public static Object read(JsonParser p, @CheckForNull ValueStarts starts) {
        return value(p, starts, "");
    }

    @CheckForNull
    private static Object value(JsonParser p, @CheckForNull ValueStarts starts, String pointer) {
        if (starts != null) {
            starts.at(pointer, p);
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    if (map.containsKey(name)) {
                        throw duplicate(p, name);
                    }
                    p.nextToken();
                    map.put(name, value(p, starts, starts == null ? pointer : pointer + "/" + escape(name)));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    list.add(value(p, starts, starts == null ? pointer : pointer + "/" + list.size()));
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
                throw new StreamReadException(p, "expected a JSON value, got " + t);
        }
    }

    /**
     * Skips the value at the parser's current token to its end, as {@link JsonParser#skipChildren} does,
     * refusing a member given twice in one object as a parser that looks for them would: for parsers that do
     * not ({@link JsonMapping#factoryFindingNoDuplicates}).
     *
     * @param p the parser, on the value's first token; it then stands on the value's last token
     * @throws JacksonException if a member is given twice, the JSON is malformed or passes a limit
     */
    public static void skip(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return;
        }
        // The names seen in each object open around the parser, innermost last; null for an array.
        ArrayDeque<Optional<Set<String>>> open = new ArrayDeque<>();
        open.push(t == JsonToken.START_OBJECT ? Optional.of(new HashSet<>())
                : Optional.empty());
        while (!open.isEmpty()) {
            JsonToken n = p.nextToken();
            if (n == null) {
                throw new StreamReadException(p, "the input ends inside a value");
            }
            switch (n) {
                case START_OBJECT -> open.push(Optional.of(new HashSet<>()));
                case START_ARRAY -> open.push(Optional.empty());
                case END_OBJECT, END_ARRAY -> open.pop();
                case PROPERTY_NAME -> {
                    String name = p.currentName();
                    if (!open.peek().orElseThrow().add(name)) {
                        throw duplicate(p, name);
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * {@return the error of a member given twice, in the words of a parser that looks for them} (put in
     * words by {@link JsonMapping#explain}), for readers whose parser does not
     *
     * @param p the parser, on the second name
     * @param name the member's name
     */
    public static StreamReadException duplicate(JsonParser p, String name) {
        // Such a parser stops right after the name's closing quote (the name's length, if it has no escapes).
        TokenStreamLocation at = p.currentTokenLocation();
        int length = name.length() + 2;
        TokenStreamLocation after = new TokenStreamLocation(at.contentReference(), at.getByteOffset(),
                at.getCharOffset() < 0 ? -1 : at.getCharOffset() + length, at.getLineNr(), at.getColumnNr() + length);
        return new StreamReadException(p, "Duplicate Object property \"" + name + "\"", after);
    }

    /**
     * {@return a name as a JSON Pointer reference token}: {@code ~} becomes {@code ~0}, {@code /} becomes
     * {@code ~1} (RFC 6901)
     *
     * @param name an object member's name
     */
    public static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }
}
