package org.civicwatch.json;

import java.io.StringWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * The field catalog's tree form as JSON: plain Java values ({@code Map} in its order, {@code List},
 * {@code String}, {@code Long}, {@code BigInteger}, {@code Double}, {@code Boolean}, null), as
 * {@link org.civicwatch.catalog.ObjectSchema#toTree} and {@link org.civicwatch.catalog.DatasetTree#toTree}
 * make them and {@code fromTree} reads them.
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
        return JsonMapping.mapper().readValue(json, Object.class);
    }
}
