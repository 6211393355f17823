package org.civicwatch.importers.json.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.CheckForNull;
import org.civicwatch.catalog.Field;
import org.civicwatch.catalog.ListType;
import org.civicwatch.catalog.ObjectSchema;
import org.civicwatch.catalog.ScalarType;
import org.civicwatch.catalog.ValueType;
import org.civicwatch.model.ModelException;

/**
 * Turns a JSON tree into a model object through the field catalog: checks each value's JSON type
 * against its field's, then lets {@link ObjectSchema#create} apply the model's rules. Every problem
 * is a {@link Mismatch} at a JSON Pointer relative to the tree.
 */
public final class Decoder {
    private Decoder() {
    }

    /** Told about each member that is not a field; throws to stop, returns to leave the member out. */
    @FunctionalInterface
    public interface UnknownFields {
        /**
         * @param pointer where the member is
         * @param message what is wrong
         * @param member the member as JSON text
         */
        void unknown(String pointer, String message, String member);
    }

    /** A value that does not fit its field, at a JSON Pointer relative to the tree decoded. */
    public static final class Mismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String pointer;

        public Mismatch(String pointer, String message) {
            super(message, null, false, false);
            this.pointer = pointer;
        }

        /** Where the value is ({@code /place/floor}), or "" for the whole tree. */
        public String pointer() {
            return pointer;
        }
    }

    /**
     * Decodes a tree as an object of a schema.
     *
     * @throws Mismatch for the first value that does not fit
     */
    public static <T> T decode(ObjectSchema<T> schema, @CheckForNull Object tree, UnknownFields unknown) {
        if (!(tree instanceof Map<?, ?> map)) {
            throw new Mismatch("", "expected an object (" + schema.name() + "), got " + describe(tree));
        }
        Map<String, Object> values = object(schema, map, "", unknown);
        try {
            return schema.create(values);
        } catch (ModelException e) {
            throw new Mismatch(pointer(e.field()), e.reason());
        }
    }

    /** A catalog path ({@code events[1].when}) as a JSON Pointer ({@code /events/1/when}); "" for null. */
    public static String pointer(@CheckForNull String path) {
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

    private static Map<String, Object> object(ObjectSchema<?> schema, Map<?, ?> json, String at,
                                              UnknownFields unknown) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : json.entrySet()) {
            String name = (String) e.getKey();
            String pointer = at + "/" + JsonTree.escape(name);
            ValueType type = fieldType(schema, name);
            if (type == null) {
                unknown.unknown(pointer, "unknown field '" + name + "' of " + schema.name() + "; its fields are "
                        + String.join(", ", schema.fieldNames()), TreeWriter.toJson(Map.of(name, e.getValue())));
                continue;
            }
            if (e.getValue() != null) {
                out.put(name, value(type, e.getValue(), pointer, unknown));
            }
        }
        return out;
    }

    @CheckForNull
    private static ValueType fieldType(ObjectSchema<?> schema, String name) {
        Optional<Field> field = schema.field(name);
        if (field.isPresent()) {
            return field.get().type();
        }
        String suffix = "Original";
        if (name.endsWith(suffix)) {
            Optional<Field> dated = schema.field(name.substring(0, name.length() - suffix.length()));
            if (dated.isPresent() && name.equals(dated.get().originalName())) {
                return ScalarType.STRING;
            }
        }
        return null;
    }

    private static Object value(ValueType type, Object json, String pointer, UnknownFields unknown) {
        if (type instanceof ScalarType<?> scalar) {
            return scalar(scalar, json, pointer);
        }
        if (type instanceof ObjectSchema<?> schema) {
            if (json instanceof Map<?, ?> map) {
                return object(schema, map, pointer, unknown);
            }
            throw new Mismatch(pointer, "expected an object (" + schema.name() + "), got " + describe(json));
        }
        ListType list = (ListType) type;
        if (!(json instanceof List<?> items)) {
            throw new Mismatch(pointer, "expected an array, got " + describe(json));
        }
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null) {
                throw new Mismatch(pointer + "/" + i, "an array element must not be null");
            }
            out.add(value(list.element(), item, pointer + "/" + i, unknown));
        }
        return out;
    }

    private static Object scalar(ScalarType<?> type, Object json, String pointer) {
        Class<?> java = type.javaType();
        if (java == Long.class) {
            if (json instanceof Long) {
                return json;
            }
            if (json instanceof BigInteger) {
                throw new Mismatch(pointer, json + " is too large for a whole number (at most " + Long.MAX_VALUE + ")");
            }
            throw new Mismatch(pointer, "expected a whole number, got " + describe(json));
        }
        if (java == Double.class) {
            if (json instanceof Number n) {
                return n.doubleValue();
            }
            throw new Mismatch(pointer, "expected a number, got " + describe(json));
        }
        if (java == Boolean.class) {
            if (json instanceof Boolean) {
                return json;
            }
            throw new Mismatch(pointer, "expected true or false, got " + describe(json));
        }
        if (json instanceof String) {
            return json;
        }
        String what = type.describe();
        throw new Mismatch(pointer, "expected a string" + (what.equals("a string") ? "" : " (" + what + ")")
                + ", got " + describe(json));
    }

    /** A JSON value as error messages name it. */
    public static String describe(@CheckForNull Object json) {
        if (json == null) {
            return "null";
        }
        if (json instanceof Map) {
            return "an object";
        }
        if (json instanceof List) {
            return "an array";
        }
        if (json instanceof String s) {
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (json instanceof Boolean) {
            return json.toString();
        }
        return "the number " + json;
    }
}
