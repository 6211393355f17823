package org.civicwatch.importers.json.internal;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a tree of plain Java values (the form of {@link org.civicwatch.catalog.ObjectSchema#toTree}:
 * {@code Map} in its order, {@code List}, {@code String}, {@code Long}, {@code Double}, {@code Boolean})
 * as JSON.
 */
public final class TreeWriter {
    private TreeWriter() {
    }

    /** Writes one value and everything inside it. */
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

    /** The compact JSON text of a tree. */
    public static String toJson(@CheckForNull Object value) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = Jackson.writer(false).createGenerator(out)) {
            write(g, value);
        }
        return out.toString();
    }
}
